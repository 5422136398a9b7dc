-- The badges each pupil's game says they have collected (`Ks1/pi`…): only ids the
-- server's world files know, one row per pupil and badge.
CREATE TABLE pupil_badges (
    pupil_id INTEGER NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
    class_id INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
    badge_id TEXT NOT NULL,
    -- when it was first seen: the finish time of the earliest result that carried it,
    -- never later than that result's arrival
    first_seen BIGINT NOT NULL,
    -- when the server stored it, for the class's retention period
    received_at BIGINT NOT NULL,
    PRIMARY KEY (pupil_id, badge_id)
);

CREATE INDEX pupil_badges_by_class ON pupil_badges (class_id);
CREATE INDEX pupil_badges_by_received ON pupil_badges (received_at);
