-- PostgreSQL overrides of ../cards.sql: string_agg for group_concat, chr() for char(),
-- coalesce(x::text) for ifnull.

-- name: due_for_queue
SELECT count(*), string_agg(card_id || chr(30) || state || chr(30) || due || chr(30)
  || coalesce(stability::text, '') || chr(30) || coalesce(last_review::text, ''), chr(31))
FROM cards WHERE profile_id = ? AND due < ? AND suspended = 0

-- name: ids_concatenated
SELECT count(*), string_agg(card_id, chr(31)) FROM cards WHERE profile_id = ?
