package org.solarpm.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.solarpm.shared.DomainException;

/** A group channel: a DingTalk group robot (optional signing secret) or a generic JSON webhook. */
@Entity
@Table(name = "notification_channel")
@NamedQuery(name = NotificationChannel.ALL, query = "SELECT c FROM NotificationChannel c ORDER BY c.id")
public class NotificationChannel {

    public static final String ALL = "NotificationChannel.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel kind;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 1000)
    private String url;

    @Column(length = 200)
    private String secret;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NotificationChannel() {
    }

    public NotificationChannel(Channel kind, String name, String url, String secret, boolean enabled, String language, Instant at) {
        if (kind == Channel.EMAIL) {
            throw DomainException.invalid("kind", "error.channel.kind", kind);
        }
        this.kind = kind;
        change(name, url, secret, enabled, language, at);
    }

    /** Changes the settings; a null secret keeps the stored one, an empty one removes it. */
    public void change(String name, String url, String secret, boolean enabled, String language, Instant at) {
        this.name = name.strip();
        this.url = checkedUrl(url);
        if (secret != null) {
            this.secret = secret.isBlank() ? null : secret.strip();
        }
        this.enabled = enabled;
        this.language = "en".equals(language) ? "en" : "zh-CN";
        this.updatedAt = at;
    }

    /** Only absolute http(s) URLs with a host. */
    static String checkedUrl(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw DomainException.invalid("url", "error.channel.url", url);
    }

    public Long getId() {
        return id;
    }

    public Channel getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public String getSecret() {
        return secret;
    }

    public boolean hasSecret() {
        return secret != null;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof NotificationChannel c && id != null && id.equals(c.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
