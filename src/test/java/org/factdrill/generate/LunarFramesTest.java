package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Vietnamese chronicles count months by the moon: a month dated only by a year that the text
 * names by its sexagenary cycle ("năm Giáp Thân (1284)") or by a reign ("năm Minh Mạng thứ 3"),
 * or written beside a reign year, is a lunar month and never asked as a Gregorian one; "bấy
 * giờ", "khi ấy" (at that time) take the year before them or the fact is not asked. Made-up
 * sentences (Plimsoll, Quorvex are invented names).
 */
class LunarFramesTest {
  /** The cloze answers of the bank made from {@code marked}. */
  private static List<String> asked(String marked) {
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.VI, marked));
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE)
        .map(q -> q.answer().text()).toList();
  }

  private static Result result(String marked) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", Language.VI, marked));
  }

  /** Stem + branch of Gregorian year y ("Giáp Thân" for 1284), from the pack's cycle words. */
  private static String cycleName(int y) {
    Map<Integer, String> stems = new TreeMap<>();
    Map<Integer, String> branches = new TreeMap<>();
    Map<String, Integer> s = Language.VI.pack().indexedWords("sexagenary-stems");
    Map<String, Integer> b = Language.VI.pack().indexedWords("sexagenary-branches");
    s.forEach((w, i) -> stems.merge(i, w, (x, z) -> x.length() >= z.length() ? x : z));
    b.forEach((w, i) -> branches.merge(i, w, (x, z) -> x.length() >= z.length() ? x : z));
    String st = stems.get(Math.floorMod(y - 4, 10));
    String br = branches.get(Math.floorMod(y - 4, 12));
    return Character.toUpperCase(st.charAt(0)) + st.substring(1) + " "
        + Character.toUpperCase(br.charAt(0)) + br.substring(1);
  }

  private static String story(String yearPhrase, int year, int month) {
    String y = "{{" + year + "|date|" + year + "}}";
    return "Plimsoll\n\nNăm " + (yearPhrase.isEmpty() ? y : yearPhrase + "(" + y + ")") + ", quân Plimsoll "
        + "vây thành Quorvex suốt mùa mưa. {{Tháng " + month + "|date|--" + String.format("%02d",
        month) + "}}, quân Plimsoll rút về phía bắc sông Quorvex.\n";
  }

  @Test
  void aMonthOfAYearNamedByItsCycleIsLunar() {
    Result r = result(story(cycleName(1284) + " ", 1284, 6));
    assertFalse(asked(story(cycleName(1284) + " ", 1284, 6)).contains("Tháng 6"),
        r.report().format(r.bank()));
    assertTrue(r.report().skipped().stream().anyMatch(s -> s.reason() == SkipReason.OTHER_CALENDAR
        && s.text().equals("Tháng 6")), r.report().format(r.bank()));
    // the same story with a plain year: a Gregorian month, asked with its year
    assertTrue(asked(story("", 1284, 6)).contains("Tháng 6"));
  }

  @Test
  void aBareYearGlossedByAReignYearIsAskedAndItsMonthsStayLunar() {
    for (int year = 1500; year < 1950; year += 37) {
      String glossed = "Plimsoll\n\n{{Năm " + year + "|date|" + year + "}} (năm Quorvex thứ "
          + (1 + year % 30) + "), quân Plimsoll vây thành Quorvex suốt mùa mưa.\n";
      assertTrue(asked(glossed).contains("Năm " + year), glossed);
    }
    assertFalse(asked(story("Minh Mạng thứ 3 ", 1822, 6)).contains("Tháng 6"));
  }

  @Test
  void aMonthBesideOrDatedByAReignYearIsLunar() {
    assertFalse(asked(story("Minh Mạng thứ 3 ", 1822, 6)).contains("Tháng 6"));
    Result r = result("Plimsoll\n\nNăm {{1822|date|1822}}, vua Plimsoll lên ngôi. Ngày "
        + "{{5 tháng 6|date|--06-05}} năm thứ 3, vua Plimsoll dời đô về Quorvex.\n");
    assertTrue(r.report().skipped().stream().anyMatch(s -> s.reason() == SkipReason.OTHER_CALENDAR
        && s.text().equals("5 tháng 6")), r.report().format(r.bank()));
  }

  @Test
  void everyYearNamedByItsCycleNameMakesItsMonthsLunar() {
    Random rnd = new Random(9);
    for (int k = 0; k < 24; k++) {
      int year = 1000 + rnd.nextInt(900);
      int month = 1 + rnd.nextInt(12);
      assertFalse(asked(story(cycleName(year) + " ", year, month)).contains("Tháng " + month),
          year + " " + cycleName(year));
      // the same year without its cycle name: a Gregorian month, dated as usual
      assertTrue(asked(story("", year, month)).contains("Tháng " + month), year + " " + month);
    }
  }

  @Test
  void aCountOfYearsThatTwoCycleYearsSpanIsGivenAway() {
    Random rnd = new Random(60);
    for (int k = 0; k < 16; k++) {
      int start = 1984 + rnd.nextInt(60);
      int years = 2 + rnd.nextInt(57);
      for (int more : new int[] {0, 60}) {
        int n = years + more;
        String text = "Plimsoll\n\nVua Plimsoll trị vì thành Quorvex từ năm " + cycleName(start)
            + " cho đến năm " + cycleName(start + years - 1) + ", được {{" + n + "|number|" + n
            + "}} năm.\n";
        Result r = result(text);
        boolean derivable = r.report().skipped().stream().anyMatch(
            s -> s.reason() == SkipReason.DERIVABLE);
        // below a cycle the two names fix the count; a longer reign they fix only up to cycles
        assertEquals(more == 0, derivable, text + "\n" + r.report().format(r.bank()));
      }
    }
  }

  @Test
  void atThatTimeTakesTheYearBeforeItOrIsNotAsked() {
    Result r = result("Plimsoll\n\nNăm {{1285|date|1285}}, quân Plimsoll đến thành Quorvex. Bấy "
        + "giờ quân Quorvex có {{300|number|300}} chiếc thuyền lớn neo ở bến sông.\n");
    Question q = r.bank().questions().stream().filter(x -> x.type() == QuestionType.CLOZE
        && x.answer().text().equals("300")).findFirst().orElseThrow();
    assertTrue(q.prompt().contains("Bấy giờ (1285)"), q.prompt());
    Result none = result("Plimsoll\n\nQuân Plimsoll đến thành Quorvex. Khi ấy quân Quorvex có "
        + "{{300|number|300}} chiếc thuyền lớn neo ở bến sông.\n");
    assertEquals(0, none.bank().questions().size(), none.report().format(none.bank()));
    assertTrue(none.report().skipped().stream().anyMatch(
        s -> s.reason() == SkipReason.RELATIVE_TIME), none.report().format(none.bank()));
  }
}
