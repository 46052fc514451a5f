-- Class server, version 3: leech state per student and card, carried between a student's devices
-- (fails since last unsuspended, the leech tag, suspended, and leech_at: when it last changed, in
-- epoch milliseconds). Sync keeps the state changed last; see docs/classroom.md.
ALTER TABLE ${schema}.cards ADD COLUMN fails integer NOT NULL DEFAULT 0;
ALTER TABLE ${schema}.cards ADD COLUMN leech integer NOT NULL DEFAULT 0;
ALTER TABLE ${schema}.cards ADD COLUMN suspended integer NOT NULL DEFAULT 0;
ALTER TABLE ${schema}.cards ADD COLUMN leech_at bigint;
