-- PostgreSQL overrides of ../review_log.sql: PostgreSQL cannot sum booleans; FILTER counts.

-- name: tally_since
SELECT count(*), count(*) FILTER (WHERE state_before IS NULL),
  count(*) FILTER (WHERE state_before = 'Review')
FROM review_log WHERE profile_id = ? AND reviewed_at >= ?
