-- Wrong PINs in a row per login card: at CARD_LOCK_AFTER the card locks until the
-- teacher unlocks it (a guesser gets a few tries per card, not unlimited windows).
ALTER TABLE pupils ADD COLUMN wrong_pins INTEGER NOT NULL DEFAULT 0;
