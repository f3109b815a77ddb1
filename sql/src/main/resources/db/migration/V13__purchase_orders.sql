-- Purchase orders per project: lines with their price-check verdict, the predefined approval chain,
-- partial receipts per line, and idempotent creation keys.
CREATE TABLE purchase_order (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    project_id      BIGINT        NOT NULL,
    supplier_id     BIGINT        NULL,
    status          VARCHAR(24)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    requested_by    BIGINT        NOT NULL,
    requester_name  VARCHAR(100)  NOT NULL,
    total_amount    DECIMAL(18,2) NOT NULL,
    currency        CHAR(3)       NOT NULL DEFAULT 'CNY',
    created_at      DATETIME(3)   NOT NULL,
    submitted_at    DATETIME(3)   NULL,
    decided_at      DATETIME(3)   NULL,
    ordered_at      DATETIME(3)   NULL,
    version         INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_purchase_order_project (project_id, status),
    CONSTRAINT fk_purchase_order_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_purchase_order_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_purchase_order_requester FOREIGN KEY (requested_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE purchase_order_line (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    order_id          BIGINT        NOT NULL,
    position          INT           NOT NULL,
    material_id       BIGINT        NOT NULL,
    plan_line_id      BIGINT        NULL,
    quantity          DECIMAL(18,3) NOT NULL,
    unit              VARCHAR(8)    NOT NULL,
    -- price per unit as quoted, and converted to CNY with the given rate (1 for CNY)
    quoted_price      DECIMAL(18,6) NOT NULL,
    quoted_currency   CHAR(3)       NOT NULL,
    exchange_rate     DECIMAL(12,6) NOT NULL,
    unit_price        DECIMAL(18,6) NOT NULL,
    tax_rate          DECIMAL(5,4)  NOT NULL,
    delivery_date     DATE          NULL,
    received_quantity DECIMAL(18,3) NOT NULL DEFAULT 0,
    verdict           VARCHAR(16)   NULL,
    deviation_pct     DECIMAL(8,1)  NULL,
    -- the explanation in both languages, so every reader gets theirs
    explanation_zh    VARCHAR(1000) NULL,
    explanation_en    VARCHAR(1000) NULL,
    checked_at        DATETIME(3)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_po_line_position (order_id, position),
    KEY ix_po_line_plan (plan_line_id),
    KEY ix_po_line_material (material_id),
    CONSTRAINT fk_po_line_order FOREIGN KEY (order_id) REFERENCES purchase_order (id) ON DELETE CASCADE,
    CONSTRAINT fk_po_line_material FOREIGN KEY (material_id) REFERENCES material (id),
    CONSTRAINT fk_po_line_plan FOREIGN KEY (plan_line_id) REFERENCES material_plan_line (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE purchase_order_approval (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    order_id      BIGINT        NOT NULL,
    position      INT           NOT NULL,
    level         VARCHAR(24)   NOT NULL,
    approver_id   BIGINT        NOT NULL,
    approver_name VARCHAR(100)  NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    decided_at    DATETIME(3)   NULL,
    comment       VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_po_approval_position (order_id, position),
    -- the approval inbox: pending steps of one approver
    KEY ix_po_approval_inbox (approver_id, status),
    CONSTRAINT fk_po_approval_order FOREIGN KEY (order_id) REFERENCES purchase_order (id) ON DELETE CASCADE,
    CONSTRAINT fk_po_approval_user FOREIGN KEY (approver_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE purchase_order_receipt (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    line_id       BIGINT        NOT NULL,
    quantity      DECIMAL(18,3) NOT NULL,
    received_on   DATE          NOT NULL,
    received_by   BIGINT        NOT NULL,
    receiver_name VARCHAR(100)  NOT NULL,
    note          VARCHAR(500)  NULL,
    recorded_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_po_receipt_line (line_id),
    CONSTRAINT fk_po_receipt_line FOREIGN KEY (line_id) REFERENCES purchase_order_line (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Idempotent creation: a repeated POST with the same key returns the order the first one created.
CREATE TABLE purchase_order_key (
    user_id    BIGINT       NOT NULL,
    idem_key   VARCHAR(100) NOT NULL,
    order_id   BIGINT       NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (user_id, idem_key),
    CONSTRAINT fk_po_key_order FOREIGN KEY (order_id) REFERENCES purchase_order (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
