package org.solarpm.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One message in a user's in-app inbox, already in the user's language. */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.OF_USER, query = "SELECT n FROM Notification n WHERE n.userId = :userId ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = Notification.UNREAD_OF_USER, query = "SELECT n FROM Notification n WHERE n.userId = :userId AND n.readAt IS NULL ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = Notification.COUNT_OF_USER, query = "SELECT COUNT(n) FROM Notification n WHERE n.userId = :userId")
@NamedQuery(name = Notification.COUNT_UNREAD, query = "SELECT COUNT(n) FROM Notification n WHERE n.userId = :userId AND n.readAt IS NULL")
public class Notification {

    public static final String OF_USER = "Notification.ofUser";
    public static final String UNREAD_OF_USER = "Notification.unreadOfUser";
    public static final String COUNT_OF_USER = "Notification.countOfUser";
    public static final String COUNT_UNREAD = "Notification.countUnread";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "event_key", nullable = false, updatable = false, length = 160)
    private String eventKey;

    @Column(nullable = false, length = 40, updatable = false)
    private String kind;

    @Column(nullable = false, length = 300, updatable = false)
    private String title;

    @Column(nullable = false, length = 4000, updatable = false)
    private String body;

    @Column(length = 300, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    /** Marks it read; reading it again keeps the first time. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getEventKey() {
        return eventKey;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Notification n && id != null && id.equals(n.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
