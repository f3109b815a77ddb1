-- Identity and organisation: branches, users, roles, bearer tokens, login throttling, audit log.
CREATE TABLE branch (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(32)  NOT NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_branch_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    phone         VARCHAR(32)  NULL,
    email         VARCHAR(254) NULL,
    language      VARCHAR(8)   NOT NULL DEFAULT 'zh-CN',
    password_hash VARCHAR(400) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    branch_id     BIGINT       NULL,
    supervisor_id BIGINT       NULL,
    created_at    DATETIME(3)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_user_username (username),
    KEY ix_user_branch (branch_id),
    KEY ix_user_supervisor (supervisor_id),
    CONSTRAINT fk_user_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT fk_user_supervisor FOREIGN KEY (supervisor_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Opaque bearer tokens: only the SHA-256 of the token is stored.
CREATE TABLE auth_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    token_hash  CHAR(64)    NOT NULL,
    user_id     BIGINT      NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    client_ip   VARCHAR(64) NULL,
    user_agent  VARCHAR(255) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_auth_token_hash (token_hash),
    KEY ix_auth_token_user (user_id),
    KEY ix_auth_token_expires (expires_at),
    CONSTRAINT fk_auth_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed logins, counted per account and per client address to throttle guessing.
CREATE TABLE login_failure (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    username   VARCHAR(64) NOT NULL,
    client_ip  VARCHAR(64) NOT NULL,
    failed_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_login_failure_user (username, failed_at),
    KEY ix_login_failure_ip (client_ip, failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_log (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(3)   NOT NULL,
    actor_id    BIGINT        NULL,
    actor_name  VARCHAR(64)   NULL,
    action      VARCHAR(64)   NOT NULL,
    target_type VARCHAR(64)   NULL,
    target_id   VARCHAR(64)   NULL,
    detail      VARCHAR(1000) NULL,
    client_ip   VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    KEY ix_audit_time (occurred_at),
    KEY ix_audit_action (action, occurred_at),
    KEY ix_audit_actor (actor_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
