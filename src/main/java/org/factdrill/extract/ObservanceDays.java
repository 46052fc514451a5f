package org.factdrill.extract;

import java.util.ArrayList;

import java.util.List;
import java.util.Map;
import org.factdrill.lang.Holidays;
import org.factdrill.text.Language;

/**
 * The day of an observance a text names: a day and month written without a year that is the
 * fixed day of a holiday whose name the text holds ("30 tháng 4" in a post about "Ngày Thống
 * nhất", "July 4" beside "Independence Day"). Such a day is a day of every year: the date a page
 * was posted or filed does not make it a day of that year (the page speaks of the observance, or of
 * one year's celebration of it, and does not say which). The names are the pack's
 * ({@code holidays.tsv}), their days the language-free rules of {@link Holidays}; only holidays of
 * one fixed Gregorian day count. Asked only for a yearless day that a document's own date would
 * date, so the text is searched rarely.
 */
public final class ObservanceDays {
  private record Named(String name, int day) {}

  /** Per language: the names of its fixed-day holidays with their month and day. */
  private static final Map<Language, List<Named>> ALL = all();

  private ObservanceDays() {}

  private static Map<Language, List<Named>> all() {
    Map<Language, List<Named>> m = new java.util.HashMap<>();
    for (Language l : Language.values()) {
      List<Named> out = new ArrayList<>();
      for (Map.Entry<String, String> e : l.pack().holidays().entrySet()) {
        int day = Holidays.fixedDay(e.getValue());
        if (day > 0 && !e.getKey().isBlank()) {
          out.add(new Named(e.getKey().toLowerCase(l.pack().locale()), day));
        }
      }
      m.put(l, List.copyOf(out));
    }
    return Map.copyOf(m);
  }

  /** True when {@code text} names a holiday of {@code lang} whose fixed day is {@code month}/{@code day}. */
  public static boolean named(Language lang, String text, int month, int day) {
    String lower = null;
    for (Named n : ALL.get(lang)) {
      if (n.day() != month * 100 + day) {
        continue;
      }
      if (lower == null) {
        lower = text.toLowerCase(lang.pack().locale());
      }
      if (holdsWord(lower, n.name())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code name} stands in {@code text} as whole words. */
  private static boolean holdsWord(String text, String name) {
    int at = text.indexOf(name);
    while (at >= 0) {
      int end = at + name.length();
      if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return true;
      }
      at = text.indexOf(name, at + 1);
    }
    return false;
  }
}
