-- The daily-report deadline rule (reads daily_report, V20): days a project in construction did not
-- file its report by the end of the grace window. One row per project and day; the rule's marker.
CREATE TABLE daily_report_missing (
    project_id  BIGINT      NOT NULL,
    report_date DATE        NOT NULL,
    marked_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (project_id, report_date),
    KEY ix_daily_report_missing_day (report_date),
    CONSTRAINT fk_daily_report_missing_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The nudge sweep runs hourly (a project may have an earlier deadline than 24:00), five seconds past
-- the hour so that a 24:00 deadline has passed; escalation at 09:00:05 after the default grace window.
UPDATE reminder_rule SET enabled = TRUE, cron = '5 0 * * * ?', params = 'deadline=24:00;grace=09:00', updated_at = NOW(3)
 WHERE code = 'DAILY_REPORT_NUDGE' AND project_id = 0;
UPDATE reminder_rule SET enabled = TRUE, cron = '5 0 9 * * ?', params = 'deadline=24:00;grace=09:00', updated_at = NOW(3)
 WHERE code = 'DAILY_REPORT_ESCALATE' AND project_id = 0;
