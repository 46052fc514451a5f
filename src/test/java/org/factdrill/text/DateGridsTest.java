package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An archive's month view written one date a line (with a day number, a weekday, a count line
 * "1 issue" between) is navigation: its lines are chrome, and none of its dates dates the page.
 * Two dated lines in prose, and a timeline's rows that name what happened, are not a grid.
 */
class DateGridsTest {
  private static void assertGrid(String grid, Language lang) {
    String text = "Archive\n\n" + grid + "\n" + tail(lang) + "\n";
    Layout layout = LayoutClassifier.classify(text, lang, "x.txt");
    int start = text.indexOf(grid);
    int end = start + grid.length();
    for (Block b : layout.blocks()) {
      if (b.span().start() >= start && b.span().end() <= end) {
        assertEquals(LineClass.CHROME, b.cls(), b.of(text));
      } else if (b.of(text).contains("1902") || b.of(text).contains("1927")
          || b.of(text).contains("1919")) {
        assertEquals(LineClass.PROSE, b.cls(), b.of(text));
      }
    }
    Optional<DocDate> date = layout.date();
    assertTrue(date.isEmpty() || date.get().year() != 1931, String.valueOf(date));
  }

  private static String tail(Language lang) {
    if (lang == Language.VI) {
      return "Tờ báo được một nhóm thợ in thành lập năm 1927 tại Huế và phát hành 3.000 bản mỗi tuần.";
    }
    if (lang == Language.HE) {
      return "העיתון נוסד בשנת 1919 בידי קבוצת פועלים בירושלים והודפס באלפיים עותקים בכל שבוע.";
    }
    return "The gazette was founded in 1902 by a group of dock workers and printed 4,000 copies a week.";
  }

  private static String rows(List<String> days, String between) {
    StringBuilder b = new StringBuilder();
    for (String d : days) {
      b.append(d).append('\n');
      if (!between.isEmpty()) {
        b.append(between).append('\n');
      }
    }
    return b.toString();
  }

  @Test
  void aRunOfOneMonthsFullDatesOneALineIsAGridInEnglish() {
    assertGrid(rows(List.of("1 Tuesday, 3 March 1931", "2 Wednesday, 4 March 1931",
        "3 Thursday, 5 March 1931", "4 Friday, 6 March 1931", "5 Saturday, 7 March 1931"),
        "1 issue"), Language.EN);
    assertGrid(rows(List.of("March 9, 1931", "March 10, 1931", "March 12, 1931",
        "March 13, 1931", "March 16, 1931"), ""), Language.EN);
    assertGrid(rows(List.of("Monday, 9 March 1931 (2 issues)", "Tuesday, 10 March 1931 (1 issue)",
        "Thursday, 12 March 1931 (3 issues)", "Friday, 13 March 1931 (1 issue)",
        "Monday, 16 March 1931 (1 issue)"), ""), Language.EN);
  }

  @Test
  void aRunOfOneMonthsFullDatesOneALineIsAGridInVietnamese() {
    assertGrid(rows(List.of("Thứ Hai, 12/05/1931", "Thứ Ba, 13/05/1931", "Thứ Tư, 14/05/1931",
        "Thứ Năm, 15/05/1931", "Thứ Sáu, 16/05/1931"), "1 số"), Language.VI);
    assertGrid(rows(List.of("ngày 3 tháng 8 năm 1931", "ngày 5 tháng 8 năm 1931",
        "ngày 7 tháng 8 năm 1931", "ngày 9 tháng 8 năm 1931", "ngày 11 tháng 8 năm 1931"), "2 số"),
        Language.VI);
  }

  @Test
  void aRunOfOneMonthsFullDatesOneALineIsAGridInHebrew() {
    assertGrid(rows(List.of("יום שני, 2 ביוני 1931", "יום שלישי, 3 ביוני 1931",
        "יום רביעי, 4 ביוני 1931", "יום חמישי, 5 ביוני 1931", "יום שישי, 6 ביוני 1931"),
        "גיליון 1"), Language.HE);
    assertGrid(rows(List.of("20 ביולי 1931", "21 ביולי 1931", "23 ביולי 1931", "24 ביולי 1931",
        "27 ביולי 1931"), ""), Language.HE);
  }

  @Test
  void twoDatedLinesInProseAndATimelinesNamedRowsAreNoGrid() {
    String prose = "The Corven bridge was opened on 3 March 1931.\n"
        + "On 5 March 1931 the first trams crossed it, and 4,000 people watched.\n";
    for (Block b : LayoutClassifier.classify(prose, Language.EN, "x.txt").blocks()) {
      assertEquals(LineClass.PROSE, b.cls(), b.of(prose));
    }
    String timeline = "Events\n\n3 March 1931 – Bridge opened\n5 March 1931 – Trams began\n"
        + "9 March 1931 – Strike of the dockers\n12 March 1931 – Harbour closed\n"
        + "20 March 1931 – Harbour reopened\n";
    for (Block b : LayoutClassifier.classify(timeline, Language.EN, "x.txt").blocks()) {
      assertFalse(b.cls() == LineClass.CHROME, b.of(timeline));
    }
    String months = "2 March 1931\n4 April 1931\n6 May 1931\n8 June 1931\n10 July 1931\n";
    for (Block b : LayoutClassifier.classify(months, Language.EN, "x.txt").blocks()) {
      assertFalse(b.cls() == LineClass.CHROME, b.of(months));
    }
  }
}
