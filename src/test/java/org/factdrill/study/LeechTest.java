package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factdrill.bank.Bank;
import org.factdrill.srs.FsrsParameters;
import org.factdrill.srs.FsrsScheduler;
import org.factdrill.srs.Rating;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leeches in a session: a card failed leech_threshold times is suspended and leaves the queue. */
class LeechTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  private static final Verdict WRONG = Verdict.wrong("test");

  @TempDir
  java.nio.file.Path dir;
  private Store store;
  private Profile ana;
  private final MutableClock clock = new MutableClock(T0);
  private final FsrsScheduler fsrs = new FsrsScheduler(FsrsParameters.defaults());

  @BeforeEach
  void open() throws Exception {
    store = Store.open(dir.resolve("p.db"));
    ana = store.profile("ana", T0);
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  private StudySession session(Bank bank, SessionSettings settings) throws Exception {
    return new StudySession(bank, store, ana, fsrs, settings, clock, new AnswerChecker(), 7);
  }

  @Test
  void theDefaultThresholdIsEightAndASettingChangesIt() {
    assertEquals(8, SessionSettings.defaults().leechThreshold());
    assertEquals(3, SessionSettings.from(Map.of("leech_threshold", "3")).leechThreshold());
    assertEquals("0", SessionSettings.check("leech_threshold", "0"));
    assertEquals(8, SessionSettings.from(Map.of("leech_threshold", "-1")).leechThreshold());
  }

  @Test
  void aCardFailedThresholdTimesIsSuspendedLeavesTheSessionAndIsNotShownAgain() throws Exception {
    SessionSettings three = new SessionSettings(0.9, 20, 200, 3);
    StudySession s = session(TestBanks.facts(2), three);
    int fails = 0;
    StudySession.Saved saved = null;
    while (fails < 3) {
      assertTrue(s.current().isPresent());
      if (s.current().orElseThrow().cardId().equals("f0")) {
        saved = s.grade(Rating.AGAIN, "x", WRONG, 10);
        fails++;
        assertEquals(fails == 3, saved.leech(), "failure " + fails);
      } else {
        s.grade(Rating.GOOD, "1901", Verdict.correct("test"), 10);
      }
      clock.advance(Duration.ofMinutes(11));
    }
    assertTrue(store.card(ana.id(), "f0").orElseThrow().suspended());
    for (int i = 0; i < 10 && s.current().isPresent(); i++) {
      assertFalse(s.current().orElseThrow().cardId().equals("f0"), "a leech is not shown again");
      s.grade(Rating.GOOD, "1901", Verdict.correct("test"), 10);
      clock.advance(Duration.ofMinutes(11));
    }
    clock.advance(Duration.ofDays(30));
    StudySession later = session(TestBanks.facts(2), three);
    while (later.current().isPresent()) {
      assertFalse(later.current().orElseThrow().cardId().equals("f0"));
      later.grade(Rating.GOOD, "1901", Verdict.correct("test"), 10);
    }
    Dashboard.Figures f = Dashboard.figures(store, ana, TestBanks.facts(2), three, clock,
        Dashboard.Detail.ALL);
    assertEquals(1, f.leeches());
    assertEquals(0, f.dueNow(), "a suspended card is not counted as due");
    assertEquals(1, Dashboard.figures(store, ana, null, three, clock,
        Dashboard.Detail.ALL).leeches());
  }

  @Test
  void undoOfTheLeechingAnswerPutsTheCardBackInTheSession() throws Exception {
    StudySession s = session(TestBanks.facts(1), new SessionSettings(0.9, 20, 200, 1));
    assertTrue(s.grade(Rating.AGAIN, "x", WRONG, 10).leech());
    assertTrue(s.current().isEmpty());
    assertTrue(s.undo());
    assertEquals("f0", s.current().orElseThrow().cardId());
    assertFalse(store.card(ana.id(), "f0").isPresent());
    assertEquals(List.of(), store.suspendedCards(ana.id()));
  }

  @Test
  void plainModeSaysWhenACardBecomesALeechAndShowsTheDiff() throws Exception {
    StudySession s = session(TestBanks.facts(1), new SessionSettings(0.9, 20, 200, 1));
    StringWriter out = new StringWriter();
    // The recognition form comes first for a new card: answer the choice wrong (option 2).
    new PlainSession(s, new BufferedReader(new StringReader("2\n1\n")), new PrintWriter(out),
        clock).run();
    assertTrue(out.toString().contains("leech: failed 1 times, suspended"), out.toString());
  }
}
