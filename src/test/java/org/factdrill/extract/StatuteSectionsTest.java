package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A statute copied from a PDF numbers its sections at the lines' starts ("3 . ", "3 .The",
 * "10א . ") with margin headings between them: the section numbers are no facts, the figures and
 * dates of the sections' text are.
 */
class StatuteSectionsTest {
  // headings and sections made up for this test; each section holds the figure 40 or none
  private static final String[][] HEADINGS = {
      {"מהות המועצה", "מקום מושבה", "הרכב", "תקופת כהונה", "שמירת דינים", "סמכויות"},
      {"Nature of the council", "Seat", "Composition", "Term of office", "Savings", "Powers"},
      {"Tính chất của hội đồng", "Trụ sở", "Thành phần", "Nhiệm kỳ", "Điều khoản chung", "Quyền hạn"}};
  private static final String[][] SECTIONS = {
      {"המועצה היא הגוף המייצג של הערים.", "מקום מושבה של המועצה הוא הבירה.",
          "המועצה תמנה 40 חברים.", "חוק זה אינו גורע מכל דין אחר."},
      {"The council represents the towns.", "The council sits in the capital.",
          "The council has 40 members.", "This law takes nothing from any other law."},
      {"Hội đồng đại diện cho các thành phố.", "Hội đồng họp tại thủ đô.",
          "Hội đồng có 40 thành viên.", "Luật này không làm mất hiệu lực luật khác."}};
  private static final Language[] LANGS = {Language.HE, Language.EN, Language.VI};
  private static final String[] SUFFIXES = {"א", "A", "a"};

  @Test
  void sectionNumbersOpeningLinesWithASpacedFullStopAreNoFacts() {
    Random r = new Random(1616);
    for (int k = 0; k < 300; k++) {
      int l = r.nextInt(3);
      StringBuilder law = new StringBuilder();
      int forties = 0;
      int section = 1 + r.nextInt(150);
      int count = 1 + r.nextInt(8);
      for (int s = 0; s < count; s++) {
        if (r.nextBoolean()) {
          law.append(HEADINGS[l][r.nextInt(HEADINGS[l].length)]).append('\n');
        }
        String body = SECTIONS[l][r.nextInt(SECTIONS[l].length)];
        forties += body.contains("40") ? 1 : 0;
        String number = section + (r.nextInt(5) == 0 ? SUFFIXES[l] : "");
        String mark = switch (r.nextInt(3)) {
          case 0 -> " . ";
          case 1 -> " .";
          default -> ". ";
        };
        law.append(r.nextInt(6) == 0 ? " " : "").append(number).append(mark).append(body)
            .append('\n');
        section += 1 + r.nextInt(2);
      }
      String text = law.toString();
      String expected = String.join(" | ",
          java.util.Collections.nCopies(forties, "number:40=40"));
      assertEquals(expected, Facts.describe(LANGS[l], text), text);
    }
  }

  @Test
  void reversedSectionLinesAndFootnoteDigitsOfMarginHeadingsAreNoFacts() {
    // a right-to-left PDF line copied in reverse (". 7 המועצה"), a margin heading's footnote
    // digit set off by a space ("הגדרות 1") just above a section
    Random r = new Random(1717);
    for (int k = 0; k < 300; k++) {
      int l = r.nextInt(3);
      StringBuilder law = new StringBuilder();
      int forties = 0;
      int section = 1 + r.nextInt(150);
      int count = 1 + r.nextInt(8);
      for (int s = 0; s < count; s++) {
        if (r.nextBoolean()) {
          law.append(HEADINGS[l][r.nextInt(HEADINGS[l].length)])
              .append(r.nextBoolean() ? " " + (1 + r.nextInt(12)) : "").append('\n');
        }
        String body = SECTIONS[l][r.nextInt(SECTIONS[l].length)];
        forties += body.contains("40") ? 1 : 0;
        String number = section + (r.nextInt(5) == 0 ? SUFFIXES[l] : "");
        law.append(r.nextBoolean() ? ". " + number + " " : number + " . ").append(body)
            .append('\n');
        section += 1 + r.nextInt(2);
      }
      String text = law.toString();
      String expected = String.join(" | ",
          java.util.Collections.nCopies(forties, "number:40=40"));
      assertEquals(expected, Facts.describe(LANGS[l], text), text);
    }
  }

  @Test
  void aShortLineEndingInAFigureAboveProseStaysAFact() {
    // an infobox row or a short line whose next line is prose, not a section label
    String row = "Members 40\nThe council met in the capital.\n";
    assertTrue(Facts.describe(Language.EN, row).contains("number:40=40"), row);
    String he = "חברי המועצה 40\nהמועצה התכנסה בבירה.\n";
    assertTrue(Facts.describe(Language.HE, he).contains("number:40=40"), he);
  }

  @Test
  void aDateInASectionStaysAFact() {
    String law = "תחילה\n7 . המועצה תתכנס לישיבתה הראשונה ביום 12 במרס 1961.\n";
    assertEquals("date:12 במרס 1961=\"1961-03-12\"", Facts.describe(Language.HE, law), law);
  }

  @Test
  void aNumberOpeningAProseLineWithoutAFullStopOrWithADecimalStaysAFact() {
    // a hard-wrapped line that opens with a figure, a decimal at a line's start, a year
    String wrapped = "The council had\n40 members and met in the capital.\n";
    assertTrue(Facts.describe(Language.EN, wrapped).contains("number:40=40"), wrapped);
    String decimal = "Its budget was\n3.5 million pounds in all.\n";
    assertTrue(Facts.describe(Language.EN, decimal).contains("3.5"), decimal);
    String year = "The law was passed in\n1950 . It was amended later.\n";
    assertTrue(Facts.describe(Language.EN, year).contains("1950"), year);
  }
}
