package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A day-month said to be celebrated, honoured or kept every year is a day of every year: it takes
 * neither the page's own year nor the year of its sentence's date (class 2 of the eighteenth
 * review). A day-month of an event in the same page keeps its year. Made-up texts.
 */
class ObservedDaysTest {
  private static final Language VI = Language.fromCode("vi").orElseThrow();
  private static final Language EN = Language.fromCode("en").orElseThrow();

  private static boolean has(Language lang, String text, String iso) {
    return Facts.of(lang, text).stream().anyMatch(f -> f.value().json().equals("\"" + iso + "\""));
  }

  @Test
  void aDayKeptEveryYearTakesNoYear() {
    Random r = new Random(1820);
    for (int n = 0; n < 20; n++) {
      int d = 1 + r.nextInt(28);
      int m = 1 + r.nextInt(11);
      String md = String.format("--%02d-%02d", m, d);
      String byline = "Quorvex\n\nThứ Hai, 28 tháng 12 năm 2016\n\n";
      for (String s : List.of(
          "Người dân Quorvex từ lâu đã kỷ niệm ngày " + d + " tháng " + m + " như ngày lập làng.",
          "Ngày " + d + " tháng " + m + " được tổ chức hằng năm để tôn vinh những người thợ dệt.",
          "Ngày 3 tháng 12 năm 1871, hội đồng đồng ý tôn vinh ngày " + d + " tháng " + m
              + " là ngày lập làng.")) {
        String text = byline + s + "\n";
        assertTrue(has(VI, text, md), text + " -> " + Facts.describe(VI, text));
      }
      String en = "On December 3, 1871, the council agreed to honor " + EnglishMonths.NAMES.get(m - 1)
          + " " + d + " as the town's birthday.\n";
      assertTrue(has(EN, en, md), en + " -> " + Facts.describe(EN, en));
      // An event's day in the same page keeps the page's year.
      String event = byline + "Ngày " + d + " tháng " + m + ", quân Quorvex rút khỏi thành.\n";
      assertTrue(has(VI, event, String.format("2016-%02d-%02d", m, d)), Facts.describe(VI, event));
    }
  }

  /** English month names for the generated sentences. */
  private static final class EnglishMonths {
    static final List<String> NAMES = List.of("January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December");
  }
}
