-- Version 2: a covering index for building the study queue. A session reads every card of a
-- profile due today (state, stability and last review to sort by retrievability); with this index
-- SQLite answers from the index alone instead of looking each card up in the table
-- (about 4x faster with 100,000 cards). It starts with (profile_id, due), so it also serves
-- every query cards_due served; cards_due is dropped to keep one index to update per answer.
CREATE INDEX cards_queue ON cards (profile_id, due, state, stability, last_review);
DROP INDEX cards_due;
