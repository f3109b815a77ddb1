-- Files sent with an e-mail delivery (the executive digest PDF). Rendered once, when the notice is
-- published, and kept with the outbox row, so a retry after a failed delivery sends the same bytes
-- whichever instance sends it, also after a restart. Removed with their delivery.
CREATE TABLE notification_attachment (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    delivery_id BIGINT        NOT NULL,
    file_name   VARCHAR(200)  NOT NULL,
    media_type  VARCHAR(100)  NOT NULL,
    content     LONGBLOB      NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_notification_attachment_delivery (delivery_id, id),
    CONSTRAINT fk_notification_attachment_delivery FOREIGN KEY (delivery_id) REFERENCES notification_delivery (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
