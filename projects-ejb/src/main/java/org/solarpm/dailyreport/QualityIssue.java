package org.solarpm.dailyreport;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A quality problem found on site and whether it was resolved the same day. */
@Embeddable
public class QualityIssue {

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "resolved", nullable = false)
    private boolean resolved;

    protected QualityIssue() {
    }

    public QualityIssue(String description, boolean resolved) {
        this.description = description == null ? "" : description.strip();
        this.resolved = resolved;
    }

    public String description() {
        return description;
    }

    public boolean resolved() {
        return resolved;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QualityIssue q && resolved == q.resolved && Objects.equals(description, q.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, resolved);
    }
}
