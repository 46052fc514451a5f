package org.factdrill.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hebrew interface laid out right to left on Lanterna's virtual terminal, read back cell by
 * cell: the terminal shows cells left to right, so what reads first must be at the right edge.
 */
class RightToLeftScreenTest {
  @TempDir
  Path dir;

  private static List<String> rows(DefaultVirtualTerminal vt) {
    List<String> out = new java.util.ArrayList<>();
    for (int r = 0; r < vt.getTerminalSize().getRows(); r++) {
      StringBuilder b = new StringBuilder();
      for (int c = 0; c < vt.getTerminalSize().getColumns(); c++) {
        b.append(vt.getCharacter(c, r).getCharacterString());
      }
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void canvasMirrorsColumnsAndEndsSentencesWhereReadingEnds() throws Exception {
    DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(40, 4));
    TerminalScreen screen = new TerminalScreen(vt);
    screen.startScreen();
    Canvas c = new Canvas(screen.newTextGraphics(), Theme.mono(), 40, 4, true);
    assertTrue(c.rtl());
    // A sentence: right-aligned two columns in, its period at the LEFT end (where reading ends).
    c.text(2, 0, "אין מה ללמוד כעת.", Theme.Role.NORMAL);
    // Label then value: the value lands to the label's left.
    int end = c.text(2, 1, "רצף ", Theme.Role.DIM);
    c.text(end, 1, "4", Theme.Role.TITLE);
    // A file name inside a Hebrew line stays whole and in its own order.
    c.text(2, 2, "מקור: " + Messages.ltr("history-01.txt"), Theme.Role.DIM);
    // Cells put at logical column 0..2 run leftwards from the right edge.
    c.put(0, 3, "a", 1, Theme.Role.BAR);
    c.put(2, 3, "b", 1, Theme.Role.BAR);
    screen.refresh();
    List<String> r = rows(vt);
    assertTrue(r.get(0).endsWith(".תעכ דומלל המ ןיא  "), r.get(0));
    assertTrue(r.get(1).endsWith("4 ףצר  "), r.get(1));
    assertTrue(r.get(2).endsWith("history-01.txt :רוקמ  "), r.get(2));
    assertTrue(r.get(3).endsWith("b a"), r.get(3));
    screen.stopScreen();
  }

  @Test
  void hebrewHomeReadsFromTheRightEdge() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.hebrew(), Tui.english()))) {
      t.app.putSetting("ui_language", "he");
      t.start();
      List<String> r = t.rows();
      String all = String.join("\n", r);
      // Title bar: "factdrill · בית" at the right, "פרופיל: ana" at the left.
      assertTrue(r.get(0).endsWith("תיב · factdrill "), all);
      assertTrue(r.get(0).startsWith(" ana :ליפורפ"), all);
      // "לחזרה עכשיו 0": label at the right, its value to its left.
      assertTrue(r.get(2).endsWith("0 וישכע הרזחל  "), all);
      // File names (no titles in this bank) stay whole inside the right-to-left lines.
      assertTrue(r.stream().anyMatch(x -> x.endsWith("000_he.txt  ")), all);
      // The key hints start at the right edge too: "Enter לימוד" reads first.
      assertTrue(r.get(r.size() - 1).stripTrailing().endsWith("דומיל Enter"), all);
    }
  }

  @Test
  void hebrewStudyScreenMirrorsTheInterfaceAndKeepsLatinContentLeftToRight() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.english()))) {
      t.app.putSetting("ui_language", "he");
      t.start();
      t.press(KeyType.Enter);
      List<String> r = t.rows();
      String all = String.join("\n", r);
      // The English prompt keeps its own direction: left to right, from the left of its box.
      assertTrue(all.contains("True or false: the United States gave $100 million"), all);
      // "t נכון     f לא נכון": keys read from the right.
      assertTrue(r.stream().anyMatch(x -> x.stripTrailing().endsWith("ןוכנ אל f     ןוכנ t")), all);
      t.type("t");
      r = t.rows();
      all = String.join("\n", r);
      // "תשובה: נכון": label at the right; then the grades, 1 (שוב) rightmost.
      assertTrue(r.stream().anyMatch(x -> x.endsWith("ןוכנ :הבושת  ")), all);
      String grades = r.stream().filter(x -> x.contains("בוש") && x.contains("לק")).findFirst()
          .orElseThrow();
      assertTrue(grades.indexOf("בוש") > grades.indexOf("לק"), grades);
      // The mark is on 3 (טוב, suggested for a right answer); ← moves it leftwards: to 4.
      // brackets mirrored around the mark; the interval in Hebrew units (10 דק׳), not "10m"
      assertTrue(grades.contains("[׳קד 10 בוט 3]"), grades);
      t.press(KeyType.ArrowLeft);
      String moved = t.rows().stream().filter(x -> x.contains("בוש") && x.contains("לק"))
          .findFirst().orElseThrow();
      assertTrue(moved.contains("]") && moved.indexOf('[') < moved.indexOf("לק")
          && moved.indexOf(']') > moved.indexOf("לק"), moved);
    }
  }

  @Test
  void englishInterfaceStaysLeftToRight() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.hebrew(), Tui.english())).start()) {
      List<String> r = t.rows();
      assertTrue(r.get(0).startsWith(" factdrill · Home"), r.get(0));
      assertTrue(r.get(2).startsWith("  Due now 0"), r.get(2));
    }
  }

  @Test
  void hebrewStatsScreenIsRightToLeftAndTranslated() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.hebrew(), Tui.english()))) {
      t.app.putSetting("ui_language", "he");
      t.start();
      t.type("s");
      List<String> r = t.rows();
      String all = String.join("\n", r);
      assertEquals("הקיטסיטטס", new StringBuilder("סטטיסטיקה").reverse().toString());
      assertTrue(r.get(1).endsWith("ana :הקיטסיטטס"), all);
      assertTrue(all.contains(".תורזח ןיידע ןיא"), all);
    }
  }
}
