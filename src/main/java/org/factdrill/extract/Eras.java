package org.factdrill.extract;

/**
 * Eras written after a date (the pack's {@code era-bc} and {@code era-ad} phrases, read by the
 * language's {@link DateRecognizer#era}): a year with its era after a month or day, a century
 * with its era, and the era a period writes once, after its second end.
 */
final class Eras {
  private Eras() {}

  /**
   * A year with its era after a month or a day at k ("4 March 210 BC", "במרץ 210 לפנה\"ס",
   * "марта 210 г. до н. э."): one to four digits, the pack's year word optionally between, then
   * an era phrase. {year, index after}, the year negated before the common era; null when no era
   * follows (a bare number after a month is read as a year only with four digits).
   */
  static int[] year(DateRecognizer dates, Toks t, int k) {
    if (!t.isDigits(k)) {
      return null; // read off the arrays: most tokens after a month are no digits
    }
    int v = DateTokens.plainInt(t, k, 4);
    if (v <= 0) {
      return null;
    }
    int j = k + 1;
    int e = dates.era(t, j);
    if (e == 0) {
      int w = dates.lists.phrase(WordList.YEAR_WORDS, t, j);
      if (w == 0) {
        return null;
      }
      j += w;
      if (t.isPunct(j, '.') && t.attached(j)) {
        j++;
      }
      e = dates.era(t, j);
      if (e == 0) {
        return null;
      }
    }
    return new int[] {e < 0 ? -v : v, j + Math.abs(e)};
  }

  /**
   * The century of ordinal n read over tokens [from, k), with the era written after it at k
   * taken in ("the 5th century BC", "thế kỷ 5 TCN", "המאה ה-5 לפנה\"ס", "the 3rd century AD").
   */
  static DateRecognizer.Hit century(DateRecognizer dates, Toks t, int from, int k, int n) {
    int e = dates.era(t, k);
    return new DateRecognizer.Hit(from, k + Math.abs(e), e < 0 ? DateParts.centuryBc(n) : DateParts.century(n));
  }

  /** True when the date read over [from, to) ends with an era phrase of its own ("210 BC"). */
  private static boolean endsWithEra(DateRecognizer dates, Toks t, int from, int to) {
    for (int j = to - 1; j >= from && j >= to - 6; j--) {
      int e = dates.era(t, j);
      if (e != 0 && j + Math.abs(e) == to) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first end of a period whose era is written once, after the second end ("348 to 331 BC",
   * "thế kỷ 5 - thế kỷ 3 trước CN"): a year or century before the common era at the second end
   * makes the first one of the same era when the first has no era of its own and, read so, comes
   * before the second (the larger number first); otherwise {@code a} as written.
   */
  static DateParts shared(DateRecognizer dates, Toks t, DateRecognizer.Hit first, DateParts a,
      DateParts b) {
    boolean bcEnd = b.prefixDigits() != null ? b.centuryBeforeEra() : b.hasYear() && b.year() < 0;
    if (!bcEnd || !a.hasYear() || a.year() <= 0 || a.centuryBeforeEra()
        || endsWithEra(dates, t, first.from(), first.to())) {
      return a;
    }
    DateParts bc = a.prefixDigits() != null ? a.asCenturyBc()
        : new DateParts(-a.year(), a.month(), a.day(), null);
    return bc.compareTo(b) < 0 ? bc : a;
  }

  /** Reads an ordinal number at token i: {value, index after it}, or null. */
  @FunctionalInterface
  interface Ordinal {
    int[] at(Toks t, int i);
  }

  /**
   * A century written ordinal first ("the 19th century", "20th-century", "the 5th century BC",
   * "V век до н. э."), or two ordinals joined by a dash or the pack's range connector before
   * one century word ("the 5th – 3rd century BC", "the 18th-19th centuries", "V–III вв. до н.
   * э."): a period of centuries whose era is written once, after the second, and is the first's
   * as well when that reads it earlier (the larger number first, before the common era). Past
   * the 21st century only before the common era. Null when no century word follows.
   */
  static DateRecognizer.Hit centuries(DateRecognizer dates, Toks t, int i, Ordinal ordinal) {
    int[] first = ordinal.at(t, i);
    if (first == null || first[0] < 1 || first[0] > 40) {
      return null;
    }
    int n = first[0];
    int k = first[1];
    if (t.isDash(k) && t.attached(k) && dates.lists.phrase(WordList.CENTURY_WORDS, t, k + 1) > 0) {
      k++; // "20th-century"
    }
    int w = dates.lists.phrase(WordList.CENTURY_WORDS, t, k);
    if (w > 0) {
      return centuryOrLate(dates, t, i, k + w, n);
    }
    int c = dates.connector(t, k, new DateRecognizer.Hit(i, k, null));
    int[] second = c > 0 && !t.isBlocked(k + c) ? ordinal.at(t, k + c) : null;
    if (second == null || second[0] < 1 || second[0] > 40 || second[0] == n) {
      return null;
    }
    int w2 = dates.lists.phrase(WordList.CENTURY_WORDS, t, second[1]);
    if (w2 == 0) {
      return null;
    }
    DateParts b = century(dates, t, k + c, second[1] + w2, second[0]).lo();
    DateParts a = b.centuryBeforeEra() ? DateParts.centuryBc(n) : DateParts.century(n);
    if (a.compareTo(b) >= 0 || !b.centuryBeforeEra() && second[0] > 21) {
      return null;
    }
    int to = second[1] + w2 + Math.abs(dates.era(t, second[1] + w2));
    return new DateRecognizer.Hit(i, to, a, b, k, k + c, false);
  }

  /**
   * A century of ordinal n read over [from, k), with its era after it, or past the 21st only
   * before the common era: its own era ("thế kỷ 30 TCN"), or the era of the period it opens
   * ("Thế kỷ 30 - thế kỷ 3 trước CN": the period, its second end a century BC that comes after
   * the first read so). Null otherwise.
   */
  static DateRecognizer.Hit centuryOrLate(DateRecognizer dates, Toks t, int from, int k, int n) {
    if (n < 1 || n > 40) {
      return null;
    }
    DateRecognizer.Hit h = century(dates, t, from, k, n);
    if (n <= 21 || h.lo().centuryBeforeEra()) {
      return h;
    }
    if (h.to() != k) {
      return null; // "the 29th century AD"
    }
    int c = dates.connector(t, k, h);
    DateRecognizer.Hit second = c < 0 || t.isBlocked(k + c) ? null : dates.single(t, k + c);
    if (second == null || second.hi() != null || !second.lo().centuryBeforeEra()) {
      return null;
    }
    DateParts a = DateParts.centuryBc(n);
    return a.compareTo(second.lo()) < 0
        ? new DateRecognizer.Hit(from, second.to(), a, second.lo(), k, k + c, false) : null;
  }
}
