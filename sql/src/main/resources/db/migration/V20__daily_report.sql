-- Daily construction reports: one per project and day, its structured sections as child rows,
-- photos (bytes in the file store) and the history of review decisions and approved revisions.
CREATE TABLE daily_report (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    project_id        BIGINT        NOT NULL,
    report_date       DATE          NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    timeliness        VARCHAR(20)   NULL,
    revision          INT           NOT NULL DEFAULT 1,
    author_id         BIGINT        NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    updated_at        DATETIME(3)   NOT NULL,
    submitted_at      DATETIME(3)   NULL,
    reviewed_by       BIGINT        NULL,
    reviewed_at       DATETIME(3)   NULL,
    review_comment    VARCHAR(2000) NULL,
    weather_condition VARCHAR(16)   NULL,
    min_temp_c        DECIMAL(4,1)  NULL,
    max_temp_c        DECIMAL(4,1)  NULL,
    wind_level        INT           NULL,
    workable_hours    DECIMAL(4,1)  NULL,
    weather_delay     BOOLEAN       NOT NULL DEFAULT FALSE,
    toolbox_talk      BOOLEAN       NOT NULL DEFAULT FALSE,
    near_misses       INT           NOT NULL DEFAULT 0,
    issues_for_pm     TEXT          NULL,
    tomorrow_plan     TEXT          NULL,
    notes             TEXT          NULL,
    version           INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_daily_report_day (project_id, report_date),
    KEY ix_daily_report_status (status, submitted_at),
    KEY ix_daily_report_author (author_id, report_date),
    CONSTRAINT fk_daily_report_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_daily_report_author FOREIGN KEY (author_id) REFERENCES app_user (id),
    CONSTRAINT fk_daily_report_reviewer FOREIGN KEY (reviewed_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE daily_report_manpower (
    report_id BIGINT        NOT NULL,
    position  INT           NOT NULL,
    trade     VARCHAR(16)   NOT NULL,
    company   VARCHAR(200)  NULL,
    headcount INT           NOT NULL,
    hours     DECIMAL(8,1)  NOT NULL,
    PRIMARY KEY (report_id, position),
    CONSTRAINT fk_dr_manpower_report FOREIGN KEY (report_id) REFERENCES daily_report (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE daily_report_equipment (
    report_id       BIGINT       NOT NULL,
    position        INT          NOT NULL,
    equipment_type  VARCHAR(16)  NOT NULL,
    unit_count      INT          NOT NULL,
    operating_hours DECIMAL(8,1) NOT NULL,
    idle_hours      DECIMAL(8,1) NOT NULL,
    PRIMARY KEY (report_id, position),
    CONSTRAINT fk_dr_equipment_report FOREIGN KEY (report_id) REFERENCES daily_report (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Installed quantity per work item of the report's project (at most one line per work item).
CREATE TABLE daily_report_quantity (
    report_id    BIGINT        NOT NULL,
    position     INT           NOT NULL,
    work_item_id BIGINT        NOT NULL,
    quantity     DECIMAL(16,3) NOT NULL,
    note         VARCHAR(1000) NULL,
    PRIMARY KEY (report_id, position),
    KEY ix_dr_quantity_work_item (work_item_id),
    CONSTRAINT fk_dr_quantity_report FOREIGN KEY (report_id) REFERENCES daily_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_dr_quantity_work_item FOREIGN KEY (work_item_id) REFERENCES work_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE daily_report_material_received (
    report_id              BIGINT        NOT NULL,
    position               INT           NOT NULL,
    material_plan_line_id  BIGINT        NOT NULL,
    po_line_id             BIGINT        NULL,
    quantity               DECIMAL(16,3) NOT NULL,
    note                   VARCHAR(1000) NULL,
    PRIMARY KEY (report_id, position),
    KEY ix_dr_received_line (material_plan_line_id),
    CONSTRAINT fk_dr_received_report FOREIGN KEY (report_id) REFERENCES daily_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_dr_received_line FOREIGN KEY (material_plan_line_id) REFERENCES material_plan_line (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE daily_report_material_consumed (
    report_id              BIGINT        NOT NULL,
    position               INT           NOT NULL,
    material_plan_line_id  BIGINT        NOT NULL,
    quantity               DECIMAL(16,3) NOT NULL,
    PRIMARY KEY (report_id, position),
    KEY ix_dr_consumed_line (material_plan_line_id),
    CONSTRAINT fk_dr_consumed_report FOREIGN KEY (report_id) REFERENCES daily_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_dr_consumed_line FOREIGN KEY (material_plan_line_id) REFERENCES material_plan_line (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE daily_report_incident (
    report_id   BIGINT        NOT NULL,
    position    INT           NOT NULL,
    severity    VARCHAR(16)   NOT NULL,
    description VARCHAR(2000) NOT NULL,
    PRIMARY KEY (report_id, position),
    CONSTRAINT fk_dr_incident_report FOREIGN KEY (report_id) REFERENCES daily_report (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE daily_report_quality_issue (
    report_id   BIGINT        NOT NULL,
    position    INT           NOT NULL,
    description VARCHAR(2000) NOT NULL,
    resolved    BOOLEAN       NOT NULL,
    PRIMARY KEY (report_id, position),
    CONSTRAINT fk_dr_quality_report FOREIGN KEY (report_id) REFERENCES daily_report (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE daily_report_delay (
    report_id   BIGINT        NOT NULL,
    position    INT           NOT NULL,
    cause       VARCHAR(20)   NOT NULL,
    hours_lost  DECIMAL(6,1)  NOT NULL,
    description VARCHAR(2000) NULL,
    PRIMARY KEY (report_id, position),
    CONSTRAINT fk_dr_delay_report FOREIGN KEY (report_id) REFERENCES daily_report (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Photo metadata; the bytes live in the file store under storage_name (like project documents).
CREATE TABLE daily_report_photo (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    report_id    BIGINT        NOT NULL,
    file_name    VARCHAR(200)  NOT NULL,
    content_type VARCHAR(32)   NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    storage_name VARCHAR(100)  NOT NULL,
    taken_at     DATETIME(3)   NULL,
    latitude     DECIMAL(9,6)  NULL,
    longitude    DECIMAL(9,6)  NULL,
    uploaded_by  BIGINT        NOT NULL,
    uploaded_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_dr_photo_storage (storage_name),
    KEY ix_dr_photo_report (report_id, id),
    CONSTRAINT fk_dr_photo_report FOREIGN KEY (report_id) REFERENCES daily_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_dr_photo_user FOREIGN KEY (uploaded_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- History: every review decision (APPROVED / RETURNED) with who and when; approvals keep a JSON
-- snapshot of the approved content, so an edit after approval never loses what was approved.
CREATE TABLE daily_report_revision (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    report_id  BIGINT        NOT NULL,
    revision   INT           NOT NULL,
    status     VARCHAR(16)   NOT NULL,
    actor_id   BIGINT        NOT NULL,
    acted_at   DATETIME(3)   NOT NULL,
    comment    VARCHAR(2000) NULL,
    content    LONGTEXT      NULL,
    PRIMARY KEY (id),
    KEY ix_dr_revision_report (report_id, id),
    CONSTRAINT fk_dr_revision_report FOREIGN KEY (report_id) REFERENCES daily_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_dr_revision_actor FOREIGN KEY (actor_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
