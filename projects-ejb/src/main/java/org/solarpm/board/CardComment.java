package org.solarpm.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.solarpm.identity.Actor;
import org.solarpm.shared.DomainException;

/** A comment on a card, stored as written (the screens render it as text). */
@Entity
@Table(name = "card_comment")
@NamedQuery(name = CardComment.OF_CARD, query = "SELECT c FROM CardComment c WHERE c.cardId = :cardId ORDER BY c.createdAt, c.id")
public class CardComment {

    public static final String OF_CARD = "CardComment.ofCard";
    public static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "card_id", nullable = false, updatable = false)
    private long cardId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false, updatable = false, length = 100)
    private String authorName;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CardComment() {
    }

    public CardComment(Card card, Actor author, String body, Instant at) {
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            throw DomainException.invalid("body", "error.card.comment", MAX_BODY);
        }
        this.cardId = card.getId();
        this.authorId = author.id();
        this.authorName = author.displayName();
        this.body = body;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getCardId() {
        return cardId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CardComment c && id != null && id.equals(c.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
