-- How many status calls in a row the vendor refused for a generation's key (AUTH): after a few the
-- generation counts as held by a refused key (its card says so, admins are told); an answer resets it.
ALTER TABLE generation ADD COLUMN key_refusals INTEGER DEFAULT 0 NOT NULL;
