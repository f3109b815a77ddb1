-- Price history: approved purchase lines and imported records, with normalised unit prices.
CREATE TABLE price_point (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    material_id      BIGINT        NOT NULL,
    supplier_id      BIGINT        NULL,
    price_date       DATE          NOT NULL,
    quantity         DECIMAL(18,3) NOT NULL,
    unit_price       DECIMAL(18,6) NOT NULL,
    price_unit       VARCHAR(8)    NOT NULL,
    currency         CHAR(3)       NOT NULL DEFAULT 'CNY',
    normalised_price DECIMAL(18,6) NOT NULL,
    source           VARCHAR(16)   NOT NULL,
    source_ref       VARCHAR(100)  NOT NULL DEFAULT '',
    -- SHA-256 of (material, supplier, date, normalised price, quantity, source, reference): re-imports add nothing
    natural_key      CHAR(64)      NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_price_point_natural (natural_key),
    -- the price check reads one material's window from this index alone
    KEY ix_price_point_material_date (material_id, price_date, normalised_price, supplier_id),
    KEY ix_price_point_supplier (supplier_id),
    CONSTRAINT fk_price_point_material FOREIGN KEY (material_id) REFERENCES material (id),
    CONSTRAINT fk_price_point_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
