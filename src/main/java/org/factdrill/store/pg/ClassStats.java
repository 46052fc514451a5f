package org.factdrill.store.pg;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.store.StoreException;

/**
 * The instructor's view of a class, aggregated by PostgreSQL from the summaries a trigger keeps
 * per student and day and per question and student (migration C002): a few rows come back per
 * student and per question, never the review log itself. "This week" is the last seven UTC days
 * (today included). Retention is the share of answers to cards in
 * Review state graded Hard or better (FSRS's true retention).
 */
public final class ClassStats {
  private final ClassServer server;

  public ClassStats(ClassServer server) {
    this.server = server;
  }

  /** One student's figures. Retention is null before any review of a card in Review state. */
  public record Student(String login, String name, long reviews, long reviewsThisWeek,
      Double retention, long cards, long due, Instant lastReview) {}

  /** One question's figures over the class. */
  public record Question(String questionId, long reviews, long students, Double correctShare,
      Double retention) {}

  /** A fact many students forget: lapses per review over the class, with its sentence. */
  public record HardFact(String cardId, long students, long reps, long lapses, String sentence) {}

  /** Everything {@code stats --class} shows. */
  public record Report(String className, Instant now, List<Student> students,
      List<Question> questions, List<HardFact> hardest, long totalReviews, Duration took) {

    /** Students with no review in the last seven UTC days (today included). */
    public List<Student> notThisWeek() {
      return students.stream().filter(s -> s.reviewsThisWeek() == 0).toList();
    }
  }

  /** Computes the report; {@code questionLimit} worst questions, {@code hardLimit} facts. */
  public Report compute(Instant now, int questionLimit, int hardLimit) throws StoreException {
    server.checkVersion();
    long t0 = System.nanoTime();
    String s = server.schema();
    try {
      List<Student> students = new ArrayList<>();
      long total = 0;
      // Students in the roster, plus anyone with reviews (an instructor studying, say).
      try (PreparedStatement ps = server.connection().prepareStatement(
          "WITH r AS (SELECT student, sum(answers) AS n, coalesce(sum(answers) FILTER (WHERE "
              + "day >= ?), 0) AS week, sum(rev_n) AS rn, sum(rev_pass) AS rp, max(last_review) "
              + "AS last FROM " + s + ".student_days GROUP BY student), c AS (SELECT student, "
              + "count(*) AS cards, count(*) FILTER (WHERE due <= ?) AS due FROM " + s + ".cards "
              + "GROUP BY student) SELECT coalesce(st.login, r.student, c.student), st.name, "
              + "coalesce(r.n, 0), coalesce(r.week, 0), CASE WHEN r.rn > 0 THEN r.rp::float8 / "
              + "r.rn END, coalesce(c.cards, 0), coalesce(c.due, 0), r.last FROM " + s
              + ".students st FULL JOIN r ON r.student = st.login FULL JOIN c ON c.student = "
              + "coalesce(st.login, r.student) ORDER BY 1")) {
        ps.setLong(1, Math.floorDiv(now.toEpochMilli(), 86_400_000L) - 6);
        ps.setLong(2, now.toEpochMilli());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Double ret = rs.getObject(5) == null ? null : rs.getDouble(5);
            Instant last = rs.getObject(8) == null ? null : Instant.ofEpochMilli(rs.getLong(8));
            students.add(new Student(rs.getString(1), rs.getString(2), rs.getLong(3),
                rs.getLong(4), ret, rs.getLong(6), rs.getLong(7), last));
            total += rs.getLong(3);
          }
        }
      }
      List<Question> questions = new ArrayList<>();
      try (PreparedStatement ps = server.connection().prepareStatement(
          "SELECT question_id, n, students, correct, CASE WHEN rn > 0 THEN rp::float8 / rn END "
              + "FROM (SELECT question_id, sum(answers) AS n, count(*) AS students, "
              + "sum(correct)::float8 / sum(answers) AS correct, sum(rev_n) AS rn, sum(rev_pass) "
              + "AS rp FROM " + s + ".question_students GROUP BY question_id) q "
              + "ORDER BY correct, n DESC, question_id LIMIT ?")) {
        ps.setInt(1, questionLimit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            questions.add(new Question(rs.getString(1), rs.getLong(2), rs.getLong(3),
                rs.getDouble(4), rs.getObject(5) == null ? null : rs.getDouble(5)));
          }
        }
      }
      List<HardFact> hard = new ArrayList<>();
      try (PreparedStatement ps = server.connection().prepareStatement(
          "SELECT card_id, count(*), sum(reps), sum(lapses), max(sentence) FROM " + s
              + ".cards GROUP BY card_id HAVING sum(lapses) > 0 ORDER BY sum(lapses)::float8 / "
              + "sum(reps) DESC, sum(lapses) DESC, card_id LIMIT ?")) {
        ps.setInt(1, hardLimit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            hard.add(new HardFact(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getString(5)));
          }
        }
      }
      return new Report(s, now, students, questions, hard, total,
          Duration.ofNanos(System.nanoTime() - t0));
    } catch (SQLException e) {
      throw server.describe(e);
    }
  }
}
