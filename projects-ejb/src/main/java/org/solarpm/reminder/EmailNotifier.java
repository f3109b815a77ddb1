package org.solarpm.reminder;

import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail over SMTP with Jakarta Mail from the runtime. Settings from MicroProfile Config:
 * {@code solarpm.mail.host} (empty: no e-mail), {@code .port}, {@code .tls} (none, starttls, ssl),
 * {@code .user}, {@code .password}, {@code .from}. A delivery with stored attachments becomes a
 * multipart/mixed message: the text, then each file with its name RFC 2231-encoded (Chinese names
 * stay readable in every current mail client).
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

    @Inject
    Outbox outbox;

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
        List<Attachments.Attachment> files = outbox.attachmentsOf(d.id());
        if (files.isEmpty()) {
            m.setText(d.body(), "UTF-8");
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(d.body(), "UTF-8");
            mixed.addBodyPart(text);
            for (Attachments.Attachment f : files) {
                mixed.addBodyPart(part(f));
            }
            m.setContent(mixed);
        }
        m.setHeader("X-SolarPM-Event", d.eventKey());
        Transport.send(m);
    }

    /** The file as an attachment part; Jakarta Mail writes the non-ASCII name as {@code filename*=UTF-8''...} (RFC 2231). */
    static MimeBodyPart part(Attachments.Attachment f) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(f.content(), f.mediaType())));
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(f.fileName());
        return part;
    }
}
