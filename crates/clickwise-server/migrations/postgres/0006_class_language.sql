-- The class's language (en or cy), set by the teacher: pupils who join start in it.
ALTER TABLE classes ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
