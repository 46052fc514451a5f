-- Version 5 for PostgreSQL: review_log.uuid and sync_state as in ../V005__review_uuid.sql;
-- gen_random_uuid() (PostgreSQL 13+) gives the v4 ids, a BEFORE INSERT trigger fills new rows.
ALTER TABLE review_log ADD COLUMN uuid text;
UPDATE review_log SET uuid = gen_random_uuid()::text;
CREATE UNIQUE INDEX review_log_uuid ON review_log (uuid);
CREATE FUNCTION review_log_uuid_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.uuid IS NULL THEN
    NEW.uuid := gen_random_uuid()::text;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER review_log_uuid_new BEFORE INSERT ON review_log FOR EACH ROW EXECUTE FUNCTION review_log_uuid_fill();
CREATE TABLE sync_state (
  server      text    NOT NULL,
  profile_id  bigint  NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  device      text    NOT NULL,
  pushed_upto bigint  NOT NULL DEFAULT 0,
  pulled_upto bigint  NOT NULL DEFAULT 0,
  PRIMARY KEY (server, profile_id)
);
