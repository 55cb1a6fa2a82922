-- Generations (one request to one provider from one photo) and the files they produced.

CREATE TABLE generation (
    id                  UUID PRIMARY KEY,
    team_id             UUID NOT NULL REFERENCES team (id),
    project_id          UUID NOT NULL REFERENCES project (id),
    member_id           UUID NOT NULL REFERENCES member (id),
    photo_id            UUID NOT NULL REFERENCES media_photo (id),
    parent_id           UUID REFERENCES generation (id),
    retry_of_id         UUID REFERENCES generation (id),
    provider_id         VARCHAR(40) NOT NULL,
    kind                VARCHAR(20) NOT NULL,
    options             VARCHAR(4000) NOT NULL,
    state               VARCHAR(12) NOT NULL,
    progress            INTEGER NOT NULL,
    vendor_id           VARCHAR(200),
    vendor_status       VARCHAR(100),
    error_code          VARCHAR(24),
    error_message       VARCHAR(2000),
    cost_currency       VARCHAR(8) NOT NULL,
    cost_amount         INTEGER NOT NULL,
    -- SHA-256 of the random secret in the webhook address given to the vendor at submission
    webhook_token_hash  VARCHAR(64),
    submit_attempts     INTEGER NOT NULL,
    -- set while a submission is under way: the vendor may have it even if we never heard back
    submit_started_at   TIMESTAMP WITH TIME ZONE,
    submitted_at        TIMESTAMP WITH TIME ZONE,
    finished_at         TIMESTAMP WITH TIME ZONE,
    next_poll_at        TIMESTAMP WITH TIME ZONE,
    polls               INTEGER NOT NULL,
    estimated_done_at   TIMESTAMP WITH TIME ZONE,
    deadline_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- what a vendor reported as its result, until it is copied into our storage (JSON)
    pending_results     VARCHAR(8000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          UUID,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          UUID,
    version             BIGINT NOT NULL,
    CONSTRAINT generation_state_check CHECK (state IN ('QUEUED', 'SUBMITTED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    CONSTRAINT generation_progress_check CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT generation_webhook_token_unique UNIQUE (webhook_token_hash)
);
CREATE INDEX generation_project_idx ON generation (project_id, created_at);
CREATE INDEX generation_poll_idx ON generation (next_poll_at);
CREATE INDEX generation_lane_idx ON generation (provider_id, state);
CREATE INDEX generation_deadline_idx ON generation (deadline_at);

CREATE TABLE generation_result (
    id               UUID PRIMARY KEY,
    generation_id    UUID NOT NULL REFERENCES generation (id),
    position         INTEGER NOT NULL,
    type             VARCHAR(8) NOT NULL,
    asset_id         UUID NOT NULL REFERENCES media_asset (id),
    poster_asset_id  UUID REFERENCES media_asset (id),
    width            INTEGER NOT NULL,
    height           INTEGER NOT NULL,
    duration_ms      BIGINT,
    byte_size        BIGINT NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT generation_result_position_unique UNIQUE (generation_id, position)
);

-- One row per provider key: locked while a submission checks how many generations it has under way.
CREATE TABLE provider_lane (
    lane VARCHAR(80) PRIMARY KEY
);
