-- The cards table: one row per (profile, card), the card's FSRS state and what it is about.
-- Statements are looked up by name; a dialect may override any of them in <dialect>/cards.sql.

-- name: one
SELECT card_id, state, step, stability, difficulty, due, last_review, reps, lapses, source, lang, kind,
  fails, leech, suspended
FROM cards WHERE profile_id = ? AND card_id = ?

-- name: all
SELECT card_id, state, step, stability, difficulty, due, last_review, reps, lapses, source, lang, kind,
  fails, leech, suspended
FROM cards WHERE profile_id = ?

-- name: due_before
SELECT card_id, state, step, stability, difficulty, due, last_review, reps, lapses, source, lang, kind,
  fails, leech, suspended
FROM cards WHERE profile_id = ? AND due < ? AND suspended = 0 ORDER BY due

-- name: due_for_queue
-- One concatenated string (fields by char(30), records by char(31)) answered from the covering
-- index cards_queue: reading 10,000 rows column by column costs several times more.
SELECT count(*), group_concat(card_id || char(30) || state || char(30) || due || char(30)
  || ifnull(stability, '') || char(30) || ifnull(last_review, ''), char(31))
FROM cards WHERE profile_id = ? AND due < ? AND suspended = 0

-- name: ids_concatenated
SELECT count(*), group_concat(card_id, char(31)) FROM cards WHERE profile_id = ?

-- name: ids
SELECT card_id FROM cards WHERE profile_id = ?

-- name: upsert
INSERT INTO cards(profile_id, card_id, state, step, stability, difficulty, due, last_review, reps,
  lapses, source, lang, kind, sentence, fails)
VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
ON CONFLICT(profile_id, card_id) DO UPDATE SET
  state = excluded.state, step = excluded.step, stability = excluded.stability,
  difficulty = excluded.difficulty, due = excluded.due, last_review = excluded.last_review,
  reps = cards.reps + excluded.reps, lapses = cards.lapses + excluded.lapses,
  fails = cards.fails + excluded.fails,
  source = coalesce(excluded.source, cards.source), lang = coalesce(excluded.lang, cards.lang),
  kind = coalesce(excluded.kind, cards.kind), sentence = coalesce(excluded.sentence, cards.sentence)

-- name: restore
UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?,
  reps = ?, lapses = ?, fails = ?, leech = ?, suspended = ?
WHERE profile_id = ? AND card_id = ?

-- name: delete
DELETE FROM cards WHERE profile_id = ? AND card_id = ?

-- name: suspend_leech
-- After an answer (same transaction): a card failed as many times since it was last
-- unsuspended as the third parameter, the
-- profile's leech_threshold) becomes a leech and is suspended. Updates one row or none.
-- leech_at (first parameter): the answer's time.
UPDATE cards SET leech = 1, suspended = 1, leech_at = ?
WHERE profile_id = ? AND card_id = ? AND suspended = 0 AND fails >= ?

-- name: unsuspend
-- Back into study: its failures count again from zero; the leech tag stays (stats list it).
UPDATE cards SET suspended = 0, fails = 0, leech_at = ?
WHERE profile_id = ? AND card_id = ? AND suspended = 1

-- name: leech_changes
-- The cards whose leech state ever changed (few): what class sync sends.
SELECT card_id, fails, leech, suspended, leech_at FROM cards
WHERE profile_id = ? AND leech_at IS NOT NULL

-- name: apply_leech
-- A leech state from another device, kept only when it changed later than this one's.
UPDATE cards SET fails = ?, leech = ?, suspended = ?, leech_at = ?
WHERE profile_id = ? AND card_id = ? AND coalesce(leech_at, -1) < ?

-- name: suspended
-- Through the partial index cards_suspended.
SELECT card_id FROM cards WHERE profile_id = ? AND suspended = 1
