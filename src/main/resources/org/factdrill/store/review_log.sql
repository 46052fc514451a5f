-- The review log: one row per answer, written with the card's new state in one transaction.

-- name: insert
INSERT INTO review_log(profile_id, question_id, card_id, rating, answer, correct, verdict,
  response_ms, reviewed_at, state_before, state_after, stability, difficulty, due_after,
  elapsed_days)
VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)

-- name: delete
DELETE FROM review_log WHERE id = ? AND profile_id = ?

-- name: tally_since
-- All answers, first answers (new cards) and answers to Review cards since an instant, through
-- the review_log_profile_time index.
SELECT count(*), coalesce(sum(state_before IS NULL), 0), coalesce(sum(state_before = 'Review'), 0)
FROM review_log WHERE profile_id = ? AND reviewed_at >= ?

-- name: count
SELECT count(*) FROM review_log WHERE profile_id = ?

-- name: history
SELECT reviewed_at, question_id, rating, answer, correct, state_before, state_after, due_after
FROM review_log WHERE profile_id = ? AND card_id = ?
ORDER BY reviewed_at DESC, id DESC LIMIT ?

-- name: answers
-- A profile's whole log as the optimizer reads it (card, time, rating), oldest first.
SELECT card_id, reviewed_at, rating FROM review_log WHERE profile_id = ?
ORDER BY reviewed_at, id

-- name: failed_since
-- The cards answered Again since an instant (custom study: failed today).
SELECT DISTINCT card_id FROM review_log WHERE profile_id = ? AND reviewed_at >= ? AND rating = 1

-- name: cards_since
-- The cards answered since an instant (for burying their siblings for the rest of the day).
SELECT DISTINCT card_id FROM review_log WHERE profile_id = ? AND reviewed_at >= ?
