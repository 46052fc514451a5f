package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** A page's numbering (pager rows, page columns of a contents list) is no fact. */
class NumberingLinesTest {
  // sentences made up for this test
  private static final String[] PROSE = {
      "The army had 300 soldiers.", "Quân đội có 300 người lính.", "לצבא היו 300 חיילים."};
  private static final Language[] LANGS = {Language.EN, Language.VI, Language.HE};

  @Test
  void aPagerRowOfCountingNumbersIsNoFact() {
    Random r = new Random(1911);
    for (int k = 0; k < 300; k++) {
      int l = r.nextInt(3);
      int first = 1 + r.nextInt(900);
      int count = NumberingLines.RUN + r.nextInt(30);
      StringBuilder row = new StringBuilder(r.nextBoolean() ? "|<  " : "");
      for (int p = first; p < first + count && p < 1000; p++) {
        row.append("  ").append(p);
        if (r.nextInt(12) == 0) {
          row.append("  \n"); // the row wraps
        }
      }
      row.append(r.nextBoolean() ? "   >>   >|" : "");
      String text = r.nextBoolean() ? row + "\n\n" + PROSE[l] : PROSE[l] + "\n\n" + row + "\n";
      assertEquals("number:300=300", Facts.describe(LANGS[l], text), text);
    }
  }

  @Test
  void theLonePageNumbersOfAContentsListAreNoFacts() {
    Random r = new Random(48);
    String[] heads = {"Section", "Điều", "סעיף"};
    for (int k = 0; k < 300; k++) {
      int l = r.nextInt(3);
      StringBuilder toc = new StringBuilder(PROSE[l]).append("\n\n");
      int page = 1 + r.nextInt(400);
      int items = NumberingLines.RUN + r.nextInt(20);
      for (int s = 1; s <= items; s++) {
        toc.append(heads[l]).append(' ').append(s).append("\n\nGo\n\n").append(page)
            .append("\n\n");
        page += r.nextInt(2);
      }
      assertEquals("number:300=300", Facts.describe(LANGS[l], toc.toString()), toc.toString());
    }
  }

  @Test
  void yearHeadingsFewLoneNumbersAndJumpingFiguresStayFacts() {
    // a chronology's year headings, one a line
    String years = "1941\n\nThe war spread.\n\n1942\n\nThe fleet sailed.\n\n1943\n\n"
        + "The city fell.\n\n1944\n\nThe war went on.\n";
    assertEquals(4, Facts.of(Language.EN, years).size(), years);
    // three lone numbers are not yet a run
    assertEquals(3, Facts.of(Language.EN, "Tanks\n\n12\n\nGuns\n\n13\n\nShips\n\n14\n").size());
    // a flattened box's figures, one a line, that do not count on
    String box = "Strength\n300\nCasualties\n45\nWounded\n120\nCaptured\n121\nMissing\n7\n";
    assertEquals(5, Facts.of(Language.EN, box).size(), box);
    // digit groups a space apart are one number where a space marks thousands (found by
    // IcuRoundTripPropertiesTest)
    Language ru = Language.fromCode("ru").orElseThrow();
    assertEquals("number:999\u00a0999\u00a0999\u00a0999=999999999999",
        Facts.describe(ru, "999\u00a0999\u00a0999\u00a0999"));
    // numbers in prose between lone numbers neither join nor break a run
    String prose = "Chapter\n\n5\n\nIn 12 days 40 men left.\n\n6\n";
    assertTrue(Facts.describe(Language.EN, prose).contains("number:40=40"), prose);
  }
}
