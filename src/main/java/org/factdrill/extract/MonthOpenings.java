package org.factdrill.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where the three patterns of a {@link CalendarReader} can begin a match, told by a few
 * characters: a month name's first two letters after at most the pattern's prefix letters (the
 * patterns that open with the month), or a day numeral of at most four characters ended by a
 * space or dash (the pattern that opens with the day). A cheap test before the regex: false only
 * where the pattern cannot match; true may still fail. Letters compare as the patterns' case-blind
 * matching does ({@code toLowerCase(toUpperCase(c))}, also the character itself).
 */
final class MonthOpenings {
  /** Written for a geresh or gershayim: a day numeral's marks ("ה׳", "י״א"). */
  private static final String MARKS = "'׳’‘`´\"״“”″„";
  /** Stands for any character as a month name's second letter. */
  private static final char ANY = '\uffff';

  private final String prefixes;
  /** The month names' first letters and second letters (or {@link #ANY}), folded, in pairs. */
  private final char[] heads;
  /** A month name opens with no fixed letter: every start may open a month. */
  private final boolean anyStart;

  /**
   * {@code months}: the names (lower case) as the patterns' alternation writes them: a geresh,
   * hyphen or period may be left out, a gershayim is any of its forms, a space any run of spaces.
   */
  MonthOpenings(Collection<String> months, String prefixes) {
    this.prefixes = prefixes;
    List<Character> pairs = new ArrayList<>();
    boolean any = false;
    for (String n : months) {
      if (n.isEmpty() || !fixed(n.charAt(0))) {
        any = true;
        continue;
      }
      pairs.add(fold(n.charAt(0)));
      pairs.add(n.length() > 1 && fixed(n.charAt(1)) ? fold(n.charAt(1)) : ANY);
    }
    anyStart = any;
    heads = new char[pairs.size()];
    for (int k = 0; k < heads.length; k++) {
      heads[k] = pairs.get(k);
    }
  }

  /** A character the alternation writes as itself (not optional, not a class or a space run). */
  private static boolean fixed(char c) {
    return MARKS.indexOf(c) < 0 && "ʻʼ-־‐.".indexOf(c) < 0 && !Character.isWhitespace(c)
        && !Character.isSurrogate(c);
  }

  private static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** Whether the pattern opening with a day (0) or with the month (1, 2) may match at s. */
  boolean mayMatchAt(int pattern, String text, int s) {
    for (int j = 0; j <= 3 && s + j < text.length(); j++) {
      if (j > 0 && !prefixed(text, s, j)) {
        break;
      }
      if (pattern == 0 ? dayAt(text, s + j) : monthAt(text, s + j)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the j characters from s can be the pattern's prefix: 1-2 letters, a hyphen. */
  private boolean prefixed(String text, int s, int j) {
    char last = text.charAt(s + j - 1);
    if (j == 1 || j == 2 && !hyphen(last)) {
      return j == 1 ? prefix(last) : prefix(text.charAt(s)) && prefix(last);
    }
    // j == 2 after a hyphen, or 3: letters, then the hyphen
    return hyphen(last) && prefix(text.charAt(s)) && (j == 2 || prefix(text.charAt(s + 1)));
  }

  private boolean prefix(char c) {
    return !prefixes.isEmpty() && (prefixes.indexOf(c) >= 0 || prefixes.indexOf(fold(c)) >= 0
        || prefixes.indexOf(Character.toLowerCase(c)) >= 0
        || prefixes.indexOf(Character.toUpperCase(c)) >= 0 || Character.isSurrogate(c));
  }

  private static boolean hyphen(char c) {
    return c == '-' || c == '־';
  }

  /** A month name may start at q. */
  private boolean monthAt(String text, int q) {
    if (anyStart) {
      return true;
    }
    char a = text.charAt(q);
    char b = q + 1 < text.length() ? text.charAt(q + 1) : ANY;
    if (Character.isSurrogate(a) || Character.isSurrogate(b)) {
      return true;
    }
    char fa = fold(a);
    char fb = fold(b);
    for (int k = 0; k < heads.length; k += 2) {
      char x = heads[k];
      char y = heads[k + 1];
      if ((x == a || x == fa) && (y == ANY || y == b || y == fb)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A day numeral may start at q: one or two letters or digits, a letter and its geresh, or
   * letters around a gershayim ("י״א"), then a space or a dash.
   */
  private static boolean dayAt(String text, int q) {
    for (int len = 1; len <= 4 && q + len <= text.length(); len++) {
      if (q + len == text.length() || ends(text.charAt(q + len))) {
        return true;
      }
    }
    return false;
  }

  /** What may follow a day numeral: a space or dash, or a surrogate (read as a pair). */
  private static boolean ends(char c) {
    return !Character.isLetterOrDigit(c) && MARKS.indexOf(c) < 0;
  }
}
