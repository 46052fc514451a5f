-- Version 7: leeches. A card failed `leech_threshold` times (a setting, default 8) is tagged a
-- leech and suspended, as in Anki: it leaves the queue and the due counts until the learner
-- unsuspends it (bank browser, `u`), which also starts its failure count again.
-- fails: answers rated Again, in any state (counted from the log for existing cards);
-- leech: 1 once the card became a leech (kept after unsuspending, for stats);
-- suspended: 1 while it is held out of study.
-- Portable SQL: SQLite and PostgreSQL run this same file.
ALTER TABLE cards ADD COLUMN fails INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cards ADD COLUMN leech INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cards ADD COLUMN suspended INTEGER NOT NULL DEFAULT 0;
UPDATE cards SET fails = (SELECT count(*) FROM review_log r
  WHERE r.profile_id = cards.profile_id AND r.card_id = cards.card_id AND r.rating = 1);
-- The queue and Home count only cards not suspended: the covering index gains the column so
-- they still read the index alone.
DROP INDEX cards_queue;
CREATE INDEX cards_queue ON cards (profile_id, due, state, stability, last_review, suspended);
-- Suspended cards are few: a partial index finds them (Home's notice) without a scan.
CREATE INDEX cards_suspended ON cards (profile_id, card_id) WHERE suspended = 1;
