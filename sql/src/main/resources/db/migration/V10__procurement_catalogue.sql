-- Procurement catalogue: materials with typed spec attributes, and suppliers.
CREATE TABLE material (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    code          VARCHAR(64)   NOT NULL,
    name_zh       VARCHAR(200)  NOT NULL,
    name_en       VARCHAR(200)  NOT NULL,
    category      VARCHAR(32)   NOT NULL,
    unit          VARCHAR(8)    NOT NULL,
    module_wp     DECIMAL(8,1)  NULL,
    inverter_kw   DECIMAL(10,2) NULL,
    cable_mm2     DECIMAL(8,2)  NULL,
    -- category plus spec bucket (e.g. MODULE:575 for 575-599 Wp): the fallback group of the price check
    spec_class    VARCHAR(64)   NOT NULL,
    active        BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at    DATETIME(3)   NOT NULL,
    version       INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_material_code (code),
    KEY ix_material_spec_class (spec_class),
    KEY ix_material_category (category, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supplier (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    code          VARCHAR(64)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    contact_name  VARCHAR(100)  NULL,
    contact_phone VARCHAR(32)   NULL,
    contact_email VARCHAR(254)  NULL,
    active        BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at    DATETIME(3)   NOT NULL,
    version       INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_supplier_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
