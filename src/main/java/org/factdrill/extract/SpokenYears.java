package org.factdrill.extract;

/**
 * Years said in words the English way (pack feature spoken-years): two pairs of digits
 * ("nineteen sixty-nine", "eighteen oh five", "nineteen hundred and five") or thousands ("two
 * thousand eight"), read as one year so a question never asks half of one.
 */
final class SpokenYears {
  private final Lexicon lex;

  SpokenYears(Lexicon lex) {
    this.lex = lex;
  }

  /**
   * A year said in words as one date: "nineteen sixty-nine", "eighteen oh five", "nineteen
   * hundred", "two thousand eight". English says a year in two pairs of digits; a first pair of
   * thirteen to nineteen before a second pair is no cardinal, so it is a year wherever it stands.
   * Other forms read as cardinals too ("twelve thirty" a time, "two thousand seven" a count), so
   * they are years only after a preposition of time ("in", "since", "of"...).
   */
  DateRecognizer.Hit hit(Toks t, int i, DateRecognizer dates) {
    int[] y = year(t, i);
    if (y == null) {
      return null;
    }
    boolean pairs = y[2] == 1 && y[0] / 100 >= 13 && y[0] / 100 <= 19;
    String before = t.norm(i - 1);
    // Words before a year said in words that make a cardinal ("two thousand seven") a year.
    boolean context = lex.words(WordList.SPOKEN_YEAR_AFTER).contains(before) && !t.isDash(i - 1);
    if (!pairs && !context || !dates.yearContext(t, y[1] - 1)) {
      return null;
    }
    return new DateRecognizer.Hit(i, y[1], DateParts.year(y[0]));
  }

  /**
   * {year, index after it, 1 when said in pairs (else 0)} for a year said in words at i, or
   * null: pairs ("nineteen sixty-nine", "eighteen oh five", "twenty ten", "nineteen hundred
   * [and] five") or thousands ("two thousand [and] seven").
   */
  int[] year(Toks t, int i) {
    int first = wordValue(t, i);
    if (first < 0) {
      return null;
    }
    if (first == 2 && role(t, i + 1, NumberWord.Role.SCALE, 1000)) {
      int k = i + 2;
      if (isAnd(t, k)) {
        k++;
      }
      int[] rest = twoDigits(t, k);
      if (rest != null && rest[0] < 100) {
        return new int[] {2000 + rest[0], rest[1], 0};
      }
      return isAnd(t, k - 1) ? null : new int[] {2000, i + 2, 0};
    }
    if (first < 11 || first > 20) {
      return null;
    }
    int k = i + 1;
    if (role(t, k, NumberWord.Role.HUNDRED, 100)) {
      int j = isAnd(t, k + 1) ? k + 2 : k + 1;
      int[] rest = twoDigits(t, j);
      if (rest != null) {
        return new int[] {first * 100 + rest[0], rest[1], 1};
      }
      return isAnd(t, k + 1) ? null : new int[] {first * 100, k + 1, 1};
    }
    if (t.isWordTok(k) && lex.words(WordList.SPOKEN_ZEROS).contains(t.norm(k))
        && !t.attached(k)) {
      int j = t.isDash(k + 1) && t.attached(k + 1) ? k + 2 : k + 1;
      int u = wordValue(t, j);
      return u >= 1 && u <= 9 ? new int[] {first * 100 + u, j + 1, 1} : null;
    }
    int[] rest = twoDigits(t, k);
    if (rest == null || rest[0] < 10 || first == 20 && rest[0] < 10) {
      return null;
    }
    return new int[] {first * 100 + rest[0], rest[1], 1};
  }

  /** A number from 1 to 99 in words at k ("seven", "sixteen", "sixty-nine", "sixty nine"). */
  private int[] twoDigits(Toks t, int k) {
    int v = wordValue(t, k);
    if (v < 1 || v > 90) {
      return null;
    }
    if (v >= 20 && v % 10 == 0) {
      int j = t.isDash(k + 1) && t.attached(k + 1) && t.attached(k + 2) ? k + 2 : k + 1;
      int u = wordValue(t, j);
      if (u >= 1 && u <= 9 && (j == k + 2 || !t.attached(j))) {
        return new int[] {v + u, j + 1};
      }
    }
    return new int[] {v, k + 1};
  }

  /** True when token k is the numeral of {@code role} and {@code value} ("hundred", "thousand"). */
  private boolean role(Toks t, int k, NumberWord.Role role, long value) {
    Lexicon.Hit h = t.isWordTok(k) ? lex.number(t.norm(k)) : null;
    return h != null && h.prefix().isEmpty() && h.word().role() == role
        && h.word().value() == value;
  }

  /** True when token k joins numerals ("nineteen hundred and five"): the pack's numeral-and. */
  private boolean isAnd(Toks t, int k) {
    return t.isWordTok(k) && lex.words(WordList.NUMERAL_AND).contains(t.norm(k));
  }

  /** The value of a number word of one token at k (below a hundred), else -1. */
  private int wordValue(Toks t, int k) {
    if (!t.isWordTok(k) || t.isBlocked(k)) {
      return -1;
    }
    Lexicon.Hit h = lex.number(t.norm(k));
    if (h == null || !h.prefix().isEmpty() || h.word().role() != NumberWord.Role.ADD
        || h.word().value() >= 100) {
      return -1;
    }
    return (int) h.word().value();
  }
}
