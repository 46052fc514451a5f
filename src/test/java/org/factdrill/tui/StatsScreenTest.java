package org.factdrill.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Stats screen scrolls, and its hardest facts count failures from the review log. */
class StatsScreenTest {
  @TempDir
  Path dir;

  /** Fails the first card (a wrong answer, graded Again), then opens Stats. */
  private static Tui failOneAndOpenStats(Tui t) throws Exception {
    t.press(KeyType.Enter).type("1111").press(KeyType.Enter).type("1");
    t.press(KeyType.Escape).press(KeyType.Escape);
    t.type("s");
    assertTrue(t.lines().get(0).contains("Stats"), t.text());
    return t;
  }

  @Test
  void everySectionIsReachableOnASmallTerminal() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.hebrew(), Tui.english()), 60, 16, Map.of()).start()) {
      failOneAndOpenStats(t);
      assertTrue(t.text().contains("Reviews 1 · correct 0.0%"), t.text());
      assertFalse(t.text().contains("Hardest facts"), t.text());
      t.press(KeyType.End);
      assertTrue(t.text().contains("Hardest facts"), t.text());
      assertFalse(t.text().contains("Reviews 1 · correct"), t.text());
      t.press(KeyType.Home);
      assertTrue(t.text().contains("Reviews 1 · correct 0.0%"), t.text());
      t.press(KeyType.PageDown).press(KeyType.PageDown).press(KeyType.PageDown)
          .press(KeyType.PageDown).press(KeyType.PageDown);
      assertTrue(t.text().contains("Hardest facts"), "PgDn reaches the end: " + t.text());
      t.press(KeyType.PageUp).press(KeyType.PageUp).press(KeyType.PageUp)
          .press(KeyType.PageUp).press(KeyType.PageUp);
      assertTrue(t.text().contains("Reviews 1 · correct"), t.text());
      t.press(KeyType.ArrowDown);
      assertFalse(t.lines().get(1).contains("Stats: ana"), "one row down: " + t.text());
      t.press(KeyType.ArrowUp);
      assertTrue(t.lines().get(1).contains("Stats: ana"), t.text());
    }
  }

  @Test
  void aCardFailedMinutesAgoIsHardestWithItsFailureAndLastAnswer() throws Exception {
    try (Tui t = new Tui(dir, Tui.bank(Tui.hebrew(), Tui.english()), 80, 60, Map.of()).start()) {
      failOneAndOpenStats(t);
      String line = t.line("Hardest facts");
      assertTrue(line.contains("failures"), t.text());
      int at = t.lines().indexOf(line);
      String first = t.lines().get(at + 1);
      assertTrue(first.startsWith("  1 Again      -  "),
          "1 failure, last answer Again, no 100 % recall: " + t.text());
    }
  }
}
