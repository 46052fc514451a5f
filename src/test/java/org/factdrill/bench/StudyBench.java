package org.factdrill.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.factdrill.srs.FsrsParameters;
import org.factdrill.srs.FsrsScheduler;
import org.factdrill.srs.Rating;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.factdrill.study.AnswerChecker;
import org.factdrill.study.SessionSettings;
import org.factdrill.study.StudyBank;
import org.factdrill.study.StudySession;
import org.factdrill.study.TestBanks;
import org.factdrill.study.Verdict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The session engine on a large collection: 100,000 cards of one profile with 1,000,000 review
 * rows (or 100,000, to show that the cost does not follow the history). Goals: building the queue
 * under 100 ms, recording one answer (transaction included) under 5 ms at the median.
 * Run: {@code scripts/bench StudyBench -f 1 -wi 2 -i 3} (add {@code -prof gc} for bytes per op).
 * The fixture database is built once under target/bench-fixtures and copied for each trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StudyBench {
  static final int CARDS = 100_000;
  static final int NEW_IN_BANK = 1_000;
  static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  @Param({"100000", "1000000"})
  public int reviewRows;

  private Path tmp;
  private Store store;
  private Profile profile;
  private StudyBank bank;
  private FsrsScheduler scheduler;
  /** Fixed, except that recordAnswer moves it a day on when it has answered everything due. */
  private Instant now = NOW;
  private final Clock clock = new Clock() {
    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };
  private final SessionSettings settings = new SessionSettings(0.9, 20, 99_999);
  private StudySession session;
  private final Verdict right = Verdict.correct("bench");

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path fixture = fixture(reviewRows);
    tmp = Files.createTempDirectory("factdrill-bench");
    Files.copy(fixture, tmp.resolve("p.db"), StandardCopyOption.REPLACE_EXISTING);
    store = Store.open(tmp.resolve("p.db"));
    profile = store.profile("bench", NOW);
    // Indexing the bank is done once when it is loaded, not per queue build (QueueSteps times it).
    bank = StudyBank.of(TestBanks.facts(CARDS + NEW_IN_BANK));
    scheduler = new FsrsScheduler(FsrsParameters.defaults().withFuzz(true));
  }

  @Setup(Level.Iteration)
  public void newSession() throws Exception {
    session = buildQueue();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    store.close();
    try (Stream<Path> s = Files.walk(tmp)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Building a session: today's due cards by SQL, sorted by retrievability, plus new cards. */
  @Benchmark
  public StudySession buildQueue() throws Exception {
    return new StudySession(bank, store, profile, scheduler, settings, clock, new AnswerChecker(),
        1);
  }

  /** Grading the current card: scheduling plus the review_log row and card row, one commit. */
  @Benchmark
  public StudySession.Saved recordAnswer() throws Exception {
    while (session.current().isEmpty()) {
      now = now.plus(Duration.ofDays(1));
      session = buildQueue();
    }
    return session.grade(Rating.GOOD, "1900", right, 1500);
  }

  /** Builds (once) the fixture: CARDS cards, {@code rows} review rows, one profile. */
  static Path fixture(int rows) throws Exception {
    Path dir = Path.of(System.getProperty("factdrill.home", "."), "target", "bench-fixtures");
    Path db = dir.resolve("cards" + CARDS + "-reviews" + rows + ".db");
    if (Files.exists(db)) {
      return db;
    }
    Files.createDirectories(dir);
    Path building = dir.resolve(db.getFileName() + ".building");
    Files.deleteIfExists(building);
    try (Store s = Store.open(building)) {
      s.profile("bench", NOW.minus(Duration.ofDays(800)));
    }
    SplittableRandom rnd = new SplittableRandom(42);
    long day = Duration.ofDays(1).toMillis();
    long now = NOW.toEpochMilli();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + building)) {
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA synchronous = OFF");
      }
      c.setAutoCommit(false);
      try (PreparedStatement card = c.prepareStatement("INSERT INTO cards(profile_id, card_id, "
          + "state, step, stability, difficulty, due, last_review, reps, lapses, source, lang, "
          + "kind) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'bench.txt', 'en', 'date')")) {
        for (int i = 0; i < CARDS; i++) {
          double s = 1 + rnd.nextDouble() * 300;
          long due;
          String state = "Review";
          Integer step = null;
          if (i % 50 == 1) {
            state = "Learning";
            step = 1;
            due = now - rnd.nextLong(600_000);
            s = 2.3;
          } else if (i % 10 == 0) {
            due = now - rnd.nextLong(5 * day); // about 10% due today
          } else {
            due = now + day + rnd.nextLong(300 * day);
          }
          card.setString(1, "f" + i);
          card.setString(2, state);
          card.setObject(3, step);
          card.setDouble(4, s);
          card.setDouble(5, 1 + rnd.nextDouble() * 9);
          card.setLong(6, due);
          card.setLong(7, Math.min(now - 60_000, due - (long) (s * day)));
          card.setInt(8, rows / CARDS);
          card.addBatch();
          if (i % 10_000 == 9_999) {
            card.executeBatch();
          }
        }
        card.executeBatch();
      }
      try (PreparedStatement log = c.prepareStatement("INSERT INTO review_log(profile_id, "
          + "question_id, card_id, rating, answer, correct, verdict, response_ms, reviewed_at, "
          + "state_before, state_after, stability, difficulty, due_after, elapsed_days) "
          + "VALUES (1, ?, ?, ?, '1900', ?, ?, ?, ?, 'Review', 'Review', ?, ?, ?, ?)")) {
        for (int r = 0; r < rows; r++) {
          int i = r % CARDS;
          // Spread over the last two years; 100 answers already today.
          long at = r < 100 ? now - 3_600_000 + r : now - day - rnd.nextLong(730 * day);
          int rating = 1 + rnd.nextInt(4);
          log.setString(1, "q" + i + "z");
          log.setString(2, "f" + i);
          log.setInt(3, rating);
          log.setInt(4, rating > 1 ? 1 : 0);
          log.setString(5, rating > 1 ? "correct" : "wrong");
          log.setLong(6, 1000 + rnd.nextInt(9000));
          log.setLong(7, at);
          log.setDouble(8, rnd.nextDouble() * 100);
          log.setDouble(9, 1 + rnd.nextDouble() * 9);
          log.setLong(10, at + rnd.nextLong(30 * day));
          log.setLong(11, rnd.nextInt(30));
          log.addBatch();
          if (r % 10_000 == 9_999) {
            log.executeBatch();
          }
        }
        log.executeBatch();
      }
      c.commit();
      c.setAutoCommit(true);
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      }
    }
    Files.move(building, db, StandardCopyOption.ATOMIC_MOVE);
    Files.deleteIfExists(Path.of(building + "-wal"));
    Files.deleteIfExists(Path.of(building + "-shm"));
    return db;
  }
}
