-- Version 8: when a card's leech state last changed, so class sync can carry it between devices.
-- leech_at: epoch milliseconds of the last change of leech/suspended/fails-reset (tagged and
-- suspended by an answer: that answer's time; unsuspended: that moment); NULL: never a leech.
-- Sync keeps, per card, the leech state changed last (see docs/classroom.md).
-- Portable SQL: SQLite and PostgreSQL run this same file.
ALTER TABLE cards ADD COLUMN leech_at BIGINT;
UPDATE cards SET leech_at = last_review WHERE leech = 1;
