package org.solarpm.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.solarpm.shared.DomainException;

/** One line of a card's checklist. */
@Entity
@Table(name = "card_checklist_item")
public class ChecklistItem {

    /** A checklist line as a client sends it. */
    public record Draft(String text, boolean done) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "card_id")
    private Card card;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String text;

    @Column(nullable = false)
    private boolean done;

    protected ChecklistItem() {
    }

    ChecklistItem(Card card, int position, String text, boolean done) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > 300) {
            throw DomainException.invalid("checklist", "error.card.checklistText", 300);
        }
        this.card = card;
        this.position = position;
        this.text = t;
        this.done = done;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public boolean isDone() {
        return done;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ChecklistItem c && id != null && id.equals(c.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
