package org.factdrill.extract;

import java.util.Collection;
import java.util.List;

/**
 * What is left of a date whose month name a scan garbled: a day, a word one letter away from a
 * month of the pack ("6 Jnne 1944", "ZMARCH 30, 1867", "Octobcr 3, 1918") or a month split by a
 * space ("Ju ne"), and a year. A scan error is one letter changed, dropped, added or two
 * swapped: a word one such step from the forms of exactly one month can only be that month, so
 * it is read as it ("Jnne" is June); one step from two months ("Mav": May or Mar; "Jnn": Jan or
 * Jun) it is no month, since a guess would be a wrong date, and the day beside it is marked (it
 * is no count) while the year stays a year. A split month is not joined (the tokens stay two).
 */
final class GarbledMonths {
  private static final int MAX_DAY = 31;
  /** Characters around another calendar's date in which no Gregorian month is looked for. */
  private static final int WINDOW = 12;

  private GarbledMonths() {}

  /**
   * Marks and repairs the garbled months of {@code t}; the dates {@code other} calendars found
   * ("20 בצפר 1294 הג׳רה": Safar, no garbled Gregorian month) are left alone.
   */
  static void mark(Toks t, Lexicon lex, List<CalendarDates.Found> other) {
    Collection<String> forms = lex.pack().monthForms().keySet(); // the pack's own, not copied per text
    if (forms.isEmpty() || lex.pack().monthNames().isEmpty()) {
      return; // months written as numbers ("tháng 5"): no name to garble
    }
    String prefixes = lex.pack().prefixes();
    // Only a day can start one: the digit runs, which the tokenizer noted (with "[" and "@").
    int[] marks = t.marks();
    for (int m = 0; marks[m] >= 0; m++) {
      int i = marks[m];
      if (!day(t, i) || inside(other, t.startOf(i))) {
        continue;
      }
      if (repair(t, i + 1, lex, forms, prefixes, year(t, i + 2))
          || repair(t, i - 1, lex, forms, prefixes,
              year(t, i + 1) || t.isPunct(i + 1, ',') && year(t, i + 2))) {
        continue; // "6 Jnne 1944", "ZMARCH 30, 1867": one month only is one letter away
      }
      for (int len = 1; len <= 2; len++) {
        // "6 Jnne 1944", "6 Ju ne 1944"; "Jnne 6, 1944"
        if (year(t, i + 1 + len) && garbled(t, i + 1, len, lex, forms, prefixes)
            || (year(t, i + 1) || t.isPunct(i + 1, ',') && year(t, i + 2))
            && garbled(t, i - len, len, lex, forms, prefixes)) {
          t.blocked[i] = true;
        }
      }
    }
  }

  /** Whether character {@code at} lies in one of the other calendars' dates. */
  private static boolean inside(List<CalendarDates.Found> other, int at) {
    for (CalendarDates.Found f : other) {
      if (f.start() - WINDOW <= at && at < f.end() + WINDOW) {
        return true;
      }
    }
    return false;
  }

  /** Read off the token arrays: most tokens are never made into a {@link Token}. */
  private static boolean day(Toks t, int i) {
    if (!t.isDigits(i) || t.endOf(i) - t.startOf(i) > 2) {
      return false;
    }
    int v = 0;
    for (int k = t.startOf(i); k < t.endOf(i); k++) {
      v = v * 10 + Character.digit(t.chars[k], 10);
    }
    return v >= 1 && v <= MAX_DAY;
  }

  /** Read off the token arrays, as {@link #day}: the token after a day is seldom made. */
  private static boolean year(Toks t, int i) {
    if (!t.isDigits(i) || t.endOf(i) - t.startOf(i) != 4 || t.lineBreakBefore(i)) {
      return false;
    }
    int y = 0;
    for (int k = t.startOf(i); k < t.endOf(i); k++) {
      y = y * 10 + (t.chars[k] - '0');
    }
    return y >= 1000 && y <= 2100;
  }

  /**
   * Whether the {@code len} words (1 or 2) from token {@code i} are a garbled month: one word
   * one edit from a month form, or two on one line that join into one (a real month is none).
   */
  private static boolean garbled(Toks t, int i, int len, Lexicon lex, Collection<String> forms,
      String prefixes) {
    if (!t.isWordTok(i) || lex.month(t.norm(i)) != 0) {
      return false;
    }
    String w = t.norm(i);
    if (len == 1) {
      return near(w, forms) || !prefixes.isEmpty() && w.length() > 1
          && prefixes.indexOf(w.charAt(0)) >= 0 && near(w.substring(1), forms);
    }
    Token next = t.get(i + 1);
    if (next == null || !next.isWord() || next.newlinesBefore() > 0 || !next.gapBefore()
        || lex.month(next.norm()) != 0) {
      return false;
    }
    String joined = w + next.norm();
    return lex.month(joined) != 0 || near(joined, forms);
  }

  /**
   * Reads word {@code i} as the month it garbles when {@code dated} (a day and year beside it)
   * and one month only is one letter from it (prefix letters kept); whether it did.
   */
  private static boolean repair(Toks t, int i, Lexicon lex, Collection<String> forms, String prefixes,
      boolean dated) {
    if (!dated || !t.isWordTok(i) || lex.month(t.norm(i)) != 0) {
      return false;
    }
    String w = t.norm(i);
    String form = only(w, forms, lex);
    if (form != null) {
      t.renorm(i, form);
      return true;
    }
    if (!prefixes.isEmpty() && w.length() > 1 && prefixes.indexOf(w.charAt(0)) >= 0) {
      form = only(w.substring(1), forms, lex);
      if (form != null) {
        t.renorm(i, w.charAt(0) + form);
        return true;
      }
    }
    return false;
  }

  /** The form one letter from {@code w} when every such form names one month; else null. */
  private static String only(String w, Collection<String> forms, Lexicon lex) {
    if (w.length() < 4 || !w.chars().allMatch(Character::isLetter)) {
      // "mav", "jnn": too short to tell one month from its neighbours; a mark ("אוג'") is no
      // scan's letter: an abbreviation's mark the pack spells otherwise is left as it was
      return null;
    }
    String found = null;
    int month = 0;
    for (String f : forms) {
      if (f.length() >= 3 && oneEdit(w, f)) {
        int m = lex.month(f);
        if (month != 0 && m != month) {
          return null;
        }
        month = m;
        found = found == null || f.length() > found.length() ? f : found;
      }
    }
    return found;
  }

  /** Whether {@code w} is one letter away (changed, left out, added, swapped) from a form. */
  private static boolean near(String w, Collection<String> forms) {
    if (w.length() < 3) {
      return false;
    }
    for (String f : forms) {
      if (f.length() >= 3 && oneEdit(w, f)) {
        return true;
      }
    }
    return false;
  }

  static boolean oneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1 || a.equals(b)) {
      return false;
    }
    int i = 0;
    while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la == lb) {
      if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
        return true; // one letter changed
      }
      return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.regionMatches(i + 2, b, i + 2, la - i - 2); // two letters swapped
    }
    return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
  }
}
