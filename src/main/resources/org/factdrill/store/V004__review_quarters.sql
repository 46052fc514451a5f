-- Version 4: review_log summed per profile, UTC quarter-hour and interval bucket. Statistics read
-- this instead of every review: a million reviews are a few thousand rows here, and quarter-hours
-- add up to exact local days in every time zone in use (all UTC offsets are multiples of 15 min).
-- Triggers keep it in step inside the same transaction as each answer (and its undo).
-- bucket: -1 no previous review, else the index of the interval bound (0, 1, 7, 21, 90, 365 days)
-- that elapsed_days reaches; time_ms caps each answer at 5 minutes, as the statistics do.
CREATE TABLE review_quarters (
  profile_id INTEGER NOT NULL,
  quarter    INTEGER NOT NULL,
  bucket     INTEGER NOT NULL,
  answers    INTEGER NOT NULL,
  correct    INTEGER NOT NULL,
  time_ms    INTEGER NOT NULL,
  passed     INTEGER NOT NULL,
  PRIMARY KEY (profile_id, quarter, bucket)
) WITHOUT ROWID;
INSERT INTO review_quarters SELECT profile_id, reviewed_at / 900000, CASE WHEN elapsed_days IS NULL THEN -1 WHEN elapsed_days >= 365 THEN 5 WHEN elapsed_days >= 90 THEN 4 WHEN elapsed_days >= 21 THEN 3 WHEN elapsed_days >= 7 THEN 2 WHEN elapsed_days >= 1 THEN 1 ELSE 0 END, count(*), sum(correct), sum(min(coalesce(response_ms, 0), 300000)), sum(rating > 1) FROM review_log GROUP BY 1, 2, 3;
CREATE TRIGGER review_quarters_add AFTER INSERT ON review_log BEGIN INSERT INTO review_quarters VALUES (NEW.profile_id, NEW.reviewed_at / 900000, CASE WHEN NEW.elapsed_days IS NULL THEN -1 WHEN NEW.elapsed_days >= 365 THEN 5 WHEN NEW.elapsed_days >= 90 THEN 4 WHEN NEW.elapsed_days >= 21 THEN 3 WHEN NEW.elapsed_days >= 7 THEN 2 WHEN NEW.elapsed_days >= 1 THEN 1 ELSE 0 END, 1, NEW.correct, min(coalesce(NEW.response_ms, 0), 300000), NEW.rating > 1) ON CONFLICT (profile_id, quarter, bucket) DO UPDATE SET answers = answers + 1, correct = correct + excluded.correct, time_ms = time_ms + excluded.time_ms, passed = passed + excluded.passed; END;
CREATE TRIGGER review_quarters_remove AFTER DELETE ON review_log BEGIN UPDATE review_quarters SET answers = answers - 1, correct = correct - OLD.correct, time_ms = time_ms - min(coalesce(OLD.response_ms, 0), 300000), passed = passed - (OLD.rating > 1) WHERE profile_id = OLD.profile_id AND quarter = OLD.reviewed_at / 900000 AND bucket = CASE WHEN OLD.elapsed_days IS NULL THEN -1 WHEN OLD.elapsed_days >= 365 THEN 5 WHEN OLD.elapsed_days >= 90 THEN 4 WHEN OLD.elapsed_days >= 21 THEN 3 WHEN OLD.elapsed_days >= 7 THEN 2 WHEN OLD.elapsed_days >= 1 THEN 1 ELSE 0 END; DELETE FROM review_quarters WHERE profile_id = OLD.profile_id AND quarter = OLD.reviewed_at / 900000 AND answers <= 0; END;
