-- The node that makes a generation itself (the local engine, films): a node renders only as many at
-- once as it has render slots, whatever the others do.
ALTER TABLE generation ADD COLUMN made_on VARCHAR(100);
CREATE INDEX generation_made_on ON generation (provider_id, made_on, state);
