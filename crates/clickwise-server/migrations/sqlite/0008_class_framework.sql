-- Which framework a class's progress is shown by: efcw (Education for a Connected World,
-- England) or dcf (the Citizenship elements of Wales's Digital Competence Framework).
ALTER TABLE classes ADD COLUMN framework TEXT NOT NULL DEFAULT 'efcw';
