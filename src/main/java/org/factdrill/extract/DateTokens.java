package org.factdrill.extract;

import java.util.Set;

/** Token shapes every date grammar reads: plain digit runs, days, years, phrases of pack words. */
final class DateTokens {
  private DateTokens() {}

  /** The value of a plain run of 1-4 digits at i (no separators), or -1. */
  static int plainInt(Toks t, int i, int maxLen) {
    int len = digitCount(t, i);
    if (len < 0 || len > maxLen) {
      return -1;
    }
    if ((t.isPunct(i + 1, ',') || t.isPunct(i + 1, '.')) && t.attached(i + 1)
        && t.isDigits(i + 2) && t.attached(i + 2)) {
      return -1;
    }
    return value(t, i);
  }

  /** A day of the month, 1-31, written in one or two digits at i. */
  static int day(Toks t, int i) {
    int len = digitCount(t, i);
    if (len < 0 || len > 2) {
      return -1;
    }
    int d = value(t, i);
    return d >= 1 && d <= 31 ? d : -1;
  }

  /** A plausible four-digit year at i (1000-2100). */
  static int year4(Toks t, int i) {
    if (digitCount(t, i) != 4) {
      return -1;
    }
    int y = value(t, i);
    return y >= 1000 && y <= 2100 ? y : -1;
  }

  /**
   * The number of digits of token i when it is a digit run, else -1: read off the token arrays
   * (a digit run is ASCII digits alone), no {@code Token} made.
   */
  static int digitCount(Toks t, int i) {
    return t.isDigits(i) ? t.endOf(i) - t.startOf(i) : -1;
  }

  /** The value of digit run i, which has at most nine digits, read off the characters. */
  static int value(Toks t, int i) {
    int v = 0;
    for (int c = t.startOf(i), e = t.endOf(i); c < e; c++) {
      v = v * 10 + (t.chars[c] - '0');
    }
    return v;
  }

  /** A year in a full numeric date: four digits, or two read as 19xx/20xx ({@code len} digits). */
  static int fullDateYear(int v, int len) {
    if (len == 4) {
      return v;
    }
    if (len == 2) {
      return v <= 30 ? 2000 + v : 1900 + v;
    }
    return -1;
  }

  /** The number of tokens from k (words or punctuation) spelling one of the phrases. */
  static int phrase(Toks t, int k, Set<String> phrases) {
    int best = 0;
    StringBuilder sb = new StringBuilder();
    for (int n = 0; n < 6 && k + n >= 0 && k + n < t.size(); n++) {
      if (n > 0) {
        sb.append(' ');
      }
      sb.append(t.norm(k + n));
      if (phrases.contains(sb.toString())) {
        best = n + 1;
      }
    }
    return best;
  }

  /**
   * The same, looked for only where one of the phrases starts ({@code starts}, the first words
   * of the phrases): runs at every candidate token, so most calls cost one hash look-up.
   */
  static int phrase(Toks t, int k, Set<String> phrases, Set<String> starts) {
    return t.get(k) != null && starts.contains(t.norm(k)) ? phrase(t, k, phrases) : 0;
  }

  /** The first words of the phrases (words separated by single spaces). */
  static Set<String> firstWords(Set<String> phrases) {
    Set<String> s = new java.util.HashSet<>();
    for (String p : phrases) {
      int sp = p.indexOf(' ');
      s.add(sp < 0 ? p : p.substring(0, sp));
    }
    return Set.copyOf(s);
  }

  /** A decade ending glued to a year ("1990s"), in any pack's language: pages mix languages. */
  static boolean decadeEnding(Toks t, int k) {
    return t.isWordTok(k) && AllPacks.DECADE_ENDINGS.contains(t.norm(k));
  }
}
