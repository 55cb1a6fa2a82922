-- Review: the team's verdict on a generation (the last one given counts) and the comments on it.
CREATE TABLE generation_review (
    generation_id  UUID PRIMARY KEY REFERENCES generation (id),
    team_id        UUID NOT NULL REFERENCES team (id),
    verdict        VARCHAR(10) NOT NULL,
    member_id      UUID NOT NULL REFERENCES member (id),
    reviewed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT generation_review_verdict_check CHECK (verdict IN ('APPROVED', 'REJECTED'))
);
CREATE INDEX generation_review_team_idx ON generation_review (team_id, verdict);

CREATE TABLE generation_comment (
    id             UUID PRIMARY KEY,
    team_id        UUID NOT NULL REFERENCES team (id),
    generation_id  UUID NOT NULL REFERENCES generation (id),
    member_id      UUID NOT NULL REFERENCES member (id),
    -- the verdict given with this comment, if any
    verdict        VARCHAR(10),
    body           VARCHAR(2000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT generation_comment_verdict_check CHECK (verdict IS NULL OR verdict IN ('APPROVED', 'REJECTED')),
    CONSTRAINT generation_comment_says_something CHECK (verdict IS NOT NULL OR body IS NOT NULL)
);
CREATE INDEX generation_comment_thread_idx ON generation_comment (generation_id, created_at);

-- A result's copy with the AI-visual mention burnt in, one per language, made the first time it is asked for.
CREATE TABLE labelled_copy (
    source_asset_id  UUID NOT NULL REFERENCES media_asset (id),
    language         VARCHAR(8) NOT NULL,
    team_id          UUID NOT NULL REFERENCES team (id),
    asset_id         UUID NOT NULL REFERENCES media_asset (id),
    PRIMARY KEY (source_asset_id, language)
);

-- Public pages for one result or a few: no login, until they expire or are revoked.
CREATE TABLE share_link (
    id           UUID PRIMARY KEY,
    team_id      UUID NOT NULL REFERENCES team (id),
    project_id   UUID NOT NULL REFERENCES project (id),
    -- SHA-256 of the random token in the address: the address itself is not kept
    token_hash   VARCHAR(64) NOT NULL,
    title        VARCHAR(200) NOT NULL,
    -- the AI-visual mention burnt into what it shows (null: none), in the language of the page
    label_text   VARCHAR(100),
    language     VARCHAR(8) NOT NULL,
    created_by   UUID NOT NULL REFERENCES member (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    revoked_by   UUID REFERENCES member (id),
    views        INTEGER NOT NULL,
    CONSTRAINT share_link_token_unique UNIQUE (token_hash)
);
CREATE INDEX share_link_team_idx ON share_link (team_id, created_at);

CREATE TABLE share_link_item (
    share_id       UUID NOT NULL REFERENCES share_link (id),
    generation_id  UUID NOT NULL REFERENCES generation (id),
    position       INTEGER NOT NULL,
    PRIMARY KEY (share_id, generation_id)
);
CREATE INDEX share_link_item_generation_idx ON share_link_item (generation_id);
