-- E-mail notifications: what each member chooses to get (defaults when there is no row), and the
-- low-balance alerts already sent, so that one balance running low makes one e-mail (the row goes
-- when the balance is back above its threshold, and the next crossing is told again).
CREATE TABLE notification_preference (
    member_id         UUID PRIMARY KEY REFERENCES member (id),
    generation_ended  BOOLEAN NOT NULL,
    low_balance       BOOLEAN NOT NULL,
    webhook_given_up  BOOLEAN NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- subject: 'member:<member id>:<VIDEO|PHOTO>' or 'vendor:<vendor>'
CREATE TABLE notification_notice (
    subject  VARCHAR(120) PRIMARY KEY,
    team_id  UUID NOT NULL REFERENCES team (id),
    sent_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
