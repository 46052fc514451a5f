-- Class server, version 1. ${schema} is the class (a PostgreSQL schema owned by the instructor who
-- ran `factdrill class init`); ${students} is the NOLOGIN group role every student login belongs
-- to. The table owner (the instructor) is not subject to row-level security and sees every row;
-- a student sees and writes only rows whose student column is their own login.
-- Instants are bigint milliseconds since 1970-01-01T00:00Z, as in the local SQLite database.
CREATE TABLE ${schema}.students (
  login    text PRIMARY KEY,
  name     text,
  added_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE ${schema}.banks (
  name       text PRIMARY KEY,
  content    text NOT NULL,
  sha256     text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE ${schema}.settings (
  key   text PRIMARY KEY,
  value text NOT NULL
);
-- The review log is append-only: students may insert and read, never update or delete.
-- uuid is the review's global id (made on the device), so a batch sent twice is stored once;
-- origin is the device's database id, so a device does not pull back what it pushed.
CREATE TABLE ${schema}.review_log (
  seq          bigserial PRIMARY KEY,
  uuid         uuid    NOT NULL UNIQUE,
  student      text    NOT NULL DEFAULT current_user,
  origin       uuid    NOT NULL,
  question_id  text    NOT NULL,
  card_id      text    NOT NULL,
  rating       smallint NOT NULL CHECK (rating BETWEEN 1 AND 4),
  answer       text,
  correct      boolean NOT NULL,
  verdict      text,
  response_ms  integer,
  reviewed_at  bigint  NOT NULL,
  state_before text,
  state_after  text    NOT NULL,
  stability    double precision,
  difficulty   double precision,
  due_after    bigint  NOT NULL,
  elapsed_days integer,
  synced_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX review_log_student_seq ON ${schema}.review_log (student, seq);
CREATE INDEX review_log_student_card ON ${schema}.review_log (student, card_id);
CREATE INDEX review_log_time ON ${schema}.review_log (reviewed_at);
-- One row per student and fact: the state after that student's latest review (last review wins,
-- whichever device sent it), with reps and lapses counted from the log.
CREATE TABLE ${schema}.cards (
  student     text    NOT NULL DEFAULT current_user,
  card_id     text    NOT NULL,
  state       text    NOT NULL,
  step        integer,
  stability   double precision,
  difficulty  double precision,
  due         bigint  NOT NULL,
  last_review bigint,
  reps        integer NOT NULL DEFAULT 0,
  lapses      integer NOT NULL DEFAULT 0,
  source      text,
  lang        text,
  kind        text,
  sentence    text,
  PRIMARY KEY (student, card_id)
);
CREATE INDEX cards_due ON ${schema}.cards (due);
ALTER TABLE ${schema}.review_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${schema}.cards ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${schema}.students ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_reviews ON ${schema}.review_log USING (student = current_user) WITH CHECK (student = current_user);
CREATE POLICY own_cards ON ${schema}.cards USING (student = current_user) WITH CHECK (student = current_user);
CREATE POLICY own_student_row ON ${schema}.students USING (login = current_user);
GRANT USAGE ON SCHEMA ${schema} TO ${students};
GRANT SELECT ON ${schema}.banks, ${schema}.settings, ${schema}.students, ${schema}.meta TO ${students};
GRANT SELECT, INSERT ON ${schema}.review_log TO ${students};
GRANT USAGE ON SEQUENCE ${schema}.review_log_seq_seq TO ${students};
GRANT SELECT, INSERT, UPDATE ON ${schema}.cards TO ${students};
