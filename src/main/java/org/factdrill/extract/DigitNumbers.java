package org.factdrill.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads numbers written in digits with the separators of the document's language: English and
 * Hebrew group thousands with "," and mark decimals with "." (40,000 and 1.5); Vietnamese does the
 * reverse (4.649.000 and 2,1). Runs that fit neither convention (14.5.1948, 1.3.2) are opaque.
 */
final class DigitNumbers {
  private DigitNumbers() {}

  /** A digit number over tokens [from, to); {@code value} is null for an opaque run. */
  record Parsed(BigDecimal value, int from, int to, boolean plain) {}

  static Parsed parse(Toks t, int i, Lexicon lex) {
    if (lone(t, i, lex)) {
      return new Parsed(value(t, i), i, i + 1, true); // most runs: no token made, no string
    }
    Token first = t.get(i);
    if (first == null) {
      return null;
    }
    if (first.type() == Token.Type.PUNCT && (first.isPunct('.') || first.isPunct(','))) {
      // ".77" (and ",77" in Vietnamese): a decimal with no integer part.
      if (leadingDecimal(first.text().charAt(0), lex) && t.isDigits(i + 1)
          && t.attached(i + 1) && (first.gapBefore() || i == 0 || opensNumber(t.get(i - 1)))
          && !t.isDigits(i - 1)) {
        return new Parsed(new BigDecimal("0." + t.get(i + 1).text()), i, i + 2, false);
      }
      return null;
    }
    if (!first.isDigits()) {
      return null;
    }
    // "-.0012", "p.23", "No.5": digits glued to a decimal mark that follows no digits are never
    // an integer of their own (".0012" is not 12); the decimal reading above takes them or nothing.
    Token mark = t.get(i - 1);
    if (i > 0 && !first.gapBefore() && mark != null && mark.type() == Token.Type.PUNCT
        && mark.text().length() == 1 && leadingDecimal(mark.text().charAt(0), lex)
        && !t.isDigits(i - 2)) {
      return null;
    }
    Parsed spaced = spaceGrouped(t, i, lex);
    if (spaced != null) {
      return spaced;
    }
    Token s0 = t.get(i + 1);
    if (s0 != null && !s0.gapBefore() && s0.isPunct(lex.decimalSeparator()) && t.isDigits(i + 2)
        && t.newlinesBefore(i + 2) == 1 && t.get(i + 2).text().length() <= 3
        && scaleFollows(t, i + 3, lex)) {
      // "2.\n5 million": a page wrapping its lines at a fixed width broke the number after its
      // point; the fraction's digits and a scale word open the next line (text/BrokenDecimals).
      return new Parsed(new BigDecimal(first.text() + "." + t.get(i + 2).text()), i, i + 3, false);
    }
    if (s0 == null || s0.gapBefore() || !(s0.isPunct(',') || s0.isPunct('.'))
        || !t.isDigits(i + 2) || !t.attached(i + 2)) {
      return new Parsed(new BigDecimal(first.text()), i, i + 1, true); // no separators: common
    }
    List<String> groups = new ArrayList<>(4);
    List<Character> seps = new ArrayList<>(4);
    groups.add(first.text());
    int k = i + 1;
    while (true) {
      Token s = t.get(k);
      if (s == null || s.gapBefore() || !(s.isPunct(',') || s.isPunct('.'))
          || !t.isDigits(k + 1) || !t.attached(k + 1)) {
        break;
      }
      seps.add(s.text().charAt(0));
      groups.add(t.get(k + 1).text());
      k += 2;
    }
    int n = seps.size();
    if (n == 0) {
      return new Parsed(new BigDecimal(first.text()), i, i + 1, true);
    }
    boolean allSame = seps.stream().allMatch(c -> c.equals(seps.get(0)));
    boolean headOk = groups.get(0).length() <= 3;
    if (n >= 2) {
      boolean middleThrees = true;
      for (int g = 1; g < n; g++) {
        middleThrees &= groups.get(g).length() == 3;
      }
      if (allSame && middleThrees && groups.get(n).length() == 3 && headOk) {
        return new Parsed(new BigDecimal(String.join("", groups)), i, k, false);
      }
      if (!allSame && headOk && middleThrees && seps.subList(0, n - 1).stream()
          .allMatch(c -> c.equals(seps.get(0))) && !seps.get(n - 1).equals(seps.get(0))) {
        String whole = String.join("", groups.subList(0, n));
        return new Parsed(new BigDecimal(whole + "." + groups.get(n)), i, k, false);
      }
      return new Parsed(null, i, k, false);
    }
    char c = seps.get(0);
    String g = groups.get(1);
    boolean three = g.length() == 3 && headOk;
    if (c == lex.decimalSeparator()) {
      if (c == ',' && three && !scaleFollows(t, k, lex)) {
        // Vietnamese texts often borrow the English "1,500"; a three-digit decimal without a
        // scale word ("1,500 người") is far more likely a grouped integer.
        return new Parsed(new BigDecimal(groups.get(0) + g), i, k, false);
      }
      return new Parsed(new BigDecimal(groups.get(0) + "." + g), i, k, false);
    }
    if (three) {
      return new Parsed(new BigDecimal(groups.get(0) + g), i, k, false);
    }
    if (c == '.') {
      // Vietnamese "1.5 triệu": a decimal point where the comma belongs.
      return new Parsed(new BigDecimal(groups.get(0) + "." + g), i, k, false);
    }
    // English "1,2": two numbers, not one.
    return new Parsed(new BigDecimal(groups.get(0)), i, i + 1, true);
  }

