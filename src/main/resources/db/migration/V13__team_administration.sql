-- Team administration: invitations and password-reset links, credits taken back, monthly allowances,
-- low-balance thresholds and the vendor keys admins enter (encrypted; the key that opens them is
-- never in the database).

-- An invitation (INVITE: the address and role it is for) or a password reset (RESET: whose). Only the
-- SHA-256 of the link's secret is kept; a link serves once, until it expires or is withdrawn.
CREATE TABLE member_link (
    id          UUID PRIMARY KEY,
    team_id     UUID NOT NULL REFERENCES team (id),
    purpose     VARCHAR(8) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    email       VARCHAR(254),
    role        VARCHAR(16),
    member_id   UUID REFERENCES member (id),
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  UUID,
    CONSTRAINT member_link_purpose_check CHECK (purpose IN ('INVITE', 'RESET')),
    CONSTRAINT member_link_role_check CHECK (role IS NULL OR role IN ('ADMIN', 'MEMBER', 'VIEWER')),
    CONSTRAINT member_link_invite_check CHECK ((purpose = 'INVITE') = (email IS NOT NULL AND role IS NOT NULL)),
    CONSTRAINT member_link_reset_check CHECK (purpose = 'INVITE' OR member_id IS NOT NULL),
    CONSTRAINT member_link_token_unique UNIQUE (token_hash)
);
CREATE INDEX member_link_team_idx ON member_link (team_id, purpose);

-- REMOVE: credits an admin takes back (never more than what is available).
ALTER TABLE credit_entry DROP CONSTRAINT credit_entry_kind_check;
ALTER TABLE credit_entry ADD CONSTRAINT credit_entry_kind_check
    CHECK (kind IN ('GRANT', 'REMOVE', 'RESERVE', 'SETTLE', 'RELEASE'));
ALTER TABLE credit_entry DROP CONSTRAINT credit_entry_generation_check;
ALTER TABLE credit_entry ADD CONSTRAINT credit_entry_generation_check
    CHECK ((kind IN ('GRANT', 'REMOVE')) = (generation_id IS NULL));
CREATE INDEX credit_entry_team_time_idx ON credit_entry (team_id, created_at);

-- A monthly allowance: at the start of each month (in the team's time zone) the member's available
-- credits are topped up to {@code monthly}; renewed_for is the last month it was done for (YYYY-MM).
CREATE TABLE credit_allowance (
    member_id    UUID NOT NULL REFERENCES member (id),
    currency     VARCHAR(8) NOT NULL,
    team_id      UUID NOT NULL REFERENCES team (id),
    monthly      INTEGER NOT NULL,
    renewed_for  VARCHAR(7),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   UUID,
    PRIMARY KEY (member_id, currency),
    CONSTRAINT credit_allowance_currency_check CHECK (currency IN ('VIDEO', 'PHOTO')),
    CONSTRAINT credit_allowance_monthly_check CHECK (monthly > 0)
);

-- When a balance counts as low: a member's (per currency) and a vendor account's.
CREATE TABLE credit_alert (
    team_id       UUID PRIMARY KEY REFERENCES team (id),
    member_video  INTEGER NOT NULL,
    member_photo  INTEGER NOT NULL,
    vendor        INTEGER NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID,
    CONSTRAINT credit_alert_check CHECK (member_video >= 0 AND member_photo >= 0 AND vendor >= 0)
);

-- A vendor key entered in the interface (it wins over the atelier.providers.* settings): AES-GCM,
-- Base64 of nonce and ciphertext; hint is what the interface shows of it (its last four characters).
CREATE TABLE vendor_key (
    vendor      VARCHAR(16) PRIMARY KEY,
    team_id     UUID NOT NULL REFERENCES team (id),
    secret      VARCHAR(2000) NOT NULL,
    hint        VARCHAR(8) NOT NULL,
    account_id  VARCHAR(100),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  UUID,
    CONSTRAINT vendor_key_vendor_check CHECK (vendor IN ('iacrea', 'evolink', 'acedata'))
);
