-- The credit ledger: every grant, reservation, settlement and release is a row; balances are sums.

-- One row per member and currency, locked while a reservation checks the balance, so that
-- concurrent submits cannot overdraw it.
CREATE TABLE credit_account (
    member_id  UUID NOT NULL REFERENCES member (id),
    currency   VARCHAR(8) NOT NULL,
    team_id    UUID NOT NULL REFERENCES team (id),
    PRIMARY KEY (member_id, currency)
);

CREATE TABLE credit_entry (
    id             UUID PRIMARY KEY,
    team_id        UUID NOT NULL REFERENCES team (id),
    member_id      UUID NOT NULL REFERENCES member (id),
    currency       VARCHAR(8) NOT NULL,
    kind           VARCHAR(8) NOT NULL,
    amount         INTEGER NOT NULL,
    generation_id  UUID,
    -- the generation a RESERVE row reserves for: one reservation per generation
    reserves       UUID,
    -- the generation a SETTLE or RELEASE row ends: one ending per generation, never both
    closes         UUID,
    note           VARCHAR(300),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     UUID,
    CONSTRAINT credit_entry_kind_check CHECK (kind IN ('GRANT', 'RESERVE', 'SETTLE', 'RELEASE')),
    CONSTRAINT credit_entry_currency_check CHECK (currency IN ('VIDEO', 'PHOTO')),
    CONSTRAINT credit_entry_amount_check CHECK (amount >= 0),
    CONSTRAINT credit_entry_reserves_check CHECK ((kind = 'RESERVE') = (reserves IS NOT NULL)),
    CONSTRAINT credit_entry_closes_check CHECK ((kind IN ('SETTLE', 'RELEASE')) = (closes IS NOT NULL)),
    CONSTRAINT credit_entry_generation_check CHECK ((kind = 'GRANT') = (generation_id IS NULL)),
    CONSTRAINT credit_entry_one_reservation UNIQUE (reserves),
    CONSTRAINT credit_entry_one_ending UNIQUE (closes)
);
CREATE INDEX credit_entry_member_idx ON credit_entry (member_id, currency);
CREATE INDEX credit_entry_generation_idx ON credit_entry (generation_id);
