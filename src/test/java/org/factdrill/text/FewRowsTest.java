package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A short excerpt of a reference listing (one or two rows, the entity's name glued before the
 * row's first sentence) is a listing when the page shows more signs of one (column headers above,
 * labels of one shape, both rows sure, the last row cut by the end of the text), and prose is
 * not: paragraphs opening with a person's name, headings above prose, bylines and title-case
 * headlines keep their text. A wrapped line that opens with a name inside a listing is no row.
 * Every text here is generated from invented words.
 */
class FewRowsTest {
  private static final String[] SYL = {"tor", "vel", "mar", "dun", "kes", "sal", "orl", "ven",
      "bra", "lim", "quo", "ras", "pel", "gan"};
  private static final String[][] HEADERS = {{"Entity", "Background"}, {"Name", "Summary"},
      {"Country", "Historical notes"}};

  private static String name(Random r) {
    String a = SYL[r.nextInt(SYL.length)];
    return Character.toUpperCase(a.charAt(0)) + a.substring(1) + SYL[r.nextInt(SYL.length)] + "ia";
  }

  /** Two different names ("Torvelia Kesdunia"): a person's, or a label's two words. */
  private static String two(Random r) {
    String a = name(r);
    String b;
    do {
      b = name(r);
    } while (b.equals(a));
    return a + " " + b;
  }

