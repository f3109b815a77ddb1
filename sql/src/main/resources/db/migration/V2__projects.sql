-- Projects created from templates: the project with its stage gates, history, members and documents;
-- the material plan; and the tables later features build on (board and cards, milestones, work items).
CREATE TABLE project (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    code             VARCHAR(40)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    customer         VARCHAR(200)  NOT NULL,
    site_address     VARCHAR(300)  NOT NULL,
    latitude         DECIMAL(9,6)  NULL,
    longitude        DECIMAL(9,6)  NULL,
    project_type     VARCHAR(32)   NOT NULL,
    capacity_kwp     DECIMAL(12,3) NOT NULL,
    module_wp        INT           NOT NULL,
    contract_value   DECIMAL(16,2) NULL,
    budget           DECIMAL(16,2) NULL,
    branch_id        BIGINT        NOT NULL,
    manager_id       BIGINT        NOT NULL,
    planned_start    DATE          NOT NULL,
    planned_cod      DATE          NULL,
    stage            VARCHAR(32)   NOT NULL,
    template_code    VARCHAR(64)   NOT NULL,
    template_version INT           NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    version          INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_project_code (code),
    KEY ix_project_stage (stage),
    KEY ix_project_branch (branch_id, stage),
    KEY ix_project_manager (manager_id, stage),
    KEY ix_project_similar (project_type, stage, capacity_kwp),
    CONSTRAINT fk_project_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT fk_project_manager FOREIGN KEY (manager_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_member (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    project_id BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    role       VARCHAR(32) NOT NULL,
    added_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_project_member (project_id, user_id),
    KEY ix_project_member_user (user_id),
    CONSTRAINT fk_project_member_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_member_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_document (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    project_id    BIGINT       NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    storage_name  VARCHAR(100) NOT NULL,
    uploaded_by   BIGINT       NOT NULL,
    uploaded_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_project_document_storage (storage_name),
    KEY ix_project_document_project (project_id, uploaded_at),
    CONSTRAINT fk_project_document_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_document_user FOREIGN KEY (uploaded_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_gate_item (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    project_id        BIGINT       NOT NULL,
    stage             VARCHAR(32)  NOT NULL,
    code              VARCHAR(40)  NOT NULL,
    name_zh           VARCHAR(200) NOT NULL,
    name_en           VARCHAR(200) NOT NULL,
    document_required BOOLEAN      NOT NULL,
    position          INT          NOT NULL,
    ticked_at         DATETIME(3)  NULL,
    ticked_by         BIGINT       NULL,
    ticked_by_name    VARCHAR(100) NULL,
    document_id       BIGINT       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_project_gate_item (project_id, code),
    KEY ix_project_gate_item_stage (project_id, stage, position),
    CONSTRAINT fk_gate_item_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_gate_item_document FOREIGN KEY (document_id) REFERENCES project_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_stage_change (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    project_id       BIGINT        NOT NULL,
    from_stage       VARCHAR(32)   NULL,
    to_stage         VARCHAR(32)   NOT NULL,
    changed_at       DATETIME(3)   NOT NULL,
    actor_id         BIGINT        NULL,
    actor_name       VARCHAR(100)  NULL,
    note             VARCHAR(1000) NULL,
    override_reason  VARCHAR(1000) NULL,
    overridden_items VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_stage_change_project (project_id, changed_at),
    CONSTRAINT fk_stage_change_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE material_plan_line (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    project_id       BIGINT        NOT NULL,
    position         INT           NOT NULL,
    material_code    VARCHAR(40)   NOT NULL,
    name_zh          VARCHAR(200)  NOT NULL,
    name_en          VARCHAR(200)  NOT NULL,
    category         VARCHAR(32)   NOT NULL,
    unit             VARCHAR(8)    NOT NULL,
    planned_quantity DECIMAL(16,3) NOT NULL,
    budget           DECIMAL(16,2) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_material_plan_line (project_id, material_code),
    CONSTRAINT fk_material_plan_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Idempotent creation: a repeated POST /projects with the same key returns the first result.
CREATE TABLE project_creation_key (
    user_id    BIGINT      NOT NULL,
    idem_key   VARCHAR(100) NOT NULL,
    project_id BIGINT      NOT NULL,
    created_at DATETIME(3) NOT NULL,
    PRIMARY KEY (user_id, idem_key),
    CONSTRAINT fk_creation_key_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board (
    id         BIGINT NOT NULL AUTO_INCREMENT,
    project_id BIGINT NOT NULL,
    version    INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_board_project (project_id),
    CONSTRAINT fk_board_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board_column (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    board_id  BIGINT       NOT NULL,
    code      VARCHAR(40)  NOT NULL,
    name_zh   VARCHAR(100) NOT NULL,
    name_en   VARCHAR(100) NOT NULL,
    position  INT          NOT NULL,
    wip_limit INT          NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_board_column (board_id, code),
    CONSTRAINT fk_board_column_board FOREIGN KEY (board_id) REFERENCES board (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Cards are ordered within a column by rank (a sortable string, so a move rewrites one row).
CREATE TABLE card (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    board_id         BIGINT       NOT NULL,
    column_id        BIGINT       NOT NULL,
    code             VARCHAR(60)  NOT NULL,
    title_zh         VARCHAR(300) NOT NULL,
    title_en         VARCHAR(300) NOT NULL,
    stage            VARCHAR(32)  NOT NULL,
    start_date       DATE         NULL,
    due_date         DATE         NULL,
    responsible_role VARCHAR(32)  NULL,
    block_no         INT          NULL,
    `rank`           VARCHAR(64)  NOT NULL,
    created_at       DATETIME(3)  NOT NULL,
    version          INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_card_code (board_id, code),
    KEY ix_card_column_rank (column_id, `rank`),
    KEY ix_card_due (board_id, due_date),
    CONSTRAINT fk_card_board FOREIGN KEY (board_id) REFERENCES board (id) ON DELETE CASCADE,
    CONSTRAINT fk_card_column FOREIGN KEY (column_id) REFERENCES board_column (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE milestone (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    project_id    BIGINT       NOT NULL,
    code          VARCHAR(40)  NOT NULL,
    name_zh       VARCHAR(200) NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    stage         VARCHAR(32)  NOT NULL,
    key_milestone BOOLEAN      NOT NULL,
    baseline_date DATE         NOT NULL,
    planned_date  DATE         NOT NULL,
    actual_date   DATE         NULL,
    version       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_milestone_code (project_id, code),
    KEY ix_milestone_planned (planned_date, key_milestone),
    CONSTRAINT fk_milestone_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE work_item (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    project_id      BIGINT        NOT NULL,
    position        INT           NOT NULL,
    code            VARCHAR(40)   NOT NULL,
    name_zh         VARCHAR(200)  NOT NULL,
    name_en         VARCHAR(200)  NOT NULL,
    unit            VARCHAR(8)    NOT NULL,
    design_quantity DECIMAL(16,3) NOT NULL,
    weight          DECIMAL(6,2)  NOT NULL,
    planned_start   DATE          NOT NULL,
    planned_end     DATE          NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_work_item_code (project_id, code),
    CONSTRAINT fk_work_item_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
