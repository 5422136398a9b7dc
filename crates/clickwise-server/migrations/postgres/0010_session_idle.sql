-- A session also ends after a while unused (a staffroom computer left signed in), not
-- only at its fixed end: `idle_until` moves on while the teacher uses it. 0 = an older
-- session, which keeps only its fixed end.
ALTER TABLE sessions ADD COLUMN idle_until BIGINT NOT NULL DEFAULT 0;
