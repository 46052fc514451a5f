-- Read-only progress queries shared by Home (study.Dashboard) and the statistics (stats).
-- {recalled} and {bucket} are replaced by the definitions in Metrics, so that "retention" and
-- the interval buckets mean the same on every screen and in every report.

-- name: due_summary
SELECT coalesce(sum(due <= ?), 0), coalesce(sum(due < ?), 0), min(due) FROM cards
WHERE profile_id = ? AND suspended = 0

-- name: forecast
SELECT max(0, (due - ?) / 86400000) AS d, count(*) FROM cards
WHERE profile_id = ? AND due < ? AND suspended = 0 GROUP BY d

-- name: answered_between
SELECT 1 FROM review_log WHERE profile_id = ? AND reviewed_at >= ? AND reviewed_at < ? LIMIT 1

-- name: retention_since
-- Answers to cards that were in Review (a real test of memory), and how many were recalled.
SELECT count(*), coalesce(sum({recalled}), 0) FROM review_log
WHERE profile_id = ? AND reviewed_at >= ? AND state_before = 'Review'

-- name: span
SELECT min(reviewed_at), max(reviewed_at) FROM review_log WHERE profile_id = ?

-- name: has_quarters
SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'review_quarters'

-- name: day_from_quarters
-- From version 4, review_quarters (review_log summed per UTC quarter-hour and bucket, kept by
-- triggers): a day is a few dozen rows instead of every review of the day.
SELECT bucket, sum(answers), sum(correct), sum(time_ms), sum(passed) FROM review_quarters
WHERE profile_id = ? AND quarter >= ? AND quarter < ? GROUP BY bucket

-- name: day_from_log
-- A database before version 4, read without migrating it (statistics never write).
SELECT {bucket} AS b, count(*), sum(correct), sum(min(response_ms, {max_response_ms})),
  sum({recalled})
FROM review_log WHERE profile_id = ? AND reviewed_at >= ? AND reviewed_at < ? GROUP BY b

-- name: cards_of_profile
SELECT profile_id, card_id, state, stability, difficulty, due, last_review, reps, lapses, source,
  lang, kind
FROM cards WHERE profile_id = ?

-- name: cards_of_all
SELECT profile_id, card_id, state, stability, difficulty, due, last_review, reps, lapses, source,
  lang, kind
FROM cards

-- name: sentence
SELECT sentence FROM cards WHERE profile_id = ? AND card_id = ?

-- name: any_sentence
SELECT sentence FROM cards WHERE card_id = ? AND sentence IS NOT NULL LIMIT 1

-- name: questions_since
SELECT question_id, min(card_id), count(*), sum(correct), count(DISTINCT profile_id),
  min(profile_id)
FROM review_log WHERE reviewed_at >= ? GROUP BY question_id

-- name: log_of_all
SELECT r.id, p.name, r.reviewed_at, r.question_id, r.card_id, r.rating, r.correct, r.answer,
  r.verdict, r.response_ms, r.state_before, r.state_after, r.stability, r.difficulty, r.due_after,
  r.elapsed_days, c.source, c.lang, c.kind
FROM review_log r JOIN profiles p ON p.id = r.profile_id
LEFT JOIN cards c ON c.profile_id = r.profile_id AND c.card_id = r.card_id
WHERE r.reviewed_at >= ? ORDER BY r.reviewed_at, r.id

-- name: log_of_profile
SELECT r.id, p.name, r.reviewed_at, r.question_id, r.card_id, r.rating, r.correct, r.answer,
  r.verdict, r.response_ms, r.state_before, r.state_after, r.stability, r.difficulty, r.due_after,
  r.elapsed_days, c.source, c.lang, c.kind
FROM review_log r JOIN profiles p ON p.id = r.profile_id
LEFT JOIN cards c ON c.profile_id = r.profile_id AND c.card_id = r.card_id
WHERE r.reviewed_at >= ? AND p.name = ? ORDER BY r.reviewed_at, r.id

-- name: tables
SELECT name FROM sqlite_master WHERE type = 'table'

-- name: failures_of_profile
-- Failures per card: answers rated Again, in review and in (re)learning steps alike (the one
-- definition of "failed" the hardest-facts list ranks by).
SELECT profile_id, card_id, count(*) FROM review_log WHERE profile_id = ? AND rating = 1
GROUP BY profile_id, card_id

-- name: failures_of_all
SELECT profile_id, card_id, count(*) FROM review_log WHERE rating = 1
GROUP BY profile_id, card_id

-- name: last_rating
-- The rating of a card's latest answer (its last result).
SELECT rating FROM review_log WHERE profile_id = ? AND card_id = ?
ORDER BY reviewed_at DESC, id DESC LIMIT 1

-- name: has_leeches
-- From version 7 the cards carry fails, leech and suspended (statistics read older files too).
SELECT 1 FROM pragma_table_info('cards') WHERE name = 'leech'

-- name: leeches_of_profile
-- Cards tagged leech (suspended or put back), with what stats show of them.
SELECT profile_id, card_id, fails, lapses, reps, suspended, source, lang, kind, sentence
FROM cards WHERE profile_id = ? AND leech = 1 ORDER BY card_id

-- name: leeches_of_all
SELECT profile_id, card_id, fails, lapses, reps, suspended, source, lang, kind, sentence
FROM cards WHERE leech = 1 ORDER BY profile_id, card_id
