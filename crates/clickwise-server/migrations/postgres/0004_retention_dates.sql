-- Retention that means what it says: each class is kept to an absolute time, not for a
-- number of days (`db/retention.rs` explains the rules). Plain SQL that SQLite (3.35+ for
-- DROP COLUMN; sqlx bundles a newer one) and PostgreSQL both accept.

-- When the class and everything of it is deleted: ms since 1970, always midnight UTC at the
-- end of the last day kept. Every INSERT names it (`classes::create`); the default is only
-- for the rows below, which get their value straight away.
ALTER TABLE classes ADD COLUMN delete_after BIGINT NOT NULL DEFAULT 0;

-- What each class was promised: its day count from when it was made, rounded up to the end
-- of that day. (BIGINT arithmetic: days * ms overflows PostgreSQL's BIGINT.)
UPDATE classes SET delete_after =
    ((created_at + retention_days * CAST(86400000 AS BIGINT) + 86399999) / 86400000) * 86400000;

ALTER TABLE classes DROP COLUMN retention_days;

-- The hourly delete finds expired classes, and then each one's rows, by index.
CREATE INDEX classes_by_delete_after ON classes (delete_after);
-- A teacher's classes (their list, and whether a stale account has any left).
CREATE INDEX classes_by_teacher ON classes (teacher_id);
-- Tokens by pupil (newest first, for pruning old ones; and the cascade when a card goes),
-- by class (the cascade when a class goes) and by age (who signed in recently).
CREATE INDEX pupil_tokens_by_pupil ON pupil_tokens (pupil_id, created_at);
CREATE INDEX pupil_tokens_by_class ON pupil_tokens (class_id);
CREATE INDEX pupil_tokens_by_created ON pupil_tokens (created_at);
-- A teacher's sessions (when they were last seen; the cascade when an account goes).
CREATE INDEX sessions_by_teacher ON sessions (teacher_id, expires_at);

-- When the teacher was last signed in: the end of their latest session, noted by the
-- hourly run before expired sessions are deleted. An account with no classes, neither
-- made nor seen for two years, is deleted.
ALTER TABLE teachers ADD COLUMN last_seen_at BIGINT NOT NULL DEFAULT 0;
UPDATE teachers SET last_seen_at =
    COALESCE((SELECT MAX(s.expires_at) FROM sessions s WHERE s.teacher_id = teachers.id), created_at);
CREATE INDEX teachers_by_last_seen ON teachers (last_seen_at);