  /**
   * True when digit run {@code i} touches no period, comma or decimal mark on either side and
   * the language does not group with spaces: then none of the readings below (a decimal mark
   * before it, space groups, a broken or grouped decimal after it) can apply, and it is one plain
   * number. Read off the token arrays.
   */
  private static boolean lone(Toks t, int i, Lexicon lex) {
    return t.isDigits(i) && !(t.attached(i) && separator(t, i - 1, lex))
        && !(t.attached(i + 1) && separator(t, i + 1, lex))
        && !Character.isSpaceChar(lex.groupSeparator());
  }

  private static boolean separator(Toks t, int k, Lexicon lex) {
    return t.isPunct(k, '.') || t.isPunct(k, ',') || t.isPunct(k, lex.decimalSeparator());
  }

  /** The value of digit run {@code i} (ASCII digits): from a long when it fits one. */
  static BigDecimal value(Toks t, int i) {
    int s = t.startOf(i);
    int e = t.endOf(i);
    if (e - s > 18) {
      return new BigDecimal(t.text.substring(s, e));
    }
    long v = 0;
    for (int k = s; k < e; k++) {
      v = v * 10 + (t.chars[k] - '0');
    }
    return BigDecimal.valueOf(v);
  }

  /**
   * A mark glued before digits with none before it is decimal unless it is the language's group
   * separator: ".77" in English, ",77" in Vietnamese, either in Russian (which groups with spaces).
   */
  private static boolean leadingDecimal(char c, Lexicon lex) {
    return c == lex.decimalSeparator() || (c == '.' || c == ',') && c != lex.groupSeparator()
        && lex.groupSeparator() != '.' && lex.groupSeparator() != ',';
  }

  /**
   * Where the language groups thousands with a space (CLDR's no-break space in Russian): "4 947
   * 267,53" is one number when a head of one to three digits is followed by groups of exactly
   * three, each after a single space, no-break space or narrow no-break space.
   */
  private static Parsed spaceGrouped(Toks t, int i, Lexicon lex) {
    if (!Character.isSpaceChar(lex.groupSeparator()) || t.get(i).text().length() > 3) {
      return null;
    }
    StringBuilder whole = new StringBuilder(t.get(i).text());
    int k = i;
    while (t.isDigits(k + 1) && t.get(k + 1).text().length() == 3 && singleSpace(t, k)
        && !(t.isDigits(k + 2) && t.attached(k + 2))) {
      whole.append(t.get(k + 1).text());
      k++;
    }
    if (k == i) {
      return null;
    }
    if (t.isPunct(k + 1, lex.decimalSeparator()) && t.attached(k + 1) && t.isDigits(k + 2)
        && t.attached(k + 2)) {
      return new Parsed(new BigDecimal(whole + "." + t.get(k + 2).text()), i, k + 3, false);
    }
    return new Parsed(new BigDecimal(whole.toString()), i, k + 1, false);
  }

  /** True when one space character alone separates token k from token k + 1. */
  private static boolean singleSpace(Toks t, int k) {
    Token a = t.get(k);
    Token b = t.get(k + 1);
    if (b.start() != a.end() + 1) {
      return false;
    }
    char c = t.text.charAt(a.end());
    return c == ' ' || c == '\u00a0' || c == '\u202f';
  }

  /** A sign or opening bracket right before ".5" still starts a number: "-.5", "(.5". */
  private static boolean opensNumber(Token before) {
    return before != null && before.type() == Token.Type.PUNCT && before.text().length() == 1
        && "-+−(\"'".indexOf(before.text().charAt(0)) >= 0;
  }

  private static boolean scaleFollows(Toks t, int k, Lexicon lex) {
    Token next = t.get(k);
    if (next == null || !next.isWord()) {
      return false;
    }
    Lexicon.Hit h = lex.number(next.norm());
    return h != null && (h.word().role() == NumberWord.Role.SCALE
        || h.word().role() == NumberWord.Role.HUNDRED);
  }
}
