-- Version 4 for PostgreSQL: review_quarters as in ../V004__review_quarters.sql (same columns,
-- buckets and 5-minute cap), kept by a PL/pgSQL trigger function instead of SQLite triggers.
CREATE TABLE review_quarters (
  profile_id bigint  NOT NULL,
  quarter    bigint  NOT NULL,
  bucket     integer NOT NULL,
  answers    bigint  NOT NULL,
  correct    bigint  NOT NULL,
  time_ms    bigint  NOT NULL,
  passed     bigint  NOT NULL,
  PRIMARY KEY (profile_id, quarter, bucket)
);
CREATE FUNCTION review_quarters_bucket(elapsed bigint) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN elapsed IS NULL THEN -1 WHEN elapsed >= 365 THEN 5 WHEN elapsed >= 90 THEN 4
    WHEN elapsed >= 21 THEN 3 WHEN elapsed >= 7 THEN 2 WHEN elapsed >= 1 THEN 1 ELSE 0 END
$$;
INSERT INTO review_quarters SELECT profile_id, reviewed_at / 900000, review_quarters_bucket(elapsed_days), count(*), sum(correct), sum(least(coalesce(response_ms, 0), 300000)), count(*) FILTER (WHERE rating > 1) FROM review_log GROUP BY 1, 2, 3;
CREATE FUNCTION review_quarters_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO review_quarters VALUES (NEW.profile_id, NEW.reviewed_at / 900000,
      review_quarters_bucket(NEW.elapsed_days), 1, NEW.correct,
      least(coalesce(NEW.response_ms, 0), 300000), CASE WHEN NEW.rating > 1 THEN 1 ELSE 0 END)
    ON CONFLICT (profile_id, quarter, bucket) DO UPDATE SET
      answers = review_quarters.answers + 1,
      correct = review_quarters.correct + excluded.correct,
      time_ms = review_quarters.time_ms + excluded.time_ms,
      passed = review_quarters.passed + excluded.passed;
    RETURN NEW;
  END IF;
  UPDATE review_quarters SET answers = answers - 1, correct = correct - OLD.correct,
    time_ms = time_ms - least(coalesce(OLD.response_ms, 0), 300000),
    passed = passed - CASE WHEN OLD.rating > 1 THEN 1 ELSE 0 END
  WHERE profile_id = OLD.profile_id AND quarter = OLD.reviewed_at / 900000
    AND bucket = review_quarters_bucket(OLD.elapsed_days);
  DELETE FROM review_quarters WHERE profile_id = OLD.profile_id
    AND quarter = OLD.reviewed_at / 900000 AND answers <= 0;
  RETURN OLD;
END
$$;
CREATE TRIGGER review_quarters_add AFTER INSERT ON review_log FOR EACH ROW EXECUTE FUNCTION review_quarters_keep();
CREATE TRIGGER review_quarters_remove AFTER DELETE ON review_log FOR EACH ROW EXECUTE FUNCTION review_quarters_keep();
