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

/** One line of a card's history: who created, moved (forced, with the reason), edited or archived it, and when. */
@Entity
@Table(name = "card_activity")
@NamedQuery(name = CardActivity.OF_CARD, query = "SELECT a FROM CardActivity a WHERE a.cardId = :cardId ORDER BY a.at DESC, a.id DESC")
public class CardActivity {

    public static final String OF_CARD = "CardActivity.ofCard";

    public enum Action { CREATED, MOVED, MOVED_OVER_LIMIT, EDITED, COMMENTED, ATTACHED, ARCHIVED, RESTORED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "card_id", nullable = false, updatable = false)
    private long cardId;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", updatable = false, length = 100)
    private String actorName;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private Action action;

    @Column(updatable = false, length = 1000)
    private String detail;

    @Column(nullable = false, updatable = false)
    private Instant at;

    protected CardActivity() {
    }

    public CardActivity(Card card, Actor actor, Action action, String detail, Instant at) {
        this.cardId = card.getId();
        this.actorId = actor == null ? null : actor.id();
        this.actorName = actor == null ? null : actor.displayName();
        this.action = action;
        this.detail = detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public long getCardId() {
        return cardId;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public Action getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getAt() {
        return at;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CardActivity a && id != null && id.equals(a.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
