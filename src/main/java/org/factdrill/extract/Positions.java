package org.factdrill.extract;

/**
 * A place's position on a map is no figure to learn: a number of degrees with a compass point
 * after it ("41 degrees north", "21 độ Bắc", "38° N"), a latitude or longitude named before it
 * ("latitude 41", "vĩ độ 21"), a pair of numbers each with its compass letter ("28.5 N, 92.1
 * W"), and the minutes and seconds that go on a degree ("55° 30′ N"). The pack names the degree
 * words, the compass points and the latitude/longitude words; one-letter points count in a
 * pair, after a degree, or alone where the letter ends its clause ("sunk off Varn, 52 N."): a lone
 * letter after a number that goes on into its clause names other things. A degree abbreviated
 * to one letter ("41 d. 12' N.") counts only with its minutes and a compass point.
 */
final class Positions {
  private Positions() {}

  static void mark(Toks t, Lexicon lex) {
    if (lex.words(WordList.POSITION_COMPASS).isEmpty()) {
      return;
    }
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (!t.isDigits(i) || t.isBlocked(i) && !degreeSign(t, i + 1)) {
        continue;
      }
      if (t.isDigits(i - 1) && t.attached(i)) {
        continue; // the decimals of a number already visited
      }
      int e = numberEnd(t, i);
      int end = position(t, lex, i, e);
      if (end > 0) {
        // A prefix joined by a hyphen ("ב-31"): a recognizer reads the number from the prefix.
        boolean prefixed = t.isDash(i - 1) && t.attached(i) && t.isWordTok(i - 2)
            && t.attached(i - 1);
        block(t, prefixed ? i - 2 : i, end);
      }
    }
  }

  /** Where the position that starts with the number i..e ends, or -1 when it is none. */
  private static int position(Toks t, Lexicon lex, int i, int e) {
    boolean sign = degreeSign(t, e);
    int k = sign ? e + 1 : e;
    // "41 degrees", "41-degrees", "41 deg." : the pack's degree word, maybe its abbreviation's period.
    int u = t.isDash(k) && t.attached(k) && t.attached(k + 1) ? k + 1 : k;
    boolean unit = !sign && lex.filtered().has(WordList.POSITION_UNITS, t, u);
    if (unit) {
      k = u + 1;
      k = t.isPunct(k, '.') && t.attached(k) ? k + 1 : k;
    }
    if (!sign && !unit) {
      int lettered = letterDegree(t, lex, k);
      if (lettered > 0) {
        return lettered;
      }
    }
    int degreeEnd = k;
    int marked = minutes(t, lex, k, false); // "55° 30′": minutes by their marks
    k = minutes(t, lex, k, sign || unit);
    if ((sign || unit) && compass(t, lex, k, true)) {
      return k + 1; // "41 degrees north", "38° N", "55° 30′ N", "41 degrees 30 minutes north"
    }
    if (named(t, lex, i)) {
      return k; // "latitude 41", "vĩ độ 21", "lat. 41"
    }
    if (sign && marked > degreeEnd && marked == k
        || (sign || unit) && k > degreeEnd && compassOrNamedNear(t, lex, i, k)) {
      return k; // "55° 30′": the degree's minutes; "12 degrees 30 minutes" beside a point
    }
    // "28.5 N, 92.1 W", "30 N 12 E": two numbers, each with its one-letter point.
    boolean comma = t.isPunct(k + 1, ',');
    if (!sign && !unit && compass(t, lex, k, false) && t.isDigits(comma ? k + 2 : k + 1)) {
      int f = numberEnd(t, comma ? k + 2 : k + 1);
      if (compass(t, lex, f, true)) { // the pair tells it: "… 92.1 W on 5 June"
        return f + 1;
      }
    }
    // "sunk off Cape Varn, 52 N.": a lone one-letter point that ends its clause is a degree of
    // a position (a count's noun is a word, and goes on into the clause).
    if (!sign && !unit && compass(t, lex, k, false) && t.endOf(k) - t.startOf(k) == 1
        && clauseEnd(t, k + 1)) {
      return k + 1;
    }
    return -1;
  }

  /**
   * "41 d. 12' N.": a one-letter degree abbreviation (the pack's {@code position-letter-units}),
   * with its full stop or without, counts only when minutes by their mark and a compass point
   * follow; alone, the letter names other things (pence, "died"). Where it ends, or -1.
   */
  private static int letterDegree(Toks t, Lexicon lex, int k) {
    if (!lex.filtered().has(WordList.POSITION_LETTER_UNITS, t, k)) {
      return -1;
    }
    int d = t.isPunct(k + 1, '.') && t.attached(k + 1) ? k + 2 : k + 1; // "41 d. 12'", "41 d 12'"
    int m = minutes(t, lex, d, false);
    return m > d && compass(t, lex, m, true) ? m + 1 : -1;
  }

  /** A compass point or a latitude word just before i ("S 33° 52′") or after k. */
  private static boolean compassOrNamedNear(Toks t, Lexicon lex, int i, int k) {
    return compass(t, lex, i - 1, true) || lex.filtered().has(WordList.POSITION_WORDS, t, k);
  }

  /**
   * Past a degree's minutes and seconds from token k ("30′", "30' 15\"", and after a degree
   * word or sign the pack's minute words: "30 minutes", ", 30 min."), or k.
   */
  private static int minutes(Toks t, Lexicon lex, int k, boolean degree) {
    for (int n = 0; n < 2; n++) {
      int d = degree && t.isPunct(k, ',') && t.isDigits(k + 1) ? k + 1 : k;
      if (!t.isDigits(d)) {
        return k;
      }
      if (minuteMark(t, d + 1) && t.attached(d + 1)) {
        k = d + 2;
      } else if (degree && lex.filtered().has(WordList.POSITION_MINUTES, t, d + 1)) {
        k = t.isPunct(d + 2, '.') && t.attached(d + 2) ? d + 3 : d + 2;
      } else {
        return k;
      }
    }
    return k;
  }

  /** Token k is a compass point; a one-letter one only when {@code letters} allows it. */
  private static boolean compass(Toks t, Lexicon lex, int k, boolean letters) {
    if (!lex.filtered().has(WordList.POSITION_COMPASS, t, k)) {
      return false;
    }
    boolean letter = t.endOf(k) - t.startOf(k) == 1;
    // A one-letter point is written in capitals and ends there ("N,", "W."), not a word's start.
    return !letter || Character.isUpperCase(t.text.charAt(t.startOf(k)))
        && (letters || !t.isWordTok(k + 1) || t.lineBreakBefore(k + 1));
  }

  /** A latitude or longitude word right before the number, or with a degree word between. */
  private static boolean named(Toks t, Lexicon lex, int i) {
    // The lists' bit filters: no token is made for the words before a number in prose.
    DateLists lists = lex.filtered();
    if (lists.has(WordList.POSITION_WORDS, t, i - 1)
        || t.isPunct(i - 1, '.') && lists.has(WordList.POSITION_WORDS, t, i - 2)) {
      return true; // "latitude 41", "lat. 41"
    }
    return lists.has(WordList.POSITION_UNITS, t, i - 1)
        && lists.has(WordList.POSITION_WORDS, t, i - 2);
  }

  /** Token k ends a clause: nothing after it, a line break, or a mark that closes a clause. */
  private static boolean clauseEnd(Toks t, int k) {
    if (k >= t.size() || t.lineBreakBefore(k)) {
      return true;
    }
    if (t.isPunct(k, '.')) { // "N." then a space: not "N.Y." or "A.M."
      return k + 1 >= t.size() || !t.attached(k + 1);
    }
    return t.isPunct(k, ',') || t.isPunct(k, ';') || t.isPunct(k, ')');
  }

  /** Past a number's decimals ("28.5"). */
  private static int numberEnd(Toks t, int i) {
    int e = i + 1;
    if ((t.isPunct(e, '.') || t.isPunct(e, ',')) && t.attached(e) && t.isDigits(e + 1)
        && t.attached(e + 1)) {
      e += 2;
    }
    return e;
  }

  private static boolean degreeSign(Toks t, int k) {
    // "41°", and spaced "41 ° N" (the sign names a degree wherever it stands)
    return t.isPunct(k, '°') || t.isPunct(k, 'º') && t.attached(k);
  }

  private static boolean minuteMark(Toks t, int k) {
    return t.isPunct(k, '′') || t.isPunct(k, '\'') || t.isPunct(k, '’') || t.isPunct(k, '″')
        || t.isPunct(k, '"');
  }

  private static void block(Toks t, int from, int to) {
    for (int k = from; k < to && k < t.size(); k++) {
      t.blocked[k] = true;
    }
  }
}
