package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Dates listed together with the year written once, after the last ("August and September
 * 2003", "tháng 8 và tháng 9 năm 2003", "באוגוסט ובספטמבר 2003"), all take that year; a list
 * whose months do not go forward, or that a clause breaks, does not share it. Month names come
 * from ICU (CLDR), not from the packs.
 */
class SharedYearsTest {
  private static String month(String lang, int m) {
    return lang.equals("vi") ? "tháng " + m
        : DateFormatSymbols.getInstance(new ULocale(lang)).getMonths()[m - 1];
  }

  /** The list in the language's way: the months, joined, then the year after the last. */
  private static String list(String lang, List<Integer> months, int year) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < months.size(); k++) {
      boolean last = k == months.size() - 1;
      String m = month(lang, months.get(k));
      switch (lang) {
        case "he" -> b.append(k == 0 ? "" : " ").append(k == 0 ? "ב" : last ? "וב" : "ב")
            .append(m).append(last || k == months.size() - 2 ? "" : ",");
        case "vi" -> b.append(k == 0 ? "" : last ? " và " : ", ").append(m);
        default -> b.append(k == 0 ? "" : last ? " and " : ", ").append(m);
      }
    }
    return b + (lang.equals("vi") ? " năm " : " ") + year;
  }

  private static String frame(String lang, String dates) {
    return switch (lang) {
      case "he" -> "הקרבות בעמק נמשכו " + dates + " ולא פסקו.";
      case "vi" -> "Giao tranh ở thung lũng diễn ra vào " + dates + " rồi ngừng.";
      default -> "The fighting in the valley went on in " + dates + " and then stopped.";
    };
  }

  @Test
  void monthsListedBeforeAYearAllTakeIt() {
    Random r = new Random(2003);
    int checked = 0;
    for (String lang : List.of("en", "vi", "he")) {
      Language l = Language.fromCode(lang).orElseThrow();
      for (int n = 0; n < 60; n++) {
        int count = 2 + r.nextInt(2);
        int first = 1 + r.nextInt(12 - count);
        List<Integer> months = new java.util.ArrayList<>();
        for (int k = 0, m = first; k < count; k++, m += 1 + r.nextInt(2)) {
          months.add(Math.min(m, 12));
        }
        if (months.stream().distinct().count() < count || lang.equals("he") && months.get(0) == 3) {
          continue; // "במרץ" alone is also "energetically" (the pack's month-forms-also-words)
        }
        int year = 1700 + r.nextInt(320);
        String text = frame(lang, list(lang, months, year));
        String got = Facts.describe(l, text);
        String want = "=\"" + year + "-" + String.format("%02d", months.get(0)) + "\"";
        assertTrue(got.startsWith("date:") && got.split(" \\| ")[0].endsWith(want),
            text + " -> " + got);
        checked++;
      }
    }
    assertTrue(checked > 150, "checked " + checked);
  }

  @Test
  void monthsGoingBackOrAClauseBetweenShareNoYear() {
    for (String lang : List.of("en", "vi", "he")) {
      Language l = Language.fromCode(lang).orElseThrow();
      String back = frame(lang, list(lang, List.of(11, 2), 1945));
      assertTrue(Facts.describe(l, back).split(" \\| ")[0].contains("=\"--11\""), back);
    }
    String clause = "The rains came in March and the city flooded in April 2001.";
    assertEquals("date:March=\"--03\"", Facts.describe(Language.EN, clause).split(" \\| ")[0]);
  }
}
