-- Profiles: the learners sharing one database.

-- name: insert
INSERT OR IGNORE INTO profiles(name, created_at) VALUES (?, ?)

-- name: by_name
SELECT id FROM profiles WHERE name = ?

-- name: names
SELECT name FROM profiles ORDER BY name

-- name: ids_and_names
SELECT id, name FROM profiles ORDER BY id

-- name: summaries
SELECT p.name,
  (SELECT count(*) FROM cards c WHERE c.profile_id = p.id),
  (SELECT count(*) FROM review_log r WHERE r.profile_id = p.id),
  (SELECT max(reviewed_at) FROM review_log r WHERE r.profile_id = p.id),
  p.created_at
FROM profiles p ORDER BY p.name
