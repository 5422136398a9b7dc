-- One first try per pupil and level, kept by the database itself: with several servers
-- writing to one database, two of them can't both mark an attempt as the first try
-- (`db::results::mark_first_try`). Any second mark older versions left is cleared first,
-- keeping the earliest finished (then the lowest attempt id).
UPDATE results SET first_try = 0 WHERE first_try = 1 AND EXISTS (
    SELECT 1 FROM results e WHERE e.pupil_id = results.pupil_id AND e.level_id = results.level_id
    AND e.first_try = 1 AND (e.finished_at < results.finished_at
        OR (e.finished_at = results.finished_at AND e.attempt_id < results.attempt_id)));
CREATE UNIQUE INDEX results_one_first_try ON results (pupil_id, level_id) WHERE first_try = 1;
