package org.factdrill.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankJson;
import org.factdrill.bank.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every screen driven by keys on a virtual terminal, with the database and bank file checked. */
class ScreensTest {
  @TempDir Path dir;

  private static Bank all() {
    return Tui.bank(Tui.hebrew(), Tui.vietnameseNfd(), Tui.mixed(), Tui.english(),
        Tui.timeline());
  }

  private static long reviews(Tui t) throws Exception {
    return t.store.reviewCount(t.app.profile().id());
  }

  private static int lastRating(Tui t) throws Exception {
    try (Statement st = org.factdrill.store.TestAccess.connection(t.store).createStatement();
         ResultSet rs = st.executeQuery("SELECT rating FROM review_log ORDER BY id DESC LIMIT 1")) {
      return rs.next() ? rs.getInt(1) : -1;
    }
  }

  @Test
  void homeShowsDueNewTodayStreakRetentionForecastAndSources() throws Exception {
    try (Tui t = new Tui(dir, all()).start()) {
      assertEquals(" factdrill · Home                                                  Profile: ana",
          t.lines().get(0));
      assertEquals("  Due now 0                 Due today 0               New 5 / 5",
          t.lines().get(2));
      assertEquals("  Reviews today 0           Streak 0d                 Retention (30d) –",
          t.lines().get(3));
      assertTrue(t.line("000_he.txt").endsWith("0/2   0%"), t.text());
      assertTrue(t.line("Enter study").contains("b bank  o settings  s Stats  i Import  ? help  q quit"));
      // Two answers today: reviews today 2, streak 1 day, the learning cards are due within today.
      t.press(KeyType.Enter).type("1993").press(KeyType.Enter).type("3");
      t.type("1991").press(KeyType.Enter).type("1");
      t.press(KeyType.Escape).press(KeyType.Escape);
      assertEquals(" factdrill · Home                                                  Profile: ana",
          t.lines().get(0));
      assertEquals("  Due now 0                 Due today 2               New 3 / 3",
          t.lines().get(2));
      assertEquals("  Reviews today 2           Streak 1d                 Retention (30d) –",
          t.lines().get(3));
      assertTrue(t.line("today").contains("today 2"), t.text());
    }
  }

  @Test
  void firstFrameShowsWhatIsDueAtOnceAndTheStreakAndRetentionRightAfter() throws Exception {
    java.util.concurrent.CompletableFuture<Bank> loading = new java.util.concurrent.CompletableFuture<>();
    try (Tui t = new Tui(dir, all(), loading, 80, 24, Map.of())) {
      java.util.List<String> first = new java.util.ArrayList<>();
      t.app.onFirstFrame(() -> first.addAll(t.lines()));
      t.start();
      assertEquals("  Due now 0                 Due today 0               New …", first.get(2));
      assertEquals("  Reviews today 0           Streak …                  Retention (30d) …",
          first.get(3));
      assertEquals("  Reviews today 0           Streak 0d                 Retention (30d) –",
          t.lines().get(3), "settled right after the first frame");
      assertTrue(t.text().contains("loading the bank…"), t.text());
      loading.complete(all());
      t.app.redraw();
      assertTrue(t.line("000_he.txt").endsWith("0/2   0%"), t.text());
    }
  }

  @Test
  void gradeKeysShowNextIntervalsAndEnterTakesTheSuggestedOne() throws Exception {
    try (Tui t = new Tui(dir, all()).start()) {
      t.press(KeyType.Enter).type("1993").press(KeyType.Enter);
      assertEquals("   1 Again 1m    2 Hard 5m   [3 Good 10m]   4 Easy 10d",
          t.line("Again"));
      t.press(KeyType.ArrowRight);
      assertEquals("   1 Again 1m    2 Hard 5m    3 Good 10m   [4 Easy 10d]",
          t.line("Again"));
      t.press(KeyType.ArrowLeft).press(KeyType.Enter);
      assertEquals(1, reviews(t));
      assertEquals(3, lastRating(t));
      assertTrue(t.line("done").startsWith("  1 done"), t.text());
      assertTrue(t.text().contains("Saved · Good · 10m"), t.text());
    }
  }

