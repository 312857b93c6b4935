-- Who may sign in, with which roles, in which departments; and the API tokens they created.
-- Passwords are stored only as adaptive hashes ({bcrypt}… via Spring's DelegatingPasswordEncoder);
-- tokens only as the SHA-256 of the random token (shown to its owner once, at creation).
CREATE TABLE ledger_user (
    username      VARCHAR(64)  PRIMARY KEY,
    display_name  VARCHAR(100),
    password_hash VARCHAR(255) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by    VARCHAR(64)  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- RECORDER 录入, APPROVER 审核, REVIEWER 财政, AUDITOR 审计, ADMIN 管理员 (security.Role)
CREATE TABLE ledger_user_role (
    username VARCHAR(64) NOT NULL REFERENCES ledger_user (username) ON DELETE CASCADE,
    role     VARCHAR(16) NOT NULL CHECK (role IN ('RECORDER', 'APPROVER', 'REVIEWER', 'AUDITOR', 'ADMIN')),
    PRIMARY KEY (username, role)
);

-- the departments a user belongs to; '*' is every department
CREATE TABLE ledger_user_department (
    username      VARCHAR(64)  NOT NULL REFERENCES ledger_user (username) ON DELETE CASCADE,
    department_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (username, department_id)
);

CREATE TABLE api_token (
    token_id     VARCHAR(32)  PRIMARY KEY,
    username     VARCHAR(64)  NOT NULL REFERENCES ledger_user (username) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_token_user ON api_token (username);
