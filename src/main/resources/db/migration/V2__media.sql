-- Stored files and the photos made of them. Keys are generated, never taken from uploaders.

CREATE TABLE media_asset (
    id            UUID PRIMARY KEY,
    team_id       UUID NOT NULL REFERENCES team (id),
    kind          VARCHAR(24) NOT NULL,
    storage_key   VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    byte_size     BIGINT NOT NULL,
    width         INTEGER,
    height        INTEGER,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    UUID,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID,
    version       BIGINT NOT NULL,
    CONSTRAINT media_asset_size_check CHECK (byte_size >= 0)
);
CREATE UNIQUE INDEX media_asset_storage_key ON media_asset (storage_key);
CREATE INDEX media_asset_team_idx ON media_asset (team_id);

CREATE TABLE media_photo (
    id                  UUID PRIMARY KEY,
    team_id             UUID NOT NULL REFERENCES team (id),
    original_id         UUID NOT NULL REFERENCES media_asset (id),
    thumbnail_small_id  UUID NOT NULL REFERENCES media_asset (id),
    thumbnail_large_id  UUID NOT NULL REFERENCES media_asset (id),
    file_name           VARCHAR(255) NOT NULL,
    source_url          VARCHAR(2048),
    format              VARCHAR(8) NOT NULL,
    width               INTEGER NOT NULL,
    height              INTEGER NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          UUID,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          UUID,
    version             BIGINT NOT NULL
);
CREATE INDEX media_photo_team_idx ON media_photo (team_id);
