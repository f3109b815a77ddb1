-- Kanban boards (issue 5): swimlanes, card details (description, priority, assignees, labels,
-- checklist, milestone link, archive), comments, attachments, activity history, and the board
-- event outbox that every app instance polls to push live updates to its SSE viewers.

-- Ranks are compared byte by byte (digits and lower-case letters), exactly like String.compareTo.
ALTER TABLE card
    MODIFY `rank` VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    ADD COLUMN swimlane_id  BIGINT       NULL AFTER column_id,
    ADD COLUMN description  TEXT         NULL,
    ADD COLUMN priority     VARCHAR(16)  NOT NULL DEFAULT 'NORMAL',
    ADD COLUMN milestone_id BIGINT       NULL,
    ADD COLUMN created_by   BIGINT       NULL,
    ADD COLUMN updated_at   DATETIME(3)  NULL,
    ADD COLUMN archived_at  DATETIME(3)  NULL,
    ADD COLUMN creation_key VARCHAR(80)  NULL;

ALTER TABLE card
    ADD KEY ix_card_column_open (column_id, archived_at, `rank`),
    ADD KEY ix_card_board_open (board_id, archived_at, column_id, `rank`),
    ADD UNIQUE KEY uk_card_creation_key (board_id, created_by, creation_key),
    ADD CONSTRAINT fk_card_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id) ON DELETE SET NULL;

CREATE TABLE board_swimlane (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    board_id  BIGINT       NOT NULL,
    name      VARCHAR(100) NOT NULL,
    position  INT          NOT NULL,
    wip_limit INT          NULL,
    PRIMARY KEY (id),
    KEY ix_swimlane_board (board_id, position),
    CONSTRAINT fk_swimlane_board FOREIGN KEY (board_id) REFERENCES board (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE card
    ADD KEY ix_card_lane (swimlane_id, archived_at),
    ADD CONSTRAINT fk_card_swimlane FOREIGN KEY (swimlane_id) REFERENCES board_swimlane (id) ON DELETE SET NULL;

CREATE TABLE card_assignee (
    card_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (card_id, user_id),
    KEY ix_card_assignee_user (user_id, card_id),
    CONSTRAINT fk_card_assignee_card FOREIGN KEY (card_id) REFERENCES card (id) ON DELETE CASCADE,
    CONSTRAINT fk_card_assignee_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE card_label (
    card_id BIGINT      NOT NULL,
    label   VARCHAR(40) NOT NULL,
    PRIMARY KEY (card_id, label),
    KEY ix_card_label (label, card_id),
    CONSTRAINT fk_card_label_card FOREIGN KEY (card_id) REFERENCES card (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE card_checklist_item (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    card_id  BIGINT       NOT NULL,
    position INT          NOT NULL,
    text     VARCHAR(300) NOT NULL,
    done     BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    KEY ix_checklist_card (card_id, position),
    CONSTRAINT fk_checklist_card FOREIGN KEY (card_id) REFERENCES card (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE card_comment (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    card_id     BIGINT        NOT NULL,
    author_id   BIGINT        NOT NULL,
    author_name VARCHAR(100)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_comment_card (card_id, created_at),
    CONSTRAINT fk_comment_card FOREIGN KEY (card_id) REFERENCES card (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Attachments are project documents (same store, same download path) linked to a card.
CREATE TABLE card_attachment (
    card_id     BIGINT NOT NULL,
    document_id BIGINT NOT NULL,
    PRIMARY KEY (card_id, document_id),
    CONSTRAINT fk_attachment_card FOREIGN KEY (card_id) REFERENCES card (id) ON DELETE CASCADE,
    CONSTRAINT fk_attachment_document FOREIGN KEY (document_id) REFERENCES project_document (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE card_activity (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    card_id    BIGINT        NOT NULL,
    actor_id   BIGINT        NULL,
    actor_name VARCHAR(100)  NULL,
    action     VARCHAR(32)   NOT NULL,
    detail     VARCHAR(1000) NULL,
    at         DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_activity_card (card_id, at),
    CONSTRAINT fk_activity_card FOREIGN KEY (card_id) REFERENCES card (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Outbox of live board changes, written in the same transaction as the change. Each app instance
-- polls it (by id) and pushes new rows to its own SSE viewers; old rows are deleted after an hour.
CREATE TABLE board_event (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    project_id BIGINT        NOT NULL,
    type       VARCHAR(32)   NOT NULL,
    card_id    BIGINT        NULL,
    actor_id   BIGINT        NULL,
    payload    VARCHAR(8000) NOT NULL,
    at         DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_board_event_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
