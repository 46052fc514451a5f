package org.factdrill.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.stats.StatsCalculator;
import org.factdrill.stats.StatsFixture;
import org.factdrill.stats.StatsReport;
import org.factdrill.stats.StatsScope;
import org.factdrill.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Stats screen drawn on a virtual terminal, checked by its text. */
class StatsViewTest {
  @TempDir
  static Path dir;
  static StatsReport alice;

  @BeforeAll
  static void build() throws Exception {
    Path db = dir.resolve("fixture.db");
    StatsFixture.build(db);
    try (Store store = Store.open(db)) {
      alice = new StatsCalculator(store.progress(), StatsFixture.CLOCK)
          .compute(StatsScope.profile("alice", null));
    }
  }

  static List<String> screen(StatsReport report, int cols, int rows) throws Exception {
    DefaultVirtualTerminal term = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
    TerminalScreen screen = new TerminalScreen(term);
    screen.startScreen();
    try {
      new StatsView(report).draw(screen.newTextGraphics(), screen.getTerminalSize());
      screen.refresh();
      List<String> lines = new ArrayList<>();
      for (int y = 0; y < rows; y++) {
        StringBuilder sb = new StringBuilder();
        for (int x = 0; x < cols; x++) {
          sb.append(term.getCharacter(x, y).getCharacterString());
        }
        lines.add(sb.toString().stripTrailing());
      }
      return lines;
    } finally {
      screen.stopScreen();
    }
  }

  @Test
  void showsSummaryChartsCalendarAndHardestFacts() throws Exception {
    List<String> s = screen(alice, 80, 45);
    String all = String.join("\n", s);
    assertTrue(s.get(0).startsWith("Stats: alice"), all);
    assertTrue(s.get(0).endsWith("today 2026-03-20"), all);
    assertEquals("Reviews 14 · correct 71.4% · time 6m 31s", s.get(1));
    assertEquals("Streak 2d (best 3d) · retention 66.7% · mastered 2/5", s.get(2));
    assertTrue(all.contains("Reviews per day, last 30 days"), all);
    // 03-15 had the most reviews (3): a full column; 03-19 (1 review) a third of it.
    int title = s.indexOf("Reviews per day, last 30 days");
    assertTrue(s.get(title + 1).startsWith("3 "), all);
    assertEquals("0", s.get(title + 4).substring(0, 1));
    assertTrue(s.get(title + 5).startsWith("  2026-02-19"), all);
    assertTrue(s.get(title + 5).endsWith("today"), all);
    assertTrue(all.contains("Due, next 30 days (2 overdue)"), all);
    assertTrue(all.contains("Calendar, last 53 weeks (max 3/day)"), all);
    assertTrue(all.contains("Hardest facts (failures, last answer, recall now)"), all);
    assertTrue(all.contains("Russia kept 23,000 troops at its 102nd base."), all);
  }

  @Test
  void barsGrowWithTheCounts() throws Exception {
    List<String> s = screen(alice, 80, 45);
    int title = s.indexOf("Reviews per day, last 30 days");
    // Column of 03-15 (day 25 of the 30 shown, x = 2 + 24) is full on every row.
    for (int r = 1; r <= 4; r++) {
      assertEquals('█', s.get(title + r).charAt(2 + 24), s.get(title + r));
    }
    // 03-19 (1 of 3): 4 rows * 8 / 3 = 10.7 -> 11 eighths: one full cell and a ▃ above it.
    assertEquals('█', s.get(title + 4).charAt(2 + 28));
    assertEquals('▃', s.get(title + 3).charAt(2 + 28));
    assertEquals(' ', s.get(title + 2).charAt(2 + 28));
  }

  @Test
  void hebrewIsDrawnInVisualOrder() throws Exception {
    String all = String.join("\n", screen(alice, 80, 45));
    assertTrue(all.contains(".1993 תנשב המלשוה הגיסנה"), all);
    assertFalse(all.contains("הנסיגה הושלמה"));
  }

  @Test
  void dropsSectionsThatDoNotFit() throws Exception {
    List<String> s = screen(alice, 60, 14);
    String all = String.join("\n", s);
    assertTrue(all.contains("Reviews per day"), all);
    assertFalse(all.contains("Calendar"), all);
    assertTrue(s.stream().allMatch(l -> l.length() <= 60));
  }

  @Test
  void saysWhenTheTerminalIsTooSmall() throws Exception {
    List<String> s = screen(alice, 30, 8);
    assertEquals("Terminal too small for stats:…", s.get(0));
  }

  @Test
  void emptyReportSaysNoReviewsYet() throws Exception {
    StatsReport empty = StatsCalculator.empty(StatsScope.profile("dana", null), StatsFixture.CLOCK);
    List<String> s = screen(empty, 80, 24);
    assertEquals("No reviews yet.", s.get(2));
  }
}
