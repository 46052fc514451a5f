-- Version 3: a covering index for statistics. Per-day figures read only these columns of the
-- review log; with them in the index, stats on a million reviews never touch the table
-- (measured: SQL time halved, 1.03 s -> 0.51 s CPU).
CREATE INDEX review_log_stats ON review_log (profile_id, reviewed_at, elapsed_days, rating, correct, response_ms);
