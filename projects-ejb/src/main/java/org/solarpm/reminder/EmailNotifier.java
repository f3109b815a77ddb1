package org.solarpm.reminder;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail over SMTP with Jakarta Mail from the runtime. Settings from MicroProfile Config:
 * {@code solarpm.mail.host} (empty: no e-mail), {@code .port}, {@code .tls} (none, starttls, ssl),
 * {@code .user}, {@code .password}, {@code .from}.
 */
@ApplicationScoped
public class EmailNotifier implements Notifier {

    @Inject
    @ConfigProperty(name = "solarpm.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "solarpm.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "solarpm.mail.tls", defaultValue = "none")
    String tls;

    @Inject
    @ConfigProperty(name = "solarpm.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "solarpm.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "solarpm.mail.from", defaultValue = "SolarPM <solarpm@localhost>")
    String from;

    private Session session;

    @PostConstruct
    void init() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "ssl".equals(tls) ? "smtps" : "smtp");
        String prefix = "ssl".equals(tls) ? "mail.smtps." : "mail.smtp.";
        p.put(prefix + "host", host.orElse("localhost"));
        p.put(prefix + "port", Integer.toString(port));
        p.put(prefix + "connectiontimeout", "10000");
        p.put(prefix + "timeout", "20000");
        p.put(prefix + "writetimeout", "20000");
        if ("starttls".equals(tls)) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        boolean auth = user.filter(u -> !u.isBlank()).isPresent();
        p.put(prefix + "auth", Boolean.toString(auth));
        session = auth ? Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.orElseThrow(), password.orElse(""));
            }
        }) : Session.getInstance(p);
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Delivery d) throws Exception {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(d.address()));
        m.setSubject(d.subject(), "UTF-8");
        m.setText(d.body(), "UTF-8");
        m.setHeader("X-SolarPM-Event", d.eventKey());
        Transport.send(m);
    }
}
