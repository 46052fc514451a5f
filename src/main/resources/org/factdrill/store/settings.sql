-- Per-profile study settings as key/value text; absent keys take their defaults in the caller.

-- name: all
SELECT key, value FROM settings WHERE profile_id = ? ORDER BY key

-- name: put
INSERT INTO settings(profile_id, key, value) VALUES (?,?,?)
ON CONFLICT(profile_id, key) DO UPDATE SET value = excluded.value

-- name: of_profile_name
SELECT s.value FROM settings s JOIN profiles p ON p.id = s.profile_id
WHERE p.name = ? AND s.key = ?