  private static String label(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> name(r);
      case 1 -> two(r);
      default -> two(r).replace(" ", " and ");
    };
  }

  /**
   * A row's first sentence: after a sentence opener, the label's own name, or (a one-word label
   * whose row is not the only one) another name.
   */
  private static String first(Random r, String label, int year, boolean name) {
    return switch (r.nextInt(name ? 4 : 3)) {
      case 0 -> "The river league of the north was founded in " + year + " by merchant towns.";
      case 1 -> "In " + year + ", the salt traders built a harbour of stone.";
      case 2 -> label + "'s first elected council met in " + year + ".";
      default -> {
        String who;
        do {
          who = two(r);
        } while (who.contains(label));
        yield who + " ruled the valley towns until " + year + ".";
      }
    };
  }

  private static String later(Random r, int year) {
    return switch (r.nextInt(3)) {
      case 0 -> " The league signed a trade treaty with the coast in " + year + ".";
      case 1 -> " A great flood struck the valley in " + year + ".";
      default -> " The assembly adopted a new charter of rights in " + year + ".";
    };
  }

  private record Excerpt(String text, List<String> labels) {}

  /**
   * One or two rows under two header lines, or two rows under one (both sure, the second row's
   * sentence opening with an opener), the last row maybe cut mid-sentence.
   */
  private static Excerpt excerpt(Random r) {
    String[] h = HEADERS[r.nextInt(HEADERS.length)];
    int rows = 1 + r.nextInt(2);
    boolean twoHeaders = rows == 1 || r.nextBoolean();
    boolean cut = rows == 1 || r.nextBoolean();
    boolean blank = r.nextBoolean();
    StringBuilder t = new StringBuilder(twoHeaders ? h[0] + "\n" + h[1] + "\n" : h[0] + "\n");
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      String lab;
      do {
        lab = label(r);
      } while (labels.contains(lab));
      labels.add(lab);
      int year = 1100 + r.nextInt(300);
      // A row's first sentence opens with a sentence opener: the first row may run into a name.
      String row = i == 0 && twoHeaders
          ? first(r, lab, year, rows == 2 && !lab.contains(" "))
          : "The harbour towns of the coast joined a customs union in " + year + ".";
      for (int k = r.nextInt(3); k > 0; k--) {
        year += 5 + r.nextInt(30);
        row += later(r, year);
      }
      String line = lab + " " + row;
      if (cut && i == rows - 1) {
        line = line.substring(0, line.lastIndexOf(' ', line.length() - 8)); // the excerpt ends
      }
      t.append(line).append(blank ? "\n\n" : "\n");
    }
    return new Excerpt(t.toString(), labels);
  }

  private static List<String> labels(Document d) {
    List<String> out = new ArrayList<>();
    for (Span s : d.layout().rowLabels()) {
      out.add(d.text().substring(s.start(), d.text().indexOf('\n', s.start())));
    }
    return out;
  }

  @Test
  void aShortExcerptOfAListingUnderItsHeadersIsAListing() {
    int one = 0;
    for (int seed = 0; seed < 400; seed++) {
      Excerpt e = excerpt(new Random(seed));
      Document d = new Document("t.txt", e.text(), Language.EN);
      assertEquals(e.labels(), labels(d), seed + ":\n" + e.text());
      one += e.labels().size() == 1 ? 1 : 0;
    }
    assertTrue(one > 50, "one-row excerpts: " + one);
  }

  /** Prose that opens paragraphs with names, under headings, with bylines and headlines. */
  private static String prose(Random r) {
    StringBuilder t = new StringBuilder();
    if (r.nextBoolean()) {
      t.append(HEADERS[r.nextInt(HEADERS.length)][1]).append('\n');
    }
    if (r.nextBoolean()) {
      t.append(name(r)).append(" Days\n");
    }
    switch (r.nextInt(3)) {
      case 0 -> t.append("By ").append(name(r)).append(' ').append(name(r)).append('\n');
      case 1 -> t.append(name(r)).append(" Of The North In The Old Days Of ")
          .append(name(r)).append('\n');
      default -> { }
    }
    int paragraphs = 1 + r.nextInt(3);
    for (int i = 0; i < paragraphs; i++) {
      int year = 1100 + r.nextInt(300);
      String p = switch (r.nextInt(4)) {
        case 0 -> two(r) + " was born in " + year + " in a river town.";
        case 1 -> two(r) + " founded the salt guild in " + year + ".";
        case 2 -> "The harbour of " + name(r) + " was built of stone in " + year + ".";
        default -> "In " + year + " " + two(r) + " signed the charter.";
      };
      p += later(r, year + 3);
      if (i == paragraphs - 1 && r.nextBoolean()) {
        p = p.substring(0, p.lastIndexOf(' ', p.length() - 8));
      }
      t.append(p).append(r.nextBoolean() ? "\n\n" : "\n");
    }
    return t.toString();
  }

  @Test
  void proseUnderHeadingsBylinesAndHeadlinesIsNoListing() {
    for (int seed = 0; seed < 400; seed++) {
      String text = prose(new Random(seed));
      Document d = new Document("t.txt", text, Language.EN);
      assertEquals(List.of(), d.layout().rowLabels(), seed + ":\n" + text);
      assertEquals(text, d.text(), seed + ":\n" + text);
    }
  }

  @Test
  void aWrappedLineOpeningWithANameAfterASentenceEndIsNoRow() {
    int tried = 0;
    for (int seed = 0; seed < 200; seed++) {
      Random r = new Random(seed);
      StringBuilder t = new StringBuilder("Entity\nBackground\n");
      int width = 50 + r.nextInt(30); // one width for the whole text, as an e-book's
      List<String> labels = new ArrayList<>();
      List<String> inner = new ArrayList<>();
      for (int i = 0; i < 3 + r.nextInt(3); i++) {
        String lab;
        do {
          lab = name(r);
        } while (labels.contains(lab));
        labels.add(lab);
        StringBuilder row = new StringBuilder(lab + " The river league was founded in "
            + (1100 + r.nextInt(100)) + ".");
        for (int k = 0; k < 3; k++) {
          String who = two(r);
          inner.add(who);
          row.append(' ').append(who).append(" recognised the league in ")
              .append(1200 + 10 * k + r.nextInt(9)).append('.');
        }
        t.append(Wrap.at(row.toString(), width, "\n")).append('\n');
      }
      String text = t.toString();
      for (String who : inner) {
        tried += text.contains("\n" + who + " ") ? 1 : 0;
      }
      Document d = new Document("t.txt", text, Language.EN);
      assertEquals(labels, labels(d), seed + ":\n" + text);
    }
    assertTrue(tried > 50, "wrapped lines opening with a name: " + tried);
  }

  @Test
  void aTextOfOneLineAParagraphHasNoWrapWidth() {
    String text = "A short line.\n" + "A much longer line of prose that runs on and on here.\n"
        + "Another line.\n" + "x".repeat(200) + "\n";
    assertEquals(-1, FewRows.width(text));
    String wrapped = Wrap.at("word ".repeat(80).strip(), 40, "\n");
    assertTrue(FewRows.width(wrapped) <= 40 && FewRows.width(wrapped) > 30,
        String.valueOf(FewRows.width(wrapped)));
  }
}
