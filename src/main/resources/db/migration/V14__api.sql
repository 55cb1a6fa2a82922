-- The REST API: members' personal keys, which provider the IA Créa-style animation endpoint runs,
-- generations marked as asked through the API, and the webhooks Atelier calls back.

-- A personal API key: "atl_<43 random characters>"; the first twelve are kept to tell keys apart, and the
-- SHA-256 of the whole key to find it. The key itself is shown once. A revoked key, or one whose member is
-- deactivated, opens nothing.
CREATE TABLE api_key (
    id            UUID PRIMARY KEY,
    team_id       UUID NOT NULL REFERENCES team (id),
    member_id     UUID NOT NULL REFERENCES member (id),
    name          VARCHAR(80) NOT NULL,
    prefix        VARCHAR(16) NOT NULL,
    key_hash      VARCHAR(64) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    revoked_by    UUID,
    CONSTRAINT api_key_hash_unique UNIQUE (key_hash)
);
CREATE INDEX api_key_team_idx ON api_key (team_id, member_id);

-- Which provider runs the IA Créa-style animation endpoint for a team (the local engine when absent).
CREATE TABLE api_setting (
    team_id             UUID PRIMARY KEY REFERENCES team (id),
    animation_provider  VARCHAR(40) NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          UUID
);

-- Generations asked for through the API are labelled so in the gallery.
ALTER TABLE generation ADD COLUMN via_api BOOLEAN DEFAULT FALSE NOT NULL;

-- A caller's webhook for one generation: WAITING until the generation ends, then DUE until delivered
-- (a 2xx) or given up after the last attempt. Kept without a foreign key: a deleted generation's
-- webhook is simply given up.
CREATE TABLE api_webhook (
    generation_id  UUID PRIMARY KEY,
    team_id        UUID NOT NULL REFERENCES team (id),
    member_id      UUID NOT NULL REFERENCES member (id),
    key_id         UUID NOT NULL REFERENCES api_key (id),
    api            VARCHAR(16) NOT NULL,
    url            VARCHAR(2048) NOT NULL,
    state          VARCHAR(12) NOT NULL,
    attempts       INTEGER DEFAULT 0 NOT NULL,
    next_at        TIMESTAMP WITH TIME ZONE,
    claimed_until  TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_webhook_state_check CHECK (state IN ('WAITING', 'DUE', 'DELIVERED', 'GAVE_UP')),
    CONSTRAINT api_webhook_api_check CHECK (api IN ('ANIMATION', 'EXTERIOR', 'V1'))
);
CREATE INDEX api_webhook_due_idx ON api_webhook (state, next_at);
CREATE INDEX api_webhook_member_idx ON api_webhook (team_id, member_id, created_at);

-- Every attempt to deliver one: when, what came back (an HTTP status, or why there was none).
CREATE TABLE api_webhook_attempt (
    id             UUID PRIMARY KEY,
    generation_id  UUID NOT NULL REFERENCES api_webhook (generation_id) ON DELETE CASCADE,
    attempt        INTEGER NOT NULL,
    attempted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    status         INTEGER,
    error          VARCHAR(300),
    millis         INTEGER NOT NULL
);
CREATE INDEX api_webhook_attempt_idx ON api_webhook_attempt (generation_id, attempt);
