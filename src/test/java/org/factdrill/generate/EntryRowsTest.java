package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A reference list of rulers: each entry a heading naming it ("3. Name." or a name alone) and
 * short rows whose subject is only that heading ("From 1120 to 1150, 30 years in all."). A row's
 * question shows the entry's name as its context line; a run of such rows under no name heading
 * is not asked. Every list here is generated from invented names.
 */
class EntryRowsTest {
  private static final String[] SYL = {"kar", "vel", "dor", "mis", "tan", "bel", "rho", "lun",
      "sa", "quen", "ost", "pim"};

  private static String name(Random r) {
    String a = SYL[r.nextInt(SYL.length)] + SYL[r.nextInt(SYL.length)];
    String b = SYL[r.nextInt(SYL.length)] + SYL[r.nextInt(SYL.length)];
    return Character.toUpperCase(a.charAt(0)) + a.substring(1) + "-"
        + Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }

  /** One entry's row (of three shapes): a period and its count of years, in the list's language. */
  private static String row(Language lang, int from, int n, int shape) {
    // One year only: a period's two years would give its count away (a sum of parts).
    if (lang == Language.VI) {
      return switch (shape) {
        case 0 -> "Từ năm " + from + ", làm vua được " + n + " năm.";
        case 1 -> "Từ năm " + from + " trở đi, cộng là " + n + " năm.";
        case 3 -> "Truyền ngôi ba đời, bắt đầu năm " + from + ", cả thảy " + n + " năm.";
        default -> "Niên hiệu Ostvel, bắt đầu năm " + from + ", tất cả " + n + " năm.";
      };
    }
    return switch (shape) {
      case 0 -> "From the spring of " + from + " he reigned for " + n + " years.";
      case 1 -> "From the autumn of " + from + ", " + n + " years in all.";
      default -> "Reigned " + n + " years after the harvest of " + from + ".";
    };
  }

  private record Listing(String text, List<String> names, List<Integer> counts) {}

  private static Listing listing(Random r, Language lang, boolean headings) {
    StringBuilder t = new StringBuilder(lang == Language.VI ? "Các đời vua\n\n" : "List of rulers\n\n");
    boolean numbered = r.nextBoolean();
    int entries = 3 + r.nextInt(6);
    int year = 1000 + r.nextInt(500);
    List<String> names = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int i = 1; i <= entries; i++) {
      String nm = name(r);
      int n;
      do {
        n = 11 + r.nextInt(80);
      } while (!seen.add(n));
      if (headings) {
        t.append(numbered ? i + ". " : "").append(nm).append(numbered ? "." : "").append('\n');
        if (r.nextBoolean()) {
          t.append('\n');
        }
      }
      t.append(row(lang, year, n, r.nextInt(headings ? 4 : 2))).append("\n\n");
      names.add(nm);
      counts.add(n);
      year += n;
    }
    return new Listing(t.toString(), names, counts);
  }

  @Test
  void aRowIsAskedUnderItsEntrysNameInGeneratedLists() {
    for (Language lang : new Language[] {Language.EN, Language.VI}) {
      for (int seed = 0; seed < 12; seed++) {
        Listing l = listing(new Random(seed), lang, true);
        Result res = Fixtures.extracted(lang, l.text());
        int asked = 0;
        for (int i = 0; i < l.names().size(); i++) {
          for (Question q : Fixtures.asking(res, String.valueOf(l.counts().get(i)))) {
            asked++;
            assertTrue(q.context() != null && q.context().contains(l.names().get(i)),
                lang + " " + seed + ": " + q.context() + " | " + q.prompt() + "\n" + l.text());
            // The heading line is the context line, not shown again before the row.
            assertFalse(q.prompt().contains(l.names().get(i)),
                lang + " " + seed + ": " + q.context() + " | " + q.prompt() + "\n" + l.text());
          }
        }
        assertTrue(asked > 0, lang + " " + seed + " nothing asked\n" + l.text());
      }
    }
  }

  @Test
  void aRunOfRowsUnderNoNameIsNotAsked() {
    long mine = 0;
    for (Language lang : new Language[] {Language.EN, Language.VI}) {
      for (int seed = 0; seed < 12; seed++) {
        Listing l = listing(new Random(seed), lang, false);
        Result res = Fixtures.extracted(lang, l.text());
        for (int n : l.counts()) {
          assertTrue(Fixtures.asking(res, String.valueOf(n)).isEmpty(),
              lang + " " + seed + " asked " + n + "\n" + l.text());
          String c = String.valueOf(n);
          assertTrue(Fixtures.skipped(res, SkipReason.LAYOUT, c), lang + " " + seed + " " + n);
          mine += res.report().skipped().stream().filter(x -> x.text().equals(c)
              && "an entry's row with no name heading it".equals(x.detail())).count();
        }
      }
    }
    // (a run of rows of one shape is a list already; rows of two shapes are caught here. A row
    // that names something itself, "Era name X, …", is not in these runs: it keeps its question.)
    assertTrue(mine > 0, "no row skipped as an entry's row with no name");
  }

  @Test
  void aHeadingIsANameNumberedOrNot() {
    assertEquals("Tanvel-Dorsa", EntryRows.name("3. Tanvel-Dorsa."));
    assertEquals("Tanvel Dorsa", EntryRows.name("Tanvel Dorsa"));
    assertEquals("Tanvel-Dorsa", EntryRows.name("4) Tanvel-Dorsa (the elder)"));
    assertNull(EntryRows.name("The river rose in spring"), "a clause is no name");
    assertNull(EntryRows.name("1820"), "a year is no name");
  }

  @Test
  void aProseSentenceOpeningWithAPeriodKeepsItsQuestion() {
    String text = "The harbour of Karvo\n\nFrom 1850 to 1870 the merchants of the town built a"
        + " new quay of granite along the river, and the trade in grain grew every year until"
        + " the railway reached the valley.\n";
    Result res = Fixtures.extracted(Language.EN, text);
    assertFalse(res.bank().questions().isEmpty(), "the sentence is prose, not a list's row");
  }

  @Test
  void aLineOfAnotherShapeEndsTheEntryAboveIt() {
    String text = "2. Tanvel-Dorsa.\nFrom the spring of 1210, 35 years in all.\n"
        + "The court moved, and 4. Belmis-Ost.\nFrom the autumn of 1245, 47 years in all.\n";
    int second = text.indexOf("From the autumn");
    assertEquals("Tanvel-Dorsa", EntryRows.heading(Language.EN, text, text.indexOf("From")));
    assertNull(EntryRows.heading(Language.EN, text, second), "not the entry two lines up");
  }

  @Test
  void aNumberedHeadingAfterALostLineBreakHeadsTheRowsBelow() {
    String text = "From the spring of 1210, 35 years in all.\n"
        + "The court moved to the coast. 4. Belmis-Ost (the younger).\n\n"
        + "From the autumn of 1245, 47 years in all.\n";
    assertEquals("Belmis-Ost",
        EntryRows.heading(Language.EN, text, text.indexOf("From the autumn")));
    // The line opens with another entry's name: the heading ending it is the rows' entry.
    String named = "From the spring of 1210, 35 years in all.\n"
        + "Harvest Age, Kel-Varo. 4◦. Belmis-Ost.\n"
        + "Reigned 47 years after the harvest of 1245.\n";
    assertEquals("Belmis-Ost",
        EntryRows.heading(Language.EN, named, named.indexOf("Reigned")));
  }
}
