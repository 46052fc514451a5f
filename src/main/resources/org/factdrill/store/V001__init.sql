-- Version 1: profiles, per-profile settings, card states (one per fact), and the review log.
-- Instants are INTEGER milliseconds since 1970-01-01T00:00Z (UTC).
CREATE TABLE profiles (
  id         INTEGER PRIMARY KEY,
  name       TEXT    NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
CREATE TABLE settings (
  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  key        TEXT    NOT NULL,
  value      TEXT    NOT NULL,
  PRIMARY KEY (profile_id, key)
) WITHOUT ROWID;
CREATE TABLE cards (
  profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  card_id     TEXT    NOT NULL,
  state       TEXT    NOT NULL CHECK (state IN ('Learning', 'Review', 'Relearning')),
  step        INTEGER,
  stability   REAL,
  difficulty  REAL,
  due         INTEGER NOT NULL,
  last_review INTEGER,
  reps        INTEGER NOT NULL DEFAULT 0,
  lapses      INTEGER NOT NULL DEFAULT 0,
  source      TEXT,
  lang        TEXT,
  kind        TEXT,
  sentence    TEXT,
  PRIMARY KEY (profile_id, card_id)
) WITHOUT ROWID;
CREATE INDEX cards_due ON cards (profile_id, due);
CREATE TABLE review_log (
  id            INTEGER PRIMARY KEY,
  profile_id    INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  question_id   TEXT    NOT NULL,
  card_id       TEXT    NOT NULL,
  rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
  answer        TEXT,
  correct       INTEGER NOT NULL CHECK (correct IN (0, 1)),
  verdict       TEXT,
  response_ms   INTEGER,
  reviewed_at   INTEGER NOT NULL,
  state_before  TEXT,
  state_after   TEXT    NOT NULL,
  stability     REAL,
  difficulty    REAL,
  due_after     INTEGER NOT NULL,
  elapsed_days  INTEGER
);
CREATE INDEX review_log_profile_time ON review_log (profile_id, reviewed_at);
CREATE INDEX review_log_card ON review_log (profile_id, card_id);
