package org.factdrill.extract;

/**
 * "August and September 2003", "June, July and August 1944", "ngày 2 tháng 8 và ngày 5 tháng 9
 * năm 1964": dates listed together (by a comma or the pack's date-list-joins) with the year
 * written once, after the last, all take that year. A later date of the list is a later date of
 * that year, so the year is shared only when each date's month comes after the one before.
 */
final class SharedYears {
  /** How many dates a list may hold before the one with the year. */
  private static final int LIST = 6;

  private SharedYears() {}

  /** Hit h with the year of the list it opens, or h as it is. */
  static DateRecognizer.Hit of(DateRecognizer dates, Lexicon lex, Toks t,
      DateRecognizer.Hit h) {
    DateParts d = h.lo();
    if (h.hi() != null || d.hasYear() || d.month() == 0 || d.prefixDigits() != null) {
      return h;
    }
    int month = d.month();
    int k = h.to();
    for (int n = 0; n < LIST; n++) {
      int start = next(lex, t, k);
      if (start < 0 || t.isBlocked(start)) {
        return h;
      }
      DateRecognizer.Hit next = dates.single(t, start);
      int named = next == null && t.isWordTok(start) ? lex.month(t.norm(start)) : 0;
      if (named > month) {
        month = named; // "June, July and August 1944": a month's name alone inside the list
        k = start + 1;
        continue;
      }
      if (next == null || next.from() != start || next.hi() != null) {
        return h;
      }
      DateParts b = next.lo();
      if (b.month() <= month || b.prefixDigits() != null) {
        return h;
      }
      if (b.hasYear()) {
        return new DateRecognizer.Hit(h.from(), h.to(), d.withYear(b.year()));
      }
      month = b.month();
      k = next.to();
    }
    return h;
  }

  /**
   * Where the next date of a list starts after token k: after a comma, a join word or both
   * ("June, July, and August"), or at k itself when k's word opens with the pack's letter for
   * "and" ("ובספטמבר"); -1 when no list goes on.
   */
  private static int next(Lexicon lex, Toks t, int k) {
    java.util.Set<String> joins = lex.words(WordList.DATE_LIST_JOINS);
    if (t.isPunct(k, ',')) {
      return t.isWordTok(k + 1) && joins.contains(t.norm(k + 1)) ? k + 2 : k + 1;
    }
    if (!t.isWordTok(k)) {
      return -1;
    }
    String w = t.norm(k);
    if (joins.contains(w)) {
      return k + 1;
    }
    return w.length() > 1 && lex.words(WordList.AND_PREFIXES).contains(w.substring(0, 1)) ? k : -1;
  }
}
