package org.solarpm.dailyreport.rollup;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.solarpm.dailyreport.DailyReport;

/** One {@code project_day_rollup} row: a project's day with its report status and figures. */
public record RollupRow(long projectId, LocalDate day, long reportId, String status, String timeliness, LocalDateTime submittedAt,
                        boolean counted, BigDecimal installedKwp, BigDecimal cumulativeKwp, BigDecimal progressFraction,
                        BigDecimal cumulativeProgressFraction, int manpower, BigDecimal manpowerHours, BigDecimal delayHours,
                        int openDelays, int incidents, int seriousIncidents, int nearMisses, int openQualityIssues) {

    static final String INSERT = "INSERT INTO project_day_rollup (project_id, day, report_id, report_status, timeliness, submitted_at,"
            + " counted, installed_kwp, cumulative_kwp, progress_fraction, cumulative_progress_fraction, manpower, manpower_hours,"
            + " delay_hours, open_delays, incidents, serious_incidents, near_misses, open_quality_issues)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static RollupRow of(DailyReport r, DayFigures f, BigDecimal cumulativeKwp, BigDecimal cumulativeProgress) {
        return new RollupRow(r.getProjectId(), r.getReportDate(), r.getId(), r.getStatus().name(),
                r.getTimeliness() == null ? null : r.getTimeliness().name(), utc(r.getSubmittedAt()), r.counted(),
                f.installedKwp(), cumulativeKwp, f.progressFraction(), cumulativeProgress, f.manpower(), f.manpowerHours(),
                f.delayHours(), f.openDelays(), f.incidents(), f.seriousIncidents(), f.nearMisses(), f.openQualityIssues());
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    Object[] values() {
        return new Object[] {projectId, day, reportId, status, timeliness, submittedAt, counted, installedKwp, cumulativeKwp,
            progressFraction, cumulativeProgressFraction, manpower, manpowerHours, delayHours, openDelays, incidents,
            seriousIncidents, nearMisses, openQualityIssues};
    }

    void insert(EntityManager em) {
        var q = em.createNativeQuery(INSERT);
        Object[] v = values();
        for (int i = 0; i < v.length; i++) {
            q.setParameter(i + 1, v[i]);
        }
        q.executeUpdate();
    }
}
