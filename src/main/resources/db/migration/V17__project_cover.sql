-- The photo a member chose as the project's cover (the façade, say); without one, or once that photo
-- left the project, the first photo added is the cover.
ALTER TABLE project ADD COLUMN cover_photo_id UUID;
