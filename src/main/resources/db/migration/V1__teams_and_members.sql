-- Every table that people change carries the same audit columns:
--   created_at, created_by, updated_at, updated_by (member ids, empty for the system) and version.
-- The same script runs on H2 (PostgreSQL mode) and on PostgreSQL.

CREATE TABLE team (
    id          UUID PRIMARY KEY,
    name        VARCHAR(80) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  UUID,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  UUID,
    version     BIGINT NOT NULL
);

CREATE TABLE member (
    id            UUID PRIMARY KEY,
    team_id       UUID NOT NULL REFERENCES team (id),
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(80) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(16) NOT NULL,
    language      VARCHAR(8) NOT NULL,
    enabled       BOOLEAN NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    UUID,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID,
    version       BIGINT NOT NULL,
    CONSTRAINT member_role_check CHECK (role IN ('ADMIN', 'MEMBER', 'VIEWER')),
    CONSTRAINT member_language_check CHECK (language IN ('fr', 'en')),
    CONSTRAINT member_email_normalized_check CHECK (email = LOWER(TRIM(email)))
);

-- One login per address, whatever the case it was typed in (addresses are stored lower-cased).
CREATE UNIQUE INDEX member_email_key ON member (email);
CREATE INDEX member_team_idx ON member (team_id);

-- First-run setup: the single row (id = 1) exists once the first team and its admin do.
-- Its primary key is what makes setup happen exactly once, even when two visitors submit together.
CREATE TABLE installation (
    id            SMALLINT PRIMARY KEY,
    team_id       UUID NOT NULL REFERENCES team (id),
    completed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT installation_single_row_check CHECK (id = 1)
);
