package org.factdrill.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.factdrill.bank.Bank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact screen text of the study screen for a Hebrew question (wrapped in logical order, each line
 * reordered and right-aligned), a Vietnamese one stored decomposed (NFD), and a mixed
 * Hebrew + digits + Latin one, on Lanterna's DefaultVirtualTerminal at 80x24.
 */
class StudyScreenTextTest {
  @TempDir Path dir;

  private static String screen(String... rows) {
    List<String> all = new ArrayList<>(Arrays.asList(rows));
    while (all.size() < 24) {
      all.add(all.size() - 1, "");
    }
    return String.join("\n", all);
  }

  private static final String HE_ANSWER = screen(
        " factdrill · Study                                                 Profile: ana",
        "  0 done · 1 remaining · 0 ✓                                        cloze · he",
        "",
        "      _____ תנשבש ,בוקזיר יאלוקינ ,תוצעומה-תירב תלשממ שאר תרהזאב קפס ליטהל ןיא",
        "                  .יאבצ חוכ ליעפת הווקסומו ירמויגמ םייסורה תוחוכה תגיסנ המלשוה",
        "",
        "                                                                         (הנש)",
        "  Answer: ▏",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " type the answer, Enter check   Esc leave   u (empty) / Ctrl-Z undo last");

  private static final String HE_GRADE = screen(
        " factdrill · Study                                                 Profile: ana",
        "  0 done · 1 remaining · 0 ✓                                        cloze · he",
        "",
        "      _____ תנשבש ,בוקזיר יאלוקינ ,תוצעומה-תירב תלשממ שאר תרהזאב קפס ליטהל ןיא",
        "                  .יאבצ חוכ ליעפת הווקסומו ירמויגמ םייסורה תוחוכה תגיסנ המלשוה",
        "",
        "",
        "  ✓ Correct   You said: 1993",
        "  Answer: 1993",
        "                                .ירמויגמ םייסורה תוחוכה תגיסנ המלשוה 1993 תנשב",
        "  — Source: 000_he.txt",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "   1 Again 1m    2 Hard 5m   [3 Good 10m]   4 Easy 10d",
        "",
        " 1-4 grade   Enter Good   ←/→ choose   q leave (saves)");

  private static final String VI_ANSWER = screen(
        " factdrill · Study                                                 Profile: ana",
        "  0 done · 1 remaining · 0 ✓                                        cloze · vi",
        "",
        "  Sau khi Liên Xô tan rã mùa thu năm _____, cả hai phe tìm kiếm vũ khí.",
        "",
        "  (một năm)",
        "  Answer: ▏",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " type the answer, Enter check   Esc leave   u (empty) / Ctrl-Z undo last");

  private static final String VI_GRADE = screen(
        " factdrill · Study                                                 Profile: ana",
        "  0 done · 1 remaining · 0 ✓                                        cloze · vi",
        "",
        "  Sau khi Liên Xô tan rã mùa thu năm _____, cả hai phe tìm kiếm vũ khí.",
        "",
        "",
        "  ✗ Wrong   You said: 1993",
        "  Answer: 1991",
        "  Difference: 199[-3-]{+1+}",
        "  Sau khi Liên Xô tan rã mùa thu năm 1991, cả hai phe tìm kiếm vũ khí.",
        "  — Source: 001_vi.txt",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "  [1 Again 1m]   2 Hard 5m    3 Good 10m    4 Easy 10d",
        "",
        " 1-4 grade   Enter Again   ←/→ choose   q leave (saves)");

  private static final String MIXED_ANSWER = screen(
        " factdrill · Study                                                 Profile: ana",
        "  0 done · 1 remaining · 0 ✓                                       choice · he",
        "",
        "                            ?Gyumri דיל Russia לש 102-ה סיסבב ותריש םילייח המכ",
        "",
        "                                                                     15,000 (1",
        "                                                                     23,000 (2",
        "                                                                     30,000 (3",
        "                                                                      5,000 (4",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " 1-4 choose   u undo last   q leave   ? help");

  private static final String MIXED_GRADE = screen(
        " factdrill · Study                                                 Profile: ana",
        "  0 done · 1 remaining · 0 ✓                                       choice · he",
        "",
        "                            ?Gyumri דיל Russia לש 102-ה סיסבב ותריש םילייח המכ",
        "",
        "                                                                     15,000 (1",
        "                                                                     23,000 (2",
        "                                                                     30,000 (3",
        "                                                                      5,000 (4",
        "",
        "  ✓ Correct",
        "  Answer: 23,000",
        "                         .םילייח 23,000 ותריש Gyumri דיל Russia לש 102-ה סיסבב",
        "  — Source: 000_he.txt",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "   1 Again 1m    2 Hard 5m   [3 Good 10m]   4 Easy 9d",
        "",
        " 1-4 grade   Enter Good   ←/→ choose   q leave (saves)");

