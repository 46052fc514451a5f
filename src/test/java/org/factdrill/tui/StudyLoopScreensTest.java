package org.factdrill.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.factdrill.bank.Bank;
import org.factdrill.srs.Card;
import org.factdrill.srs.CardState;
import org.factdrill.store.Profile;
import org.factdrill.store.ReviewRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leeches, the typed-answer diff, cloze hints and Home's refresh, on the virtual terminal. */
class StudyLoopScreensTest {
  @TempDir Path dir;

  private static Bank bank() {
    return Tui.bank(Tui.hebrew(), Tui.vietnameseNfd(), Tui.mixed(), Tui.english(),
        Tui.timeline());
  }

  /** Stores an answer that leaves card {@code cardId} in Review, due at {@code due}. */
  private static void reviewed(Tui t, String cardId, Instant due, int leechThreshold, int rating)
      throws Exception {
    Profile p = t.app.profile();
    Instant at = t.clock.instant().minus(Duration.ofDays(3));
    Card after = new Card(CardState.REVIEW, null, 4.0, 5.0, due, at);
    t.store.recordReview(new ReviewRecord(p.id(), cardId + "-q", cardId, rating, "x",
        rating > 1, rating > 1 ? "correct" : "wrong", 1000, at, CardState.REVIEW, after, 3L,
        null), leechThreshold);
  }

  @Test
  void homeSaysHowManyLeechesAreSuspendedAndTheBankBrowserUnsuspendsWithU() throws Exception {
    try (Tui t = new Tui(dir, bank())) {
      reviewed(t, "f-he1", t.clock.instant().minus(Duration.ofHours(1)), 1, 1);
      reviewed(t, "f-vi1", t.clock.instant().minus(Duration.ofHours(1)), 1, 3);
      t.start();
      assertTrue(t.line("Due now").contains("Due now 1"), t.text());
      assertTrue(t.line("leeches").contains("1 leeches suspended (b bank, u unsuspends)"),
          t.text());
      t.type("b/is:leech").press(KeyType.Enter);
      assertTrue(t.line("Search:").endsWith("1 / 5"), t.text());
      assertTrue(t.line("cloze").contains("!"), t.text());
      t.press(KeyType.Enter);
      assertTrue(t.text().contains("Suspended as a leech, failed 1 times: u unsuspends"),
          t.text());
      t.type("u");
      assertTrue(t.text().contains("Back in study (unsuspended): f-he1"), t.text());
      assertFalse(t.text().contains("Suspended as a leech"), t.text());
      assertFalse(t.store.card(t.app.profile().id(), "f-he1").orElseThrow().suspended());
      t.press(KeyType.Escape).press(KeyType.Escape).press(KeyType.Escape);
      assertTrue(t.lines().get(0).contains("Home"), t.text());
      assertFalse(t.text().contains("leeches suspended"), t.text());
      assertTrue(t.line("Due now").contains("Due now 2"), t.text());
    }
  }

  @Test
  void failingACardUpToTheThresholdSuspendsItWithANoteInTheSession() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.hebrew(), Tui.vietnameseNfd()))) {
      t.store.putSetting(t.app.profile().id(), "leech_threshold", "1");
      t.app.useProfile(t.app.profile());
      t.start();
      t.press(KeyType.Enter).type("1990").press(KeyType.Enter).type("1");
      assertTrue(t.text().contains("Leech: failed 1 times, suspended (b bank, u unsuspends)"),
          t.text());
      assertTrue(t.store.card(t.app.profile().id(), "f-he1").orElseThrow().suspended());
    }
  }

  @Test
  void aWrongTypedAnswerIsShownAgainstTheRightOneMarkedWithoutColour() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.vietnameseNfd()), 80, 24,
        Map.of("NO_COLOR", "1")).start()) {
      t.press(KeyType.Enter).type("1992").press(KeyType.Enter);
      assertTrue(t.line("Difference").contains("Difference: 199[-2-]{+1+}"), t.text());
    }
  }

  @Test
  void theDiffIsColouredWithColourAndAbsentForARightAnswer() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.vietnameseNfd(), Tui.hebrew())).start()) {
      t.press(KeyType.Enter).type("1992").press(KeyType.Enter);
      String line = t.line("Difference");
      int row = t.lines().indexOf(line);
      assertEquals(TextColor.ANSI.RED, t.vt.getCharacter(line.indexOf("[-2-]"), row)
          .getForegroundColor());
      assertEquals(TextColor.ANSI.GREEN, t.vt.getCharacter(line.indexOf("{+1+}"), row)
          .getForegroundColor());
      t.type("1");
      t.type("1993").press(KeyType.Enter);
      assertFalse(t.text().contains("Difference"), t.text());
    }
  }

  @Test
  void aClozeSaysWhatKindOfAnswerItExpectsInItsLanguage() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.vietnameseNfd())).start()) {
      t.press(KeyType.Enter);
      assertTrue(t.text().contains("(một năm)"), t.text());
    }
  }

  @Test
  void homeRefreshesOnItsOwnWhenACardFallsDue() throws Exception {
    try (Tui t = new Tui(dir, bank())) {
      reviewed(t, "f-he1", t.clock.instant().plus(Duration.ofSeconds(20)), 0, 3);
      t.start();
      assertTrue(t.line("Due now").contains("Due now 0"), t.text());
      t.clock.advance(Duration.ofSeconds(25));
      assertFalse(t.app.tick(), "not yet time to look again");
      assertTrue(t.line("Due now").contains("Due now 0"), "stale until the period is over");
      t.clock.advance(Duration.ofSeconds(6));
      assertTrue(t.app.tick());
      t.app.redraw();
      assertTrue(t.line("Due now").contains("Due now 1"), t.text());
      assertFalse(t.app.tick(), "read again only a period later");
    }
  }

  @Test
  void customStudyFromHomeStudiesTheCardsFailedTodayAndLeavesTheBankFileAlone() throws Exception {
    try (Tui t = new Tui(dir, bank())) {
      Profile p = t.app.profile();
      Instant now = t.clock.instant();
      t.store.recordReview(new ReviewRecord(p.id(), "vi1", "f-vi1", 1, "1990", false, "wrong",
          1000, now.minus(Duration.ofMinutes(5)), CardState.REVIEW, new Card(CardState.REVIEW,
              null, 4.0, 5.0, now.plus(Duration.ofDays(4)), now), 3L, null));
      byte[] before = java.nio.file.Files.readAllBytes(t.bankPath);
      t.start();
      t.type("c");
      assertTrue(t.lines().get(0).contains("Custom study"), t.text());
      t.type("is:late").press(KeyType.Enter);
      assertTrue(t.text().contains("Not understood: is:late"), t.text());
      t.ctrl('u').type("lang:he is:failed").press(KeyType.Enter);
      assertTrue(t.text().contains("Nothing to study in that selection now."), t.text());
      t.ctrl('u').type("is:failed").press(KeyType.Enter);
      assertTrue(t.lines().get(0).contains("Study"), t.text());
      assertTrue(t.text().contains("Liên Xô"), t.text());
      assertTrue(t.line("remaining").contains("1 remaining"), t.text());
      assertEquals(java.util.Arrays.toString(before),
          java.util.Arrays.toString(java.nio.file.Files.readAllBytes(t.bankPath)));
    }
  }
}
