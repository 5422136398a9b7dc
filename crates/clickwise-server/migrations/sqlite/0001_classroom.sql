-- The classroom store. Plain SQL that SQLite and PostgreSQL both accept, except the
-- INTEGER PRIMARY KEY row ids (PostgreSQL: BIGINT GENERATED ALWAYS AS IDENTITY).
-- No pupil names, emails, birthdays, photos, locations or free text: pupils are a
-- nickname, an avatar and a PIN inside a class.

CREATE TABLE teachers (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    -- argon2id, PHC string format
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE sessions (
    -- SHA-256 of the cookie's token: a copied database can't be used to sign in
    token_hash TEXT PRIMARY KEY,
    teacher_id INTEGER NOT NULL REFERENCES teachers(id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE TABLE classes (
    id INTEGER PRIMARY KEY,
    teacher_id INTEGER NOT NULL REFERENCES teachers(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    phase TEXT NOT NULL,
    code TEXT NOT NULL UNIQUE,
    retention_days INTEGER NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE pupils (
    id INTEGER PRIMARY KEY,
    class_id INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
    nickname TEXT NOT NULL,
    avatar TEXT NOT NULL,
    pin TEXT NOT NULL,
    UNIQUE (class_id, nickname)
);

CREATE TABLE pupil_tokens (
    token_hash TEXT PRIMARY KEY,
    pupil_id INTEGER NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
    class_id INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL
);

CREATE TABLE assignments (
    class_id INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
    level_id TEXT NOT NULL,
    -- YYYY-MM-DD or NULL
    due_date TEXT,
    position INTEGER NOT NULL,
    PRIMARY KEY (class_id, level_id)
);

CREATE TABLE results (
    pupil_id INTEGER NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
    attempt_id TEXT NOT NULL,
    class_id INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
    level_id TEXT NOT NULL,
    -- the choice log as JSON: ids of the options picked, never free text
    choice_log TEXT NOT NULL,
    points INTEGER NOT NULL,
    max_points INTEGER NOT NULL,
    stars INTEGER NOT NULL,
    first_try INTEGER NOT NULL,
    -- the text of each risky choice, one per line, for the misconceptions table
    risky TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    finished_at BIGINT NOT NULL,
    received_at BIGINT NOT NULL,
    PRIMARY KEY (pupil_id, attempt_id)
);

CREATE INDEX results_by_class ON results (class_id, level_id);
CREATE INDEX results_by_received ON results (received_at);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);
