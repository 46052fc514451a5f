-- Version 5: a globally unique id on every review, so a class server stores each review once
-- however often (or from however many devices) it is sent; existing rows get a random v4 UUID.
-- A trigger gives each new row its id in the same transaction, whichever code wrote it.
-- sync_state: per class server and profile, how far this database has pushed (its own review_log
-- ids) and pulled (the server's sequence), and this database's own id (the device).
ALTER TABLE review_log ADD COLUMN uuid TEXT;
UPDATE review_log SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX review_log_uuid ON review_log (uuid);
CREATE TRIGGER review_log_uuid_new AFTER INSERT ON review_log WHEN NEW.uuid IS NULL BEGIN UPDATE review_log SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE id = NEW.id; END;
CREATE TABLE sync_state (
  server      TEXT    NOT NULL,
  profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  device      TEXT    NOT NULL,
  pushed_upto INTEGER NOT NULL DEFAULT 0,
  pulled_upto INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (server, profile_id)
) WITHOUT ROWID;
