-- Finding whether a pupil has played a level before (their first try) on every result.
CREATE INDEX results_by_pupil_level ON results (pupil_id, level_id);
