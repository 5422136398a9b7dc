-- How far start-up has checked login cards made by older versions (`db::card_repair`,
-- `db::pin_hashing`): the highest pupil id already checked. Each start checks only the
-- cards made since, so a grid's hundreds of thousands of cards aren't read on every start.
CREATE TABLE start_up_checks (pupils_checked_to BIGINT NOT NULL);
INSERT INTO start_up_checks (pupils_checked_to) VALUES (0);
