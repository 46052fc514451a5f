-- Class server, version 2: the class view reads summaries instead of the whole review log.
-- student_days: per student and UTC day; question_students: per question and student (so the
-- number of students per question is a count of rows, and two students' pushes never update the
-- same row: no lock waits between students). A statement-level trigger adds each inserted batch
-- (its transition table holds only rows really inserted, so a batch sent twice adds nothing),
-- inside the batch's transaction. It runs as the class owner (SECURITY DEFINER): students cannot
-- read or write the summaries directly.
CREATE TABLE ${schema}.student_days (
  student  text   NOT NULL,
  day      bigint NOT NULL,
  answers  bigint NOT NULL,
  rev_n    bigint NOT NULL,
  rev_pass bigint NOT NULL,
  last_review bigint NOT NULL,
  PRIMARY KEY (student, day)
);
CREATE TABLE ${schema}.question_students (
  question_id text   NOT NULL,
  student     text   NOT NULL,
  answers     bigint NOT NULL,
  correct     bigint NOT NULL,
  rev_n       bigint NOT NULL,
  rev_pass    bigint NOT NULL,
  PRIMARY KEY (question_id, student)
);
INSERT INTO ${schema}.student_days SELECT student, reviewed_at / 86400000, count(*), count(*) FILTER (WHERE state_before = 'Review'), count(*) FILTER (WHERE state_before = 'Review' AND rating > 1), max(reviewed_at) FROM ${schema}.review_log GROUP BY 1, 2;
INSERT INTO ${schema}.question_students SELECT question_id, student, count(*), count(*) FILTER (WHERE correct), count(*) FILTER (WHERE state_before = 'Review'), count(*) FILTER (WHERE state_before = 'Review' AND rating > 1) FROM ${schema}.review_log GROUP BY 1, 2;
CREATE FUNCTION ${schema}.add_to_summaries() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ BEGIN INSERT INTO ${schema}.student_days AS d SELECT student, reviewed_at / 86400000, count(*), count(*) FILTER (WHERE state_before = 'Review'), count(*) FILTER (WHERE state_before = 'Review' AND rating > 1), max(reviewed_at) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2 ON CONFLICT (student, day) DO UPDATE SET answers = d.answers + excluded.answers, rev_n = d.rev_n + excluded.rev_n, rev_pass = d.rev_pass + excluded.rev_pass, last_review = greatest(d.last_review, excluded.last_review); INSERT INTO ${schema}.question_students AS q SELECT question_id, student, count(*), count(*) FILTER (WHERE correct), count(*) FILTER (WHERE state_before = 'Review'), count(*) FILTER (WHERE state_before = 'Review' AND rating > 1) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2 ON CONFLICT (question_id, student) DO UPDATE SET answers = q.answers + excluded.answers, correct = q.correct + excluded.correct, rev_n = q.rev_n + excluded.rev_n, rev_pass = q.rev_pass + excluded.rev_pass; RETURN NULL; END $$;
REVOKE ALL ON FUNCTION ${schema}.add_to_summaries() FROM PUBLIC;
CREATE TRIGGER review_log_summaries AFTER INSERT ON ${schema}.review_log REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.add_to_summaries();
