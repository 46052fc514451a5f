package org.factdrill.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.factdrill.stats.LeechReportTest;
import org.factdrill.stats.StatsCalculator;
import org.factdrill.stats.StatsFixture;
import org.factdrill.stats.StatsReport;
import org.factdrill.stats.StatsScope;
import org.factdrill.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Stats screen lists leeches (failures, lapses, state, sentence) on the virtual terminal. */
class StatsLeechesScreenTest {
  @TempDir Path dir;

  @Test
  void statsScreenListsLeechesWithTheirState() throws Exception {
    Path db = dir.resolve("leeches.db");
    LeechReportTest.build(db);
    StatsReport r;
    try (Store store = Store.open(db)) {
      r = new StatsCalculator(store.progress(), StatsFixture.CLOCK)
          .compute(StatsScope.profile("alice", null));
    }
    List<String> s = StatsViewTest.screen(r, 80, 80);
    String all = String.join("\n", s);
    int title = -1;
    for (int i = 0; i < s.size(); i++) {
      if (s.get(i).startsWith("Leeches: 2 ")) {
        title = i;
      }
    }
    assertTrue(title > 0, all);
    String first = s.get(title + 1);
    String second = s.get(title + 2);
    assertTrue(first.matches("\\s+8\\s+\\d+ suspended\\s+\\S.*"), first);
    assertTrue(second.matches("\\s+1\\s+\\d+ studied\\s+\\S.*"), second);
    assertEquals(2, r.leeches().size());
  }
}
