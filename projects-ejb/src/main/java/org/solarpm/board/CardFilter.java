package org.solarpm.board;

import java.util.Locale;

/**
 * Which cards a board view shows: by assignee, label, due date ({@code overdue}, {@code week},
 * {@code none}) and free text in code or title; null means "any".
 */
public record CardFilter(Long assigneeId, String label, String due, String text) {

    public static final CardFilter ALL = new CardFilter(null, null, null, null);

    public CardFilter {
        if (due != null && !due.isBlank() && !java.util.Set.of("overdue", "week", "none").contains(due)) {
            throw org.solarpm.shared.DomainException.invalid("due", "error.board.dueFilter");
        }
        due = due == null || due.isBlank() ? null : due;
        label = label == null || label.isBlank() ? null : label.strip();
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 100) {
            throw org.solarpm.shared.DomainException.invalid("q", "error.board.query", 100);
        }
    }

    String likePattern() {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
