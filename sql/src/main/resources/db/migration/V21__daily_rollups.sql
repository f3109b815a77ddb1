-- Rollups the dashboards read, maintained in the same transaction as every report change
-- (see docs/daily-report-schema.md). A report counts once it is SUBMITTED, APPROVED or RETURNED.

-- One row per project and day that has a report (any status). cumulative_* carry the running
-- totals up to and including the day, so "as of date X" is the latest row with day <= X.
CREATE TABLE project_day_rollup (
    project_id                   BIGINT        NOT NULL,
    day                          DATE          NOT NULL,
    report_id                    BIGINT        NOT NULL,
    report_status                VARCHAR(16)   NOT NULL,
    timeliness                   VARCHAR(20)   NULL,
    submitted_at                 DATETIME(3)   NULL,
    counted                      BOOLEAN       NOT NULL,
    installed_kwp                DECIMAL(14,3) NOT NULL DEFAULT 0,
    cumulative_kwp               DECIMAL(16,3) NOT NULL DEFAULT 0,
    progress_fraction            DECIMAL(14,8) NOT NULL DEFAULT 0,
    cumulative_progress_fraction DECIMAL(14,8) NOT NULL DEFAULT 0,
    manpower                     INT           NOT NULL DEFAULT 0,
    manpower_hours               DECIMAL(12,1) NOT NULL DEFAULT 0,
    delay_hours                  DECIMAL(10,1) NOT NULL DEFAULT 0,
    open_delays                  INT           NOT NULL DEFAULT 0,
    incidents                    INT           NOT NULL DEFAULT 0,
    serious_incidents            INT           NOT NULL DEFAULT 0,
    near_misses                  INT           NOT NULL DEFAULT 0,
    open_quality_issues          INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (project_id, day),
    KEY ix_project_day_rollup_day (day, project_id),
    CONSTRAINT fk_pdr_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Current cumulative installed quantity per work item (all counted reports).
CREATE TABLE work_item_progress (
    work_item_id        BIGINT        NOT NULL,
    project_id          BIGINT        NOT NULL,
    cumulative_quantity DECIMAL(16,3) NOT NULL DEFAULT 0,
    PRIMARY KEY (work_item_id),
    KEY ix_work_item_progress_project (project_id),
    CONSTRAINT fk_wip_work_item FOREIGN KEY (work_item_id) REFERENCES work_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per work item and day with a counted quantity: that day's quantity and the running total.
CREATE TABLE work_item_day_progress (
    work_item_id        BIGINT        NOT NULL,
    day                 DATE          NOT NULL,
    project_id          BIGINT        NOT NULL,
    quantity            DECIMAL(16,3) NOT NULL,
    cumulative_quantity DECIMAL(16,3) NOT NULL,
    PRIMARY KEY (work_item_id, day),
    KEY ix_work_item_day_project (project_id, day),
    CONSTRAINT fk_widp_work_item FOREIGN KEY (work_item_id) REFERENCES work_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
