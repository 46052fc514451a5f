-- PostgreSQL overrides of ../progress.sql: booleans are cast before summing, least/greatest
-- for SQLite's two-argument min/max, the catalogue instead of sqlite_master.

-- name: due_summary
SELECT count(*) FILTER (WHERE due <= ?), count(*) FILTER (WHERE due < ?), min(due) FROM cards
WHERE profile_id = ? AND suspended = 0

-- name: forecast
SELECT greatest(0, (due - ?) / 86400000) AS d, count(*) FROM cards
WHERE profile_id = ? AND due < ? AND suspended = 0 GROUP BY d

-- name: retention_since
SELECT count(*), coalesce(sum(({recalled})::int), 0) FROM review_log
WHERE profile_id = ? AND reviewed_at >= ? AND state_before = 'Review'

-- name: has_quarters
SELECT 1 WHERE to_regclass('review_quarters') IS NOT NULL

-- name: day_from_log
SELECT {bucket} AS b, count(*), sum(correct), sum(least(response_ms, {max_response_ms})),
  sum(({recalled})::int)
FROM review_log WHERE profile_id = ? AND reviewed_at >= ? AND reviewed_at < ? GROUP BY b

-- name: tables
SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()

-- name: has_leeches
SELECT 1 FROM information_schema.columns
WHERE table_schema = current_schema() AND table_name = 'cards' AND column_name = 'leech'
