-- The project budget per cost category (CNY). Without a row the budget is derived from the material plan.
CREATE TABLE project_budget (
    project_id   BIGINT        NOT NULL,
    modules      DECIMAL(16,2) NOT NULL,
    inverters    DECIMAL(16,2) NOT NULL,
    racking      DECIMAL(16,2) NOT NULL,
    cable        DECIMAL(16,2) NOT NULL,
    civil        DECIMAL(16,2) NOT NULL,
    labour       DECIMAL(16,2) NOT NULL,
    other        DECIMAL(16,2) NOT NULL,
    updated_at   DATETIME(3)   NOT NULL,
    updated_by   BIGINT        NOT NULL,
    version      INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (project_id),
    CONSTRAINT fk_project_budget_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
