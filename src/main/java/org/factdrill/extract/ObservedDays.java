package org.factdrill.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.factdrill.text.Language;

/**
 * A day and month said to be celebrated, honoured or commemorated, or kept every year ("từ lâu đã
 * kỷ niệm ngày 12 tháng 4 như …", "ngày 20 tháng 10 được tổ chức hằng năm", "agreed to honor July
 * 4 as the town's birthday"): the day of an observance, a day of every year, whatever holiday it
 * is (its name need not be one the pack knows, {@link ObservanceDays}). It takes neither the year
 * of the paragraph nor the page's own date's. Its clause (to the nearest comma, semicolon or
 * sentence end, within a reach) holds one of the pack's {@code observance-verbs} or
 * {@code yearly-words}. Asked only of a yearless day-month.
 */
final class ObservedDays {
  /** How far around the day its clause is looked at (characters each side). */
  private static final int REACH = 80;
  private static final String BREAKS = ",;.!?\n";
  /** Per language: the observance verbs and yearly words, lower-case. */
  private static final Map<Language, List<String>> WORDS = words();

  private ObservedDays() {}

  private static Map<Language, List<String>> words() {
    Map<Language, List<String>> m = new HashMap<>();
    for (Language l : Language.values()) {
      m.put(l, Stream.concat(l.pack().words("observance-verbs").stream(),
          l.pack().words("yearly-words").stream()).toList());
    }
    return Map.copyOf(m);
  }

  /** True when the yearless day-month at {@code start}–{@code end} of {@code text} is observed. */
  static boolean yearly(Language lang, String text, int start, int end) {
    List<String> words = WORDS.get(lang);
    if (words.isEmpty()) {
      return false;
    }
    int from = start;
    for (int lim = Math.max(0, start - REACH); from > lim && BREAKS.indexOf(text.charAt(from - 1)) < 0; ) {
      from--;
    }
    int to = end;
    for (int lim = Math.min(text.length(), end + REACH); to < lim && BREAKS.indexOf(text.charAt(to)) < 0; ) {
      to++;
    }
    String clause = (text.substring(from, start) + " | " + text.substring(end, to))
        .toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (ObservanceDays.holdsWord(clause, w)) {
        return true;
      }
    }
    return false;
  }
}
