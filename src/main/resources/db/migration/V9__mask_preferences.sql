-- The mask editor's brush and overlay settings, remembered per member (a small JSON object).
ALTER TABLE member ADD COLUMN mask_preferences VARCHAR(400);