  @Test
  void hebrewQuestionIsWrappedLogicallyReorderedAndRightAligned() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.hebrew())).start()) {
      t.press(KeyType.Enter);
      assertEquals(HE_ANSWER, t.text());
      t.type("1993").press(KeyType.Enter);
      assertEquals(HE_GRADE, t.text());
    }
  }

  @Test
  void hebrewFactIsHighlightedInTheSourceSentence() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.hebrew())).start()) {
      t.press(KeyType.Enter).type("1993").press(KeyType.Enter);
      List<String> lines = t.lines();
      int row = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(".ירמויגמ םייסורה תוחוכה תגיסנ המלשוה 1993 תנשב")) {
          row = i;
        }
      }
      assertTrue(row > 0, t.text());
      int col = lines.get(row).indexOf("1993");
      for (int c = 0; c < lines.get(row).length(); c++) {
        TextCharacter ch = t.vt.getCharacter(c, row);
        boolean inFact = c >= col && c < col + 4;
        assertEquals(inFact, ch.getForegroundColor() == TextColor.ANSI.YELLOW,
            "column " + c + " '" + ch.getCharacterString() + "'");
      }
    }
  }

  @Test
  void sourcesAreNamedByTheirTitleOnHomeAndInStudy() throws Exception {
    Bank b = Tui.bank(Tui.english());
    String file = b.questions().get(0).facts().get(0).source();
    b = new Bank(b.schemaVersion(), b.generator(),
        List.of(new Bank.SourceInfo(file, null, "en", "The Wall Comes Down")), b.questions());
    try (Tui t = new Tui(dir, b).start()) {
      assertTrue(t.text().contains("The Wall Comes Down"), t.text());
      assertFalse(t.text().contains(file), t.text());
      t.press(KeyType.Enter);
      t.type("t");
      assertTrue(t.text().contains("— Source: The Wall Comes Down"), t.text());
    }
  }

  @Test
  void everyInterfaceLanguageShowsStudyAndHomeWithoutEnglishWords() throws Exception {
    for (String lang : List.of("vi", "he", "ru")) {
      try (Tui t = new Tui(dir.resolve(lang), Tui.bank(Tui.hebrew(), Tui.english()))) {
        t.app.putSetting("ui_language", lang);
        t.start();
        assertNoEnglish(lang + " home", t.text());
        t.press(KeyType.Enter);
        assertNoEnglish(lang + " study", t.text().replace(Tui.english().prompt(), ""));
        t.type("?");
        assertNoEnglish(lang + " help", t.text());
      }
    }
  }

  /** Interface words that would betray an untranslated string (key names like Enter are keys). */
  private static void assertNoEnglish(String where, String screen) {
    for (String w : List.of("Home", "Study", "study", "bank", "settings", "help", "quit", "Due",
        "New", "Streak", "Source", "remaining", "done", "back", "leave", "undo", "choose",
        "Again", "Good", "Easy", "Hard", "Answer", "type the")) {
      assertFalse(screen.matches("(?s).*\\b" + w + "\\b.*"), where + ": '" + w + "' in\n" + screen);
    }
  }

  @Test
  void hebrewInterfaceKeepsEachCountWithItsWordAndTheFileNameWhole() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.hebrew(), Tui.english()))) {
      t.app.putSetting("ui_language", "he");
      t.start();
      t.press(KeyType.Enter);
      // "0 בוצעו · 2 נותרו · 0 ✓": each piece an isolate, so its number stays beside its word;
      // the right-to-left interface starts it at the right edge (two columns in).
      assertTrue(t.rows().get(1).endsWith("✓ 0 · ורתונ 2 · ועצוב 0  "), t.rows().get(1));
      t.type("1993").press(KeyType.Enter);
      // "— מקור: 000_he.txt" read from the right: the colon ends the label, the name is whole.
      assertTrue(t.rows().stream().anyMatch(r -> r.endsWith("000_he.txt :רוקמ —  ")), t.text());
    }
  }

  @Test
  void vietnameseStoredDecomposedShowsOneCellPerLetter() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.vietnameseNfd())).start()) {
      t.press(KeyType.Enter);
      assertEquals(VI_ANSWER, t.text());
      t.type("1993").press(KeyType.Enter);
      assertEquals(VI_GRADE, t.text());
    }
  }

  @Test
  void withoutColourTheChosenAndTheRightOptionAreMarked() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.mixed()), 80, 24,
        java.util.Map.of("NO_COLOR", "1")).start()) {
      t.press(KeyType.Enter);
      t.type("1"); // 15,000: wrong; 23,000 is right
      List<String> rows = Arrays.asList(t.text().split("\n"));
      String chosen = rows.stream().filter(r -> r.contains("15,000")).findFirst().orElseThrow();
      String right = rows.stream().filter(r -> r.contains("23,000 (2")).findFirst().orElseThrow();
      String other = rows.stream().filter(r -> r.contains("30,000")).findFirst().orElseThrow();
      assertTrue(chosen.contains("✗"), chosen);
      assertTrue(right.contains("✓"), right);
      assertTrue(!other.contains("✓") && !other.contains("✗"), other);
    }
  }

  @Test
  void mixedHebrewDigitsAndLatinKeepDigitAndLatinRunsLeftToRight() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.mixed())).start()) {
      t.press(KeyType.Enter);
      assertEquals(MIXED_ANSWER, t.text());
      t.type("2");
      assertEquals(MIXED_GRADE, t.text());
    }
  }

  @Test
  void decomposedTypingComposesInTheAnswerLine() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.vietnameseNfd())).start()) {
      t.press(KeyType.Enter).type("Lie\u0302n Xo\u0302");
      assertEquals("  Answer: Liên Xô▏", t.line("Answer:"));
    }
  }
}
