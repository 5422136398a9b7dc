-- Schools own teachers (and, through them, classes): an admin sets the school up from a
-- one-time link, invites teachers by one-time links, and may open sign-up to the school's
-- own e-mail domains. Plain SQL that SQLite and PostgreSQL both accept, except the
-- INTEGER PRIMARY KEY row id (PostgreSQL: BIGINT GENERATED ALWAYS AS IDENTITY).

CREATE TABLE schools (
    id INTEGER PRIMARY KEY,
    -- as the admin typed it ('' until named: a school made for an older database's teachers)
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- The school a teacher belongs to (NULL only for accounts from before this migration,
-- until the server's next start puts them into one school: `db::schools::adopt`).
ALTER TABLE teachers ADD COLUMN school_id BIGINT REFERENCES schools(id);
-- 1 = runs the school (invitations, sign-up, reset links, deleting accounts, roles).
ALTER TABLE teachers ADD COLUMN is_admin BIGINT NOT NULL DEFAULT 0;
-- 1 = may read the school view (every class's progress; read-only): the Computing lead, the DSL.
ALTER TABLE teachers ADD COLUMN school_view BIGINT NOT NULL DEFAULT 0;
CREATE INDEX teachers_by_school ON teachers (school_id);

-- E-mail domains (`school.example`) whose owners may make an account themselves, straight
-- into that school. One school per domain. No row: sign-up is closed.
CREATE TABLE sign_up_domains (
    domain TEXT PRIMARY KEY,
    school_id BIGINT NOT NULL REFERENCES schools(id) ON DELETE CASCADE
);
CREATE INDEX sign_up_domains_by_school ON sign_up_domains (school_id);

-- One-time links: setting a school up, an invitation, a password reset. Only the SHA-256
-- of the link's token is kept; the row is deleted when the link is used.
CREATE TABLE account_links (
    token_hash TEXT PRIMARY KEY,
    -- 'setup', 'invite' or 'reset'
    kind TEXT NOT NULL,
    -- invite, reset: the school (setup: NULL, the school is made when the link is used)
    school_id BIGINT REFERENCES schools(id) ON DELETE CASCADE,
    -- reset: whose password
    teacher_id BIGINT REFERENCES teachers(id) ON DELETE CASCADE,
    -- invite: for whom ('' otherwise)
    email TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX account_links_by_expiry ON account_links (expires_at);
CREATE INDEX account_links_by_school ON account_links (school_id, kind);
CREATE INDEX account_links_by_teacher ON account_links (teacher_id);
