package org.solarpm.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.quartz.CronExpression;
import org.solarpm.shared.DomainException;

/**
 * A reminder rule: the company rule ({@code projectId} 0) holds the cron schedule of its job; a
 * project rule overrides whether it applies and its parameters (e.g. {@code daysBefore=7,1},
 * {@code deadline=24:00}, {@code grace=09:00}) for one project.
 */
@Entity
@Table(name = "reminder_rule")
@NamedQuery(name = ReminderRule.ALL, query = "SELECT r FROM ReminderRule r ORDER BY r.projectId, r.code")
@NamedQuery(name = ReminderRule.OF_CODE, query = "SELECT r FROM ReminderRule r WHERE r.code = :code ORDER BY r.projectId")
public class ReminderRule {

    public static final String ALL = "ReminderRule.all";
    public static final String OF_CODE = "ReminderRule.ofCode";
    public static final long COMPANY = 0;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false, length = 120)
    private String cron;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false, length = 500)
    private String params;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @Version
    private int version;

    protected ReminderRule() {
    }

    public ReminderRule(JobId code, long projectId, String cron, boolean enabled, String params, String by, Instant at) {
        this.code = code.name();
        this.projectId = projectId;
        change(cron, enabled, params, by, at);
    }

    public void change(String newCron, boolean newEnabled, String newParams, String by, Instant at) {
        if (newCron == null || !CronExpression.isValidExpression(newCron.strip())) {
            throw DomainException.invalid("cron", "error.reminder.cron", newCron);
        }
        Map<String, String> parsed = parse(newParams == null ? "" : newParams);
        RuleParams.check(JobId.of(code), parsed);
        this.cron = newCron.strip();
        this.enabled = newEnabled;
        this.params = format(parsed);
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public Map<String, String> paramMap() {
        return parse(params);
    }

    static Map<String, String> parse(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw DomainException.invalid("params", "error.reminder.params", text);
            }
            map.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return map;
    }

    static String format(Map<String, String> map) {
        StringBuilder b = new StringBuilder();
        map.forEach((k, v) -> b.append(b.length() == 0 ? "" : ";").append(k).append('=').append(v));
        return b.toString();
    }

    public Long getId() {
        return id;
    }

    public JobId jobId() {
        return JobId.of(code);
    }

    public String getCode() {
        return code;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getCron() {
        return cron;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getParams() {
        return params;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ReminderRule r && id != null && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
