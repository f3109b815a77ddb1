-- Milestones with decision makers and a replanning history; the notification inbox, the delivery
-- outbox, group channels (DingTalk robots, JSON webhooks) and the reminder rules with their schedules.
ALTER TABLE milestone
    ADD COLUMN baseline_frozen_at DATETIME(3) NULL AFTER baseline_date,
    ADD KEY ix_milestone_open (actual_date, planned_date);

CREATE TABLE milestone_decision_maker (
    milestone_id BIGINT NOT NULL,
    user_id      BIGINT NOT NULL,
    PRIMARY KEY (milestone_id, user_id),
    KEY ix_decision_maker_user (user_id),
    CONSTRAINT fk_decision_maker_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id) ON DELETE CASCADE,
    CONSTRAINT fk_decision_maker_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE milestone_change (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    milestone_id BIGINT        NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    old_date     DATE          NULL,
    new_date     DATE          NULL,
    reason       VARCHAR(1000) NULL,
    actor_id     BIGINT        NULL,
    actor_name   VARCHAR(100)  NULL,
    changed_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_milestone_change (milestone_id, changed_at),
    CONSTRAINT fk_milestone_change_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The in-app inbox. event_key names the event (e.g. MILESTONE_DUE_7:42:2026-11-22); the unique key
-- makes a repeated reminder run a no-op: one notification per user and event.
CREATE TABLE notification (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    user_id    BIGINT        NOT NULL,
    event_key  VARCHAR(160)  NOT NULL,
    kind       VARCHAR(40)   NOT NULL,
    title      VARCHAR(300)  NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    link       VARCHAR(300)  NULL,
    created_at DATETIME(3)   NOT NULL,
    read_at    DATETIME(3)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_notification_event (user_id, event_key),
    KEY ix_notification_inbox (user_id, read_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Group channels: DingTalk group robots and generic JSON webhooks, configured by administrators.
CREATE TABLE notification_channel (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    kind       VARCHAR(16)   NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    url        VARCHAR(1000) NOT NULL,
    secret     VARCHAR(200)  NULL,
    enabled    BOOLEAN       NOT NULL,
    language   VARCHAR(8)    NOT NULL DEFAULT 'zh-CN',
    updated_at DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_notification_channel_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per-user choice of channels (no row: the defaults, inbox and e-mail on).
CREATE TABLE notification_preference (
    user_id       BIGINT  NOT NULL,
    email_enabled BOOLEAN NOT NULL,
    group_enabled BOOLEAN NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_notification_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The transactional outbox: written in the transaction of the event, delivered by the outbox job.
-- recipient is 'user:<id>' for e-mail and 'channel:<id>' for group channels; the unique key makes each
-- delivery exist once whatever re-runs. status PENDING -> SENDING (leased) -> SENT, or back to PENDING
-- with a later next_attempt_at after a failure; FAILED after the last attempt (shown to administrators).
CREATE TABLE notification_delivery (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    event_key       VARCHAR(160)  NOT NULL,
    channel         VARCHAR(16)   NOT NULL,
    recipient       VARCHAR(40)   NOT NULL,
    address         VARCHAR(1000) NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            TEXT          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)   NOT NULL,
    lease_until     DATETIME(3)   NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(3)   NOT NULL,
    sent_at         DATETIME(3)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_delivery (event_key, channel, recipient),
    KEY ix_delivery_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reminder rules. project_id 0 is the company rule (its cron drives the Quartz trigger); a project row
-- overrides enabled and the parameters (days, times) for that project.
CREATE TABLE reminder_rule (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    code        VARCHAR(40)   NOT NULL,
    project_id  BIGINT        NOT NULL DEFAULT 0,
    cron        VARCHAR(120)  NOT NULL,
    enabled     BOOLEAN       NOT NULL,
    params      VARCHAR(500)  NOT NULL DEFAULT '',
    updated_at  DATETIME(3)   NOT NULL,
    updated_by  VARCHAR(100)  NULL,
    version     INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_reminder_rule (code, project_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Company calendar for reminders: working days as ISO numbers (1 = Monday).
CREATE TABLE reminder_calendar (
    id           INT         NOT NULL,
    working_days VARCHAR(20) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO reminder_calendar (id, working_days) VALUES (1, '1,2,3,4,5,6');

INSERT INTO reminder_rule (code, project_id, cron, enabled, params, updated_at) VALUES
    ('MILESTONE_DUE',       0, '0 0 8 * * ?',     TRUE,  'daysBefore=7,1',                   NOW(3)),
    ('MILESTONE_OVERDUE',   0, '0 5 8 * * ?',     TRUE,  '',                                 NOW(3)),
    ('CARD_DIGEST',         0, '0 30 7 * * ?',    TRUE,  '',                                 NOW(3)),
    ('DAILY_REPORT_NUDGE',  0, '0 0 0 * * ?',     FALSE, 'deadline=24:00',                   NOW(3)),
    ('DAILY_REPORT_ESCALATE', 0, '0 0 9 * * ?',   FALSE, 'grace=09:00',                      NOW(3)),
    ('EXECUTIVE_DIGEST',    0, '0 0 8 * * ?',     TRUE,  '',                                 NOW(3)),
    ('OUTBOX_DELIVERY',     0, '0/20 * * * * ?',  TRUE,  '',                                 NOW(3));
