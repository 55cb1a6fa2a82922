-- What the gallery's words are looked for in, folded (lower case, accents removed) by the application:
-- a project's name, reference and address (label), those with its generations' descriptions (text),
-- and a generation's own description. Filled when they change, and at start-up for rows without them.
ALTER TABLE project ADD COLUMN search_label VARCHAR(2000);
ALTER TABLE project ADD COLUMN search_text VARCHAR(100000);
ALTER TABLE generation ADD COLUMN search_text VARCHAR(8000);
