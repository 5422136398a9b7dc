-- The language of the teacher's own pages (en or cy), chosen in the pages' header.
ALTER TABLE teachers ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
