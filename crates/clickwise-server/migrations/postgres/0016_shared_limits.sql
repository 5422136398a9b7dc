-- Guessing limits shared by every server on this database (`db::limits`): one row per
-- limited key (a salted SHA-256 of the limit's name and its address, account or card,
-- never the key itself) with its window's start (ms) and the tries counted in it.
CREATE TABLE limits (
    key_hash TEXT PRIMARY KEY,
    window_start BIGINT NOT NULL,
    tries BIGINT NOT NULL
);
-- The hourly run deletes finished windows by this index.
CREATE INDEX limits_by_window ON limits (window_start);
-- The salt every server hashes keys with, made once here.
CREATE TABLE limit_salt (salt TEXT NOT NULL);
INSERT INTO limit_salt (salt) VALUES (md5(random()::text || clock_timestamp()::text));
