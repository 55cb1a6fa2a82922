-- A team's look on its films (typeface, two colours, logo) and its default agent for the closing card,
-- and its library of music tracks for films.
CREATE TABLE film_brand (
    team_id        UUID PRIMARY KEY REFERENCES team (id),
    font           VARCHAR(20) NOT NULL,
    main_colour    VARCHAR(7) NOT NULL,
    accent_colour  VARCHAR(7) NOT NULL,
    logo_asset_id  UUID,
    agent_name     VARCHAR(120),
    agent_phone    VARCHAR(120),
    agent_email    VARCHAR(120),
    agency         VARCHAR(120),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE film_music (
    id           UUID PRIMARY KEY,
    team_id      UUID NOT NULL REFERENCES team (id),
    name         VARCHAR(200) NOT NULL,
    asset_id     UUID NOT NULL,
    duration_ms  BIGINT NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   UUID
);
CREATE INDEX film_music_team_idx ON film_music (team_id, created_at);
