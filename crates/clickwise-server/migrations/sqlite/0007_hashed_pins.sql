-- PINs are kept hashed (argon2id): a copied database doesn't show them. Cards made
-- before this are hashed at start-up (`db::pin_hashing`), which then empties `pin`.
ALTER TABLE pupils ADD COLUMN pin_hash TEXT;
