-- What vendors say worth keeping (their project id, the credits they have left, the id an
-- extension needs), as a JSON object of strings; whether the generation was made by the sandbox;
-- and the earlier generation a variation or an extension continues.
ALTER TABLE generation ADD COLUMN vendor_facts VARCHAR(4000);
ALTER TABLE generation ADD COLUMN sandbox BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE generation ADD COLUMN continues_id UUID REFERENCES generation (id);
