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

  /**
   * True when the day-month ending at {@code end} of {@code text} ({@code iso} "--MM-DD") is said
   * to be the day of a holiday of that fixed day: one of the pack's {@code observance-links} ("là",
   * "làm", "as") then the holiday's name ("lấy ngày 8-3 làm ngày Quốc tế Phụ nữ", "chose 8 March as
   * International Women's Day"). The day is that observance's, every year's: no year of the row
   * or paragraph it stands in (the year the choice was made is not the day's year).
   */
  static boolean declared(Language lang, String text, int end, String iso) {
    if (iso.length() != 7 || !iso.startsWith("--") || iso.charAt(4) != '-') {
      return false;
    }
    int md = Integer.parseInt(iso.substring(2, 4)) * 100 + Integer.parseInt(iso.substring(5, 7));
    String after = null;
    for (Named n : ALL.get(lang)) {
      if (n.day() != md) {
        continue;
      }
      if (after == null) {
        after = text.substring(end, Math.min(text.length(), end + REACH))
            .toLowerCase(lang.pack().locale()).replaceFirst("^[\\s,]+", "");
      }
      for (String link : lang.pack().words("observance-links")) {
        String rest = after.startsWith(link + " ") ? after.substring(link.length() + 1) : "";
        if (rest.startsWith(n.name()) && (rest.length() == n.name().length()
            || !Character.isLetterOrDigit(rest.charAt(n.name().length())))) {
          return true;
        }
      }
    }
    return false;
  }

  /** How far after a day-month its holiday's name is looked for (characters). */
  private static final int REACH = 60;

  /** Whether {@code name} stands in {@code text} as whole words. */
  static boolean holdsWord(String text, String name) {
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
