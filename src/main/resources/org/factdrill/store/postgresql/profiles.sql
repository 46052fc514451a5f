-- PostgreSQL overrides of ../profiles.sql.

-- name: insert
INSERT INTO profiles(name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING
