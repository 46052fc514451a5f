package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A reference listing of one paragraph per entity, the entity's name glued before the
 * paragraph's first sentence with a space only, column headers as lines above: the label is the
 * context line of every question of its row and no part of a prompt, a header is never a context
 * line, and a chronology item never pairs two rows' events. Every listing here is generated
 * from invented names (3 to 10 rows, labels of 1 to 4 words, rows of 1 to 4 sentences).
 */
class LabelRowsListingTest {
  private static final String[] NAME = {"Tor", "vel", "Mar", "dun", "Kes", "sal", "Orl", "ven",
      "Bra", "lim", "Quo", "ras"};
  private static final String[] TOKEN = {"pif", "zub", "gox", "wem", "yut", "jaz", "hik", "fep",
      "nud", "kov"};
  private static final String[] HEADERS = {"Entity", "Background"};

  private static String word(Random r) {
    String a = NAME[r.nextInt(NAME.length)];
    String b = NAME[r.nextInt(NAME.length)].toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(a.charAt(0)) + a.substring(1).toLowerCase(java.util.Locale.ROOT)
        + b + "ia";
  }

  private static String label(Random r, int n) {
    return switch (n) {
      case 1 -> word(r);
      case 2 -> word(r) + " " + word(r);
      case 3 -> word(r) + " and " + word(r);
      default -> word(r) + " " + word(r) + " and " + word(r);
    };
  }

  /** One generated row: its label, its marker word (in every sentence), its text. */
  private record Row(String label, String token, String text) {}

  private record Listing(String text, List<Row> rows, boolean headers) {}

  private static Listing listing(Random r) {
    return listing(r, 3 + r.nextInt(8), r.nextBoolean());
  }

  /** A short excerpt of a listing: two rows under the column headers. */
  private static Listing excerpt(Random r) {
    return listing(r, 2, true);
  }

  private static Listing listing(Random r, int n, boolean headers) {
    boolean blank = r.nextBoolean();
    boolean wrap = r.nextBoolean(); // an e-book's hard-wrapped lines, or one line a row
    StringBuilder t = new StringBuilder(headers ? String.join("\n", HEADERS) + "\n" : "");
    List<Row> rows = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < n; i++) {
      String lab;
      do {
        lab = label(r, 1 + r.nextInt(4));
      } while (!labels.add(lab.split(" ")[0])
          || new HashSet<>(List.of(lab.split(" "))).size() < lab.split(" ").length);
      String tok = TOKEN[i] + "ander";
      int year = 1100 + r.nextInt(300);
      StringBuilder row = new StringBuilder();
      row.append(switch (r.nextInt(4)) {
        case 0 -> "The " + tok + " guild was founded in " + year + " by river towns.";
        case 1 -> "In " + year + ", the " + tok + " guild built a harbour of stone.";
        case 2 -> lab + " declared independence from the " + tok + " league in " + year + ".";
        default -> lab + "'s first " + tok + " council met in " + year + ".";
      });
      int more = r.nextInt(4);
      String[] later = {"The %s guild signed a trade treaty in %d.",
          "A great flood struck the %s valley in %d.",
          "The %s assembly adopted a new charter in %d.",
          "The council of the %s towns moved to a new hall in %d."};
      for (int k = 0; k < more; k++) {
        year += 7 + r.nextInt(40);
        row.append(' ').append(String.format(later[k], tok, year));
      }
      rows.add(new Row(lab, tok, row.toString()));
      String line = lab + " " + row;
      t.append(wrap ? wrapped(line) : line).append(blank ? "\n\n" : "\n");
    }
    return new Listing(t.toString(), rows, headers);
  }

  /** {@code line} hard-wrapped at about 66 characters, as an e-book's text is. */
  private static String wrapped(String line) {
    return org.factdrill.text.Wrap.at(line, 66, "\n");
  }

  /** The row whose marker word {@code s} holds; -1 when none. */
  private static Set<Integer> rowsOf(List<Row> rows, String s) {
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      if (s.contains(rows.get(i).token())) {
        out.add(i);
      }
    }
    return out;
  }

  @Test
  void aRowsLabelIsTheContextOfItsQuestionsAndNoPartOfTheirPrompts() {
    assertTrue(labelled(LabelRowsListingTest::listing) > 100);
  }

  @Test
  void aShortExcerptsRowLabelIsTheContextOfItsQuestions() {
    assertTrue(labelled(LabelRowsListingTest::excerpt) > 40);
  }

  /** Checks every question's context and prompt on 40 listings; how many were asked. */
  private static int labelled(java.util.function.Function<Random, Listing> make) {
    int asked = 0;
    for (int seed = 0; seed < 40; seed++) {
      Listing l = make.apply(new Random(seed));
      Result res = Fixtures.extracted(Language.EN, l.text());
      for (Question q : res.bank().questions()) {
        if (q instanceof Question.Timeline || q instanceof Question.WhichFirst
            || q instanceof Question.YearsBetween) {
          continue;
        }
        Set<Integer> rows = rowsOf(l.rows(), q.prompt());
        String where = seed + ": " + q.context() + " | " + q.prompt() + "\n" + l.text();
        assertFalse(rows.isEmpty(), where);
        int i = rows.iterator().next();
        Row row = l.rows().get(i);
        assertEquals(row.label(), q.context(), where);
        String glued = row.label() + " " + row.text().split(" ")[0];
        assertFalse(q.prompt().contains(glued), where);
        asked++;
      }
    }
    return asked;
  }

  @Test
  void aColumnHeaderIsNeverAContextLine() {
    for (int seed = 0; seed < 40; seed++) {
      Listing l = listing(new Random(seed));
      for (Question q : Fixtures.extracted(Language.EN, l.text()).bank().questions()) {
        for (String h : HEADERS) {
          assertFalse(q.context() != null && q.context().contains(h),
              seed + ": " + q.context() + " | " + q.prompt());
        }
      }
    }
  }

  @Test
  void aChronologyItemPairsEventsOfOneRowOnly() {
    assertTrue(chronology(LabelRowsListingTest::listing) > 0, "no chronology item made");
  }

  @Test
  void aShortExcerptsChronologyItemPairsEventsOfOneRowOnly() {
    assertTrue(chronology(LabelRowsListingTest::excerpt) > 0, "no chronology item made");
  }

  /** Checks every chronology item's rows and context on 40 listings; how many were made. */
  private static int chronology(java.util.function.Function<Random, Listing> make) {
    int items = 0;
    for (int seed = 0; seed < 40; seed++) {
      Listing l = make.apply(new Random(seed));
      for (Question q : Fixtures.extracted(Language.EN, l.text()).bank().questions()) {
        List<Question.Event> events = q instanceof Question.WhichFirst w ? w.events()
            : q instanceof Question.YearsBetween y ? y.events()
            : q instanceof Question.Timeline t ? t.events() : List.of();
        if (events.isEmpty()) {
          continue;
        }
        Set<Integer> rows = new HashSet<>();
        events.forEach(e -> rows.addAll(rowsOf(l.rows(), e.text())));
        assertEquals(1, rows.size(), seed + ": " + events + "\n" + l.text());
        int row = rows.iterator().next();
        assertEquals(l.rows().get(row).label(), q.context(), seed + ": " + q.prompt());
        items++;
      }
    }
    return items;
  }

  @Test
  void aFoundingIsNotAskedBeforeTheSameEntitysIndependence() {
    String text = "Entity\nBackground\n"
        + "Torvelia The river league of the north was founded in 1204 by merchant towns. The"
        + " league became independent from the old crown in 1871.\n"
        + "Marduria In 1302, the salt traders built a harbour of stone. The harbour towns"
        + " joined a customs union in 1650.\n"
        + "Kessalia Kessalia's first elected council met in 1411. A great flood struck the"
        + " valley in 1530.\n";
    Result res = Fixtures.extracted(Language.EN, text);
    for (Question q : res.bank().questions()) {
      if (q instanceof Question.WhichFirst w) {
        assertFalse(w.events().stream().anyMatch(e -> e.text().contains("founded"))
            && w.events().stream().anyMatch(e -> e.text().contains("independent")),
            w.events().toString());
      }
    }
    assertTrue(Fixtures.skipped(res, SkipReason.ORDER_IN_WORDING, "1871"), "not skipped");
  }

  @Test
  void proseParagraphsAndRepeatedHeadlinesAreNoListing() {
    String text = "Harbour Fire Turns 60 This Week\n"
        + "Harbour Fire Turns 60 This Week\n\n"
        + "Torvelia Marsh lies south of the old harbour. In 1204 the river towns met there.\n\n"
        + "Kessalia Brand was born in 1302. She built a harbour of stone in 1340.\n\n"
        + "Welcome to the Harbour Museum, where the fire of 1961 is told.\n\n"
        + "Orlvenia Tane Kessalia founded the guild in 1411. The guild grew for a century.\n";
    org.factdrill.text.Document d = new org.factdrill.text.Document("t.txt", text, Language.EN);
    assertTrue(d.layout().rowLabels().isEmpty(), d.layout().rowLabels().toString());
    assertEquals(text, d.text());
  }
}
