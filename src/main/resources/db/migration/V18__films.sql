-- A project's listing film: its storyboard (shots in order, transition, format, the opening and
-- closing cards' fields) as JSON, saved as it is edited. One per project; the films made from it are
-- generations of kind FILM, like any other result.
CREATE TABLE film (
    id          UUID PRIMARY KEY,
    team_id     UUID NOT NULL REFERENCES team (id),
    project_id  UUID NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    storyboard  VARCHAR(200000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  UUID,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  UUID,
    version     BIGINT NOT NULL,
    CONSTRAINT film_project_unique UNIQUE (project_id)
);
