package org.factdrill.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.SplittableRandom;
import org.factdrill.store.Store;

/**
 * Builds a large progress database for the stats benchmark: {@code profiles} learners, each
 * with {@code cards} cards and {@code reviews} review_log rows spread over {@code days} days
 * before {@link #NOW}, with growing intervals and about one Again in ten. Batched inserts in one
 * transaction. Run directly to make a file for timing the real jar:
 * {@code java -cp target/test-classes:target/classes:$(cat target/bench.cp)
 * org.factdrill.bench.BigStatsDb /tmp/big.db 1 1000000 5000}.
 */
public final class BigStatsDb {
  public static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
  static final long DAY = 86_400_000L;

  private BigStatsDb() {}

  public static void build(Path db, int profiles, int reviews, int cards, int days) throws Exception {
    try (Store store = Store.open(db)) {
      Connection c = org.factdrill.store.TestAccess.connection(store);
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA synchronous = OFF");
      }
      c.setAutoCommit(false);
      SplittableRandom rnd = new SplittableRandom(42);
      String[] sources = {"karabakh-en-1.txt", "karabakh-en-2.txt", "karabakh-vi-1.txt",
          "karabakh-vi-2.txt", "karabakh-he.txt"};
      String[] langs = {"en", "en", "vi", "vi", "he"};
      String[] kinds = {"date", "number", "money", "percent", "range"};
      long start = NOW.toEpochMilli() - (long) days * DAY;
      try (PreparedStatement log = c.prepareStatement(
          "INSERT INTO review_log(profile_id, question_id, card_id, rating, answer, correct, "
              + "verdict, response_ms, reviewed_at, state_before, state_after, stability, "
              + "difficulty, due_after, elapsed_days) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
           PreparedStatement card = c.prepareStatement(
               "INSERT INTO cards(profile_id, card_id, state, step, stability, difficulty, due, "
                   + "last_review, reps, lapses, source, lang, kind, sentence) "
                   + "VALUES (?,?,?,NULL,?,?,?,?,?,?,?,?,?,?)")) {
        for (int p = 0; p < profiles; p++) {
          long pid = store.profile("learner" + p, Instant.ofEpochMilli(start)).id();
          double[] ivl = new double[cards];
          double[] diff = new double[cards];
          long[] last = new long[cards];
          int[] reps = new int[cards];
          int[] lapses = new int[cards];
          long step = (long) days * DAY / reviews;
          long t = start;
          for (int i = 0; i < reviews; i++) {
            t += step;
            int k = rnd.nextInt(cards);
            boolean fresh = reps[k] == 0;
            boolean pass = fresh || rnd.nextInt(10) != 0;
            int rating = pass ? 2 + rnd.nextInt(3) : 1;
            if (fresh) {
              ivl[k] = 1;
              diff[k] = 3 + rnd.nextDouble() * 5;
            } else if (pass) {
              ivl[k] = Math.min(3650, ivl[k] * (1.5 + rnd.nextDouble() * 1.5));
            } else {
              ivl[k] = Math.max(0.5, ivl[k] * 0.3);
              lapses[k]++;
            }
            long due = t + (long) ((pass ? ivl[k] : 10.0 / 1440) * DAY);
            log.setLong(1, pid);
            log.setString(2, "q" + k + (k % 3 == 0 ? "-mc" : "-fill"));
            log.setString(3, "card" + k);
            log.setInt(4, rating);
            log.setString(5, pass ? "1993" : "1991");
            log.setInt(6, pass ? 1 : 0);
            log.setString(7, pass ? "correct" : "wrong");
            log.setLong(8, 2000 + rnd.nextInt(20_000));
            log.setLong(9, t);
            log.setString(10, fresh ? null : "Review");
            log.setString(11, pass ? "Review" : "Relearning");
            log.setDouble(12, ivl[k]);
            log.setDouble(13, diff[k]);
            log.setLong(14, due);
            if (fresh) {
              log.setNull(15, java.sql.Types.INTEGER);
            } else {
              log.setLong(15, (t - last[k]) / DAY);
            }
            log.addBatch();
            last[k] = t;
            reps[k]++;
            if (i % 10_000 == 9_999) {
              log.executeBatch();
            }
          }
          log.executeBatch();
          for (int k = 0; k < cards; k++) {
            if (reps[k] == 0) {
              continue;
            }
            card.setLong(1, pid);
            card.setString(2, "card" + k);
            card.setString(3, "Review");
            card.setDouble(4, ivl[k]);
            card.setDouble(5, diff[k]);
            card.setLong(6, last[k] + (long) (ivl[k] * DAY));
            card.setLong(7, last[k]);
            card.setInt(8, reps[k]);
            card.setInt(9, lapses[k]);
            card.setString(10, sources[k % 5]);
            card.setString(11, langs[k % 5]);
            card.setString(12, kinds[(k / 5) % 5]);
            card.setString(13, "In " + (1990 + k % 30) + ", fact number " + k
                + " of the Nagorno-Karabakh conflict was recorded in this sentence.");
            card.addBatch();
          }
          card.executeBatch();
        }
      }
      c.commit();
      c.setAutoCommit(true);
      try (Statement st = c.createStatement()) {
        st.execute("ANALYZE");
      }
    }
  }

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args.length > 0 ? args[0] : "big.db");
    int profiles = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int reviews = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    int cards = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
    int days = args.length > 4 ? Integer.parseInt(args[4]) : 1_000;
    if (Files.exists(db)) {
      throw new IllegalArgumentException(db + " exists; give a new file");
    }
    long t0 = System.nanoTime();
    build(db, profiles, reviews / profiles, cards, days);
    System.out.printf("built %s: %d profiles x %d reviews, %d cards each, in %.1f s%n", db,
        profiles, reviews / profiles, cards, (System.nanoTime() - t0) / 1e9);
  }
}
