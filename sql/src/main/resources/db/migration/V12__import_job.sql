-- Background imports: state lives here so that any app instance can answer GET /imports/{jobId}.
CREATE TABLE import_job (
    id           CHAR(36)     NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    mode         VARCHAR(16)  NOT NULL,
    file_name    VARCHAR(255) NULL,
    total        INT          NOT NULL DEFAULT 0,
    processed    INT          NOT NULL DEFAULT 0,
    inserted     INT          NOT NULL DEFAULT 0,
    duplicates   INT          NOT NULL DEFAULT 0,
    error_count  INT          NOT NULL DEFAULT 0,
    -- JSON array of the first errors: [{row, column, key, args}], rendered in the reader's language
    errors       MEDIUMTEXT   NULL,
    created_by   BIGINT       NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    finished_at  DATETIME(3)  NULL,
    PRIMARY KEY (id),
    KEY ix_import_job_creator (created_by, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
