package org.solarpm.dailyreport;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A safety incident on site with its severity. */
@Embeddable
public class Incident {

    public enum Severity { MINOR, MODERATE, SERIOUS, FATAL }

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 16)
    private Severity severity;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    protected Incident() {
    }

    public Incident(Severity severity, String description) {
        this.severity = Objects.requireNonNull(severity);
        this.description = description == null ? "" : description.strip();
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }

    public boolean serious() {
        return severity == Severity.SERIOUS || severity == Severity.FATAL;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Incident i && severity == i.severity && Objects.equals(description, i.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severity, description);
    }
}
