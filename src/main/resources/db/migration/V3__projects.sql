-- Projects (a listing or a campaign) and the photos in them.

CREATE TABLE project (
    id                 UUID PRIMARY KEY,
    team_id            UUID NOT NULL REFERENCES team (id),
    name               VARCHAR(120) NOT NULL,
    listing_reference  VARCHAR(60),
    address            VARCHAR(300),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         UUID,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         UUID,
    version            BIGINT NOT NULL
);
CREATE INDEX project_team_idx ON project (team_id, created_at);

CREATE TABLE project_photo (
    project_id  UUID NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    photo_id    UUID NOT NULL REFERENCES media_photo (id),
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by    UUID,
    PRIMARY KEY (project_id, photo_id)
);
CREATE INDEX project_photo_photo_idx ON project_photo (photo_id);