  @Test
  void wrongAnswerSuggestsAgainAndShowsTheRightAnswer() throws Exception {
    try (Tui t = new Tui(dir, all()).start()) {
      t.press(KeyType.Enter).type("1990").press(KeyType.Enter);
      assertEquals("  ✗ Wrong   You said: 1990", t.line("Wrong"));
      assertEquals("  Answer: 1993", t.line("Answer:"));
      assertTrue(t.line("Again").contains("[1 Again 1m]"));
      t.type("1");
      assertEquals(1, lastRating(t));
    }
  }

  @Test
  void undoTakesBackTheLastAnswer() throws Exception {
    try (Tui t = new Tui(dir, all()).start()) {
      t.press(KeyType.Enter).type("1993").press(KeyType.Enter).type("3");
      assertEquals(1, reviews(t));
      assertTrue(t.text().contains("cloze · vi"), t.text());
      t.type("u");
      assertEquals(0, reviews(t));
      assertTrue(t.text().contains("cloze · he"), t.text());
      assertTrue(t.text().contains("Undone"), t.text());
      assertTrue(t.line("done").startsWith("  0 done"));
      t.type("u");
      assertTrue(t.text().contains("Nothing to undo"));
    }
  }

  @Test
  void choiceTrueFalseAndTimelineAreAnsweredWithOneKeyEach() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.mixed(), Tui.english(), Tui.timeline())).start()) {
      t.press(KeyType.Enter).type("2");
      assertTrue(t.text().contains("✓ Correct"), t.text());
      t.press(KeyType.Enter);
      assertTrue(t.text().contains("t true     f false"), t.text());
      t.type("x");
      assertTrue(t.text().contains("t true     f false"), "other keys do nothing");
      t.type("t");
      assertTrue(t.text().contains("✓ Correct"), t.text());
      assertTrue(t.text().contains("$100 million"), t.text());
      t.press(KeyType.Enter);
      assertTrue(t.text().contains("1) Russian withdrawal from Gyumri completed"), t.text());
      t.type("2");
      assertTrue(t.line("The Soviet Union dissolved").startsWith("  #1"), t.text());
      t.press(KeyType.Backspace).type("21");
      assertTrue(t.line("Russian withdrawal").startsWith("  #2"), t.text());
      t.type("3");
      assertTrue(t.text().contains("You said: 2 1 3"), t.text());
      assertTrue(t.line("Answer:").contains("2 (1991) → 1 (1993) → 3 (2018)"), t.text());
      t.press(KeyType.Enter);
      assertEquals(3, reviews(t));
    }
  }

  @Test
  void summaryAfterTheLastQuestion() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.english())).start()) {
      t.press(KeyType.Enter);
      t.clock.advance(Duration.ofSeconds(12));
      t.type("t").type("4");
      assertTrue(t.lines().get(0).contains("Session summary"), t.text());
      assertEquals("  Answered           1", t.line("Answered"));
      assertEquals("  Correct            1 / 1 (100%)", t.line("Correct"));
      assertEquals("  Time               0:12  (12.0 s per answer)", t.line("Time"));
      assertEquals("  Next due           in 10d  (2026-12-03 09:00)", t.line("Next due"));
      t.press(KeyType.Enter);
      assertTrue(t.lines().get(0).contains("Home"), t.text());
    }
  }

  @Test
  void nothingToStudyIsSaidPlainly() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.english())).start()) {
      t.press(KeyType.Enter).type("t4").press(KeyType.Enter);
      t.press(KeyType.Enter);
      assertTrue(t.text().contains("Nothing to study now."), t.text());
      t.type("q");
      assertTrue(t.lines().get(0).contains("Home"));
    }
  }

  @Test
  void leavingAfterAnsweringKeepsTheAnswerWithTheMarkedGrade() throws Exception {
    try (Tui t = new Tui(dir, all()).start()) {
      t.press(KeyType.Enter).type("1993").press(KeyType.Enter).press(KeyType.ArrowLeft);
      t.type("q");
      assertEquals(1, reviews(t));
      assertEquals(2, lastRating(t));
      assertTrue(t.lines().get(0).contains("Session summary"), t.text());
      assertEquals("  Answered           1", t.line("Answered"));
      t.type("q");
      assertTrue(t.lines().get(0).contains("Home"));
    }
  }

  @Test
  void ctrlCQuitsAndKeepsEveryAnswer() throws Exception {
    try (Tui t = new Tui(dir, all()).start()) {
      t.press(KeyType.Enter).type("1993").press(KeyType.Enter).type("3");
      t.type("1991").press(KeyType.Enter);
      t.ctrl('c');
      assertTrue(t.app.quitting());
      assertEquals(2, reviews(t), "graded answer and the answered-but-ungraded one are kept");
    }
  }

  @Test
  void theLoopEndsOnEndOfInputAndKeepsAnswers() throws Exception {
    try (Tui t = new Tui(dir, all())) {
      for (KeyStroke k : new KeyStroke[] {new KeyStroke(KeyType.Enter),
          new KeyStroke('1', false, false), new KeyStroke('9', false, false),
          new KeyStroke('9', false, false), new KeyStroke('3', false, false),
          new KeyStroke(KeyType.Enter), new KeyStroke('3', false, false),
          new KeyStroke(KeyType.EOF)}) {
        t.vt.addInput(k);
      }
      t.app.run();
      assertEquals(1, reviews(t));
    }
  }

  @Test
  void qOnHomeQuits() throws Exception {
    try (Tui t = new Tui(dir, all()).start()) {
      t.type("q");
      assertTrue(t.app.quitting());
    }
  }

  @Test
  void helpListsTheKeysAndQGoesBack() throws Exception {
    try (Tui t = new Tui(dir, all()).start()) {
      t.type("?");
      assertTrue(t.lines().get(0).contains("Help"), t.text());
      assertTrue(t.text().contains("1 Again 2 Hard 3 Good 4 Easy"), t.text());
      assertTrue(t.text().contains("d          disable / enable"), t.text());
      t.type("q");
      assertTrue(t.lines().get(0).contains("Home"));
      t.press(KeyType.Enter).type("?");
      assertFalse(t.lines().get(0).contains("Help"), "? is typed into a cloze answer");
      assertEquals("  Answer: ?▏", t.line("Answer:"));
    }
  }

  @Test
  void tooSmallShowsAMessageAndResizesLive() throws Exception {
    try (Tui t = new Tui(dir, all(), 50, 12, Map.of()).start()) {
      assertTrue(t.text().contains("Terminal too small: 50x12"), t.text());
      assertTrue(t.text().contains("factdrill needs at least 60x16."), t.text());
      t.press(KeyType.Enter);
      assertTrue(t.text().contains("Terminal too small"), "keys other than q do nothing");
      t.vt.setTerminalSize(new TerminalSize(80, 24));
      t.app.redraw();
      assertTrue(t.lines().get(0).contains("Home"), t.text());
      t.vt.setTerminalSize(new TerminalSize(60, 16));
      t.app.redraw();
      assertTrue(t.lines().get(0).startsWith(" factdrill · Home "), t.text());
      assertTrue(t.lines().get(0).endsWith(" Profile: ana"), t.text());
      assertEquals(59, t.lines().get(0).length());
    }
  }

  @Test
  void noColorGivesMonochromeWithReverseForTheSelection() throws Exception {
    try (Tui t = new Tui(dir, all(), 80, 24, Map.of("NO_COLOR", "1")).start()) {
      t.press(KeyType.Enter).type("1993").press(KeyType.Enter);
      int row = t.lines().indexOf(t.line("Again"));
      int col = t.line("Again").indexOf("[3 Good");
      TextCharacter sel = t.vt.getCharacter(col + 1, row);
      assertTrue(sel.getModifiers().contains(SGR.REVERSE));
      for (int r = 0; r < 24; r++) {
        for (int c = 0; c < 80; c++) {
          assertEquals(TextColor.ANSI.DEFAULT, t.vt.getCharacter(c, r).getForegroundColor());
        }
      }
    }
  }

  @Test
  void colourIsUsedWithoutNoColor() throws Exception {
    try (Tui t = new Tui(dir, all()).start()) {
      t.press(KeyType.Enter).type("1993").press(KeyType.Enter);
      int row = t.lines().indexOf(t.line("Correct"));
      assertEquals(TextColor.ANSI.GREEN, t.vt.getCharacter(2, row).getForegroundColor());
    }
  }

  @Test
  void bankBrowserListsSearchesAndShowsProvenanceAndHistory() throws Exception {
    try (Tui t = new Tui(dir, all()).start()) {
      t.press(KeyType.Enter).type("1993").press(KeyType.Enter).type("3").press(KeyType.Escape);
      t.type("q").type("b");
      assertTrue(t.lines().get(0).contains("Bank · bank.json"), t.text());
      assertTrue(t.line("Search:").endsWith("5 / 5"), t.text());
      assertTrue(t.line("truefalse").contains("True or false: the United States"), t.text());
      t.type("/lang:vi");
      assertTrue(t.line("Search:").endsWith("1 / 5"), t.text());
      assertTrue(t.line("cloze").contains("Sau khi Liên Xô"), t.text());
      t.press(KeyType.Escape);
      t.type("/kind:money").press(KeyType.Enter);
      assertTrue(t.line("Search:").endsWith("1 / 5"), t.text());
      t.press(KeyType.Escape);
      assertTrue(t.lines().get(0).contains("Home"), "Esc in the list goes back");
      t.type("b/src:000 ").press(KeyType.Enter);
      assertTrue(t.line("Search:").endsWith("2 / 5"), t.text());
      t.press(KeyType.Enter);
      assertTrue(t.text().contains("he1  cloze  he"), t.text());
      assertTrue(t.text().contains("Source: 000_he.txt  [125..129)  date"), t.text());
      assertTrue(t.line("History:").startsWith("  History: Learning, due 2026-11-23 09:10"),
          t.text());
      assertTrue(t.line("Good  ✓").contains("2026-11-23 09:00  Good  ✓ 1993"), t.text());
      assertTrue(t.line("Good  ✓").endsWith("New→Learning"), t.text());
    }
  }

  @Test
  void disablingAndEditingAreSavedToTheBankFile() throws Exception {
    try (Tui t = new Tui(dir, all()).start()) {
      t.type("b");
      t.press(KeyType.ArrowDown).type("d");
      assertTrue(t.text().contains("Saved: vi1 (disabled)"), t.text());
      Bank saved = new BankJson().load(t.bankPath);
      assertTrue(saved.questions().get(1).isDisabled());
      t.press(KeyType.Enter).type("e");
      t.ctrl('u');
      t.type("Năm _____ Liên Xô tan rã.").press(KeyType.Enter);
      saved = new BankJson().load(t.bankPath);
      Question q = saved.questions().get(1);
      assertEquals("Năm _____ Liên Xô tan rã.", q.prompt());
      assertTrue(q.isEdited());
      assertTrue(q.isDisabled());
      assertTrue(t.text().contains("[disabled]  [edited]"), t.text());
      t.type("d");
      assertFalse(new BankJson().load(t.bankPath).questions().get(1).isDisabled());
      // A disabled question is left out of study.
      t.press(KeyType.Escape).type("d");
      assertTrue(new BankJson().load(t.bankPath).questions().get(1).isDisabled());
      t.press(KeyType.Escape);
      assertTrue(t.lines().get(0).contains("Home"), t.text());
      t.press(KeyType.Enter).type("1993").press(KeyType.Enter).type("3");
      assertTrue(t.text().contains("choice · he"), "vi1 skipped: " + t.text());
    }
  }

  @Test
  void editCanBeCancelledAndAnEmptyPromptIsRefused() throws Exception {
    try (Tui t = new Tui(dir, all()).start()) {
      t.type("b").type("e");
      t.ctrl('u').press(KeyType.Enter);
      assertTrue(t.text().contains("the prompt cannot be empty"), t.text());
      t.press(KeyType.Escape);
      assertFalse(new BankJson().load(t.bankPath).questions().get(0).isEdited());
    }
  }

  @Test
  void settingsAreStoredPerProfileAndSwitchTheInterfaceLanguage() throws Exception {
    try (Tui t = new Tui(dir, all()).start()) {
      t.type("o");
      assertTrue(t.line("Desired retention").contains("◂ 90% ▸"), t.text());
      t.press(KeyType.ArrowRight);
      assertTrue(t.line("Desired retention").contains("◂ 91% ▸"), t.text());
      assertEquals("0.91", t.store.settings(t.app.profile().id()).get("desired_retention"));
      t.press(KeyType.ArrowDown).type("-");
      assertEquals("15", t.store.settings(t.app.profile().id()).get("new_per_day"));
      t.press(KeyType.ArrowDown).press(KeyType.ArrowDown).press(KeyType.ArrowRight);
      assertEquals("vi", t.store.settings(t.app.profile().id()).get("ui_language"));
      assertTrue(t.lines().get(0).contains("Cài đặt"), t.text());
      assertTrue(t.text().contains("số dữ kiện mới mỗi ngày"), t.text());
      assertTrue(t.text().contains("(1 hồ sơ: ana)"), t.text());
      t.type("q");
      assertTrue(t.lines().get(0).contains("Trang chính"), t.text());
      assertTrue(t.text().contains("Đến hạn 0"), t.text());
      t.type("o").type("n").type("bo").press(KeyType.Enter);
      assertEquals("bo", t.app.profile().name());
      assertTrue(t.line("Desired retention").contains("◂ 90% ▸"), "bo has defaults: " + t.text());
      t.press(KeyType.ArrowDown).press(KeyType.ArrowDown).press(KeyType.ArrowRight);
      assertEquals("ana", t.app.profile().name());
      assertTrue(t.lines().get(0).contains("Cài đặt"), "ana's language again: " + t.text());
    }
  }

  @Test
  void newCardsPerDayLimitsTheSession() throws Exception {
    try (Tui t = new Tui(dir, all()).start()) {
      t.app.putSetting("new_per_day", "2");
      t.app.redraw();
      t.press(KeyType.Enter);
      assertTrue(t.line("done").startsWith("  0 done · 2 remaining"), t.text());
    }
  }

  @Test
  void homeDrawsBeforeTheBankHasLoadedAndFillsInWhenItArrives() throws Exception {
    CompletableFuture<Bank> loading = new CompletableFuture<>();
    try (Tui t = new Tui(dir, all(), loading, 80, 24, Map.of()).start()) {
      assertEquals("  Due now 0                 Due today 0               New …",
          t.lines().get(2));
      assertTrue(t.text().contains("loading the bank…"), t.text());
      loading.complete(all());
      t.app.redraw();
      assertEquals("  Due now 0                 Due today 0               New 5 / 5",
          t.lines().get(2));
      assertFalse(t.text().contains("loading the bank…"), t.text());
    }
  }

  @Test
  void aBankThatFailsToLoadEndsTheTuiWithItsMessage() throws Exception {
    CompletableFuture<Bank> loading = new CompletableFuture<>();
    try (Tui t = new Tui(dir, all(), loading, 80, 24, Map.of()).start()) {
      loading.completeExceptionally(new IllegalStateException("bank.json:3:7: malformed JSON"));
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> t.press(KeyType.Enter));
      assertEquals("bank.json:3:7: malformed JSON", e.getMessage());
    }
  }

  @Test
  void shutdownFromAnotherThreadSavesThePendingAnswer() throws Exception {
    try (Tui t = new Tui(dir, all()).start()) {
      t.press(KeyType.Enter).type("1993").press(KeyType.Enter);
      Thread hook = new Thread(() -> {
        try {
          t.app.shutdown();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      hook.start();
      hook.join();
      assertEquals(1, reviews(t));
      assertEquals(3, lastRating(t));
      assertTrue(t.app.quitting());
      t.app.shutdown();
      assertEquals(1, reviews(t), "leaving twice saves once");
    }
  }

  @Test
  void aLongTypedAnswerShowsItsEndWithTheCursor() throws Exception {
    try (Tui t = new Tui(dir, all()).start()) {
      t.press(KeyType.Enter).type("x".repeat(100) + "END");
      String line = t.line("Answer:");
      assertTrue(line.startsWith("  Answer: …xxx"), line);
      assertTrue(line.endsWith("xxxEND▏"), line);
      assertEquals(78, line.length(), "ends at the right margin");
    }
  }

  @Test
  void onTheSmallestScreenGradedOptionsShrinkSoTheSourceFits() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.mixed()), 60, 16, Map.of()).start()) {
      t.press(KeyType.Enter).type("1");
      assertTrue(t.text().contains("15,000 (1"), t.text());
      assertTrue(t.text().contains("23,000 (2"), t.text());
      assertFalse(t.text().contains("30,000 (3"), t.text());
      assertTrue(t.text().contains("— Source: 000_he.txt"), t.text());
      assertTrue(t.line("Again").contains("[1 Again 1m]"), t.text());
    }
  }

  @Test
  void sOpensTheStatsScreenWithTheProfilesReviews() throws Exception {
    try (Tui t = new Tui(dir, all()).start()) {
      t.press(KeyType.Enter).type("1993").press(KeyType.Enter).type("3");
      t.press(KeyType.Escape).press(KeyType.Escape);
      t.type("s");
      assertTrue(t.lines().get(0).contains("Stats"), t.text());
      assertTrue(t.text().contains("Reviews 1 · correct 100.0%"), t.text());
      t.press(KeyType.Escape);
      assertTrue(t.lines().get(0).contains("Home"), t.text());
    }
  }
}
