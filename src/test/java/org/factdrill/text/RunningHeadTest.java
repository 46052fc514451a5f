package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A scanned book page's running head (a section's name in capitals, then the page number) is
 * layout: never the page's title, and its page number never the document's date, even when it
 * could be a year. Running heads and pages are generated from made-up words.
 */
class RunningHeadTest {
  private static final String[] WORDS = {"AREA", "TRADE", "HARBOURS", "REVENUE", "SHIPPING",
      "PROVINCES", "CUSTOMS", "RAILWAYS", "EDUCATION", "DEFENCE", "COLONIES", "FISHERIES"};

  private static String head(Random r, int page) {
    StringBuilder b = new StringBuilder();
    int n = 2 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      b.append(WORDS[r.nextInt(WORDS.length)]).append(i == n - 2 && r.nextBoolean() ? " AND " : " ");
    }
    return b.append(page).toString();
  }

  @Test
  void aLineInCapitalsEndingInAPageNumberIsARunningHead() {
    Random r = new Random(1605);
    for (int k = 0; k < 300; k++) {
      String h = head(r, 1 + r.nextInt(2400));
      assertTrue(ChromeLines.runningHead(h, LayoutWords.of(Language.EN)), h);
    }
  }

  @Test
  void headlinesAndDateLinesAreNoRunningHeads() {
    for (String line : new String[] {"THE GREAT FLOOD OF THE VENSA", "HARBOUR TRADE IN 1871",
        "HARBOUR TRADE, 1871", "Harbour trade of Vensa 1871", "TRADE 1871", "HARBOUR TRADE 12345",
        "HARBOUR TRADE AND CUSTOMS1871", "1871"}) {
      assertFalse(ChromeLines.runningHead(line, LayoutWords.of(Language.EN)), line);
    }
  }

  @Test
  void aRunningHeadIsNeverThePagesTitleNorItsPageNumberTheDate() {
    Random r = new Random(16);
    for (int k = 0; k < 60; k++) {
      int page = 1000 + r.nextInt(900); // a page number that reads as a year
      String h = head(r, page);
      String text = "Page:Annual Register of Vensa.djvu/" + (page + 40) + "\n\n" + h + "\n\n"
          + "the harbour of Vensa was enlarged in the spring, and the customs house moved to the "
          + "quay.\n\nThe trade of the province grew by a third between the two surveys, and the "
          + "revenue of the customs rose with it, while the fisheries of the coast kept their old "
          + "share of the province's income.\n";
      Layout l = LayoutClassifier.classify(text, Language.EN, "x.txt");
      assertNotEquals(h, l.title(), text);
      assertTrue(l.date().map(d -> d.year() != page).orElse(true), text);
    }
  }
}
