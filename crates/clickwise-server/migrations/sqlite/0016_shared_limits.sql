-- Guessing limits shared by several servers on one database (`db::limits`). A SQLite
-- database has one server, which keeps its limits in memory (`auth::limit`): the tables
-- are made so both back ends have the same schema, and stay empty here.
CREATE TABLE limits (
    key_hash TEXT PRIMARY KEY,
    window_start BIGINT NOT NULL,
    tries BIGINT NOT NULL
);
CREATE INDEX limits_by_window ON limits (window_start);
CREATE TABLE limit_salt (salt TEXT NOT NULL);
INSERT INTO limit_salt (salt) VALUES (lower(hex(randomblob(16))));
