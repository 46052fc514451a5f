package org.factdrill.text;

/**
 * Whether a period where ICU ends a sentence ends an abbreviation, an initial or an acronym
 * instead ("St. Petersburg", "J. F. Smith", "the U.S. Senate"): the sentence then goes on.
 */
final class AbbreviationStops {
  private AbbreviationStops() {}

  /**
   * True when ICU's break at {@code e} follows a period that ends an abbreviation, not the
   * sentence: a listed abbreviation ("St.", "Gen.") before a capitalized word or a number; or an
   * initial or dotted acronym ("J.", "U.S.", "U. S.", "D.C.") before a capitalized word that is
   * not one of the words a new sentence opens with ("The", "In", "He"...).
   */
  static boolean goOn(String para, int e, Sentences.Abbreviations abbr) {
    // Asked at every break: the word before and after are read in place, and a string is made
    // only for a look-up in the pack's lists, after the cheap tests that gate it.
    int end = e;
    while (end > 0 && Character.isWhitespace(para.charAt(end - 1))) {
      end--;
    }
    if (end > 0 && Ellipses.endsAt(para, end) && !abbr.openers().isEmpty()) {
      // "Paris, London... Rome and Madrid": omitted words, and the capital after them is a
      // name, not a sentence's start (an opener after it ends the sentence, as after "U.S.").
      String next = Ellipses.nextWord(para, e);
      return next != null && !holdsLineFeed(para, end, e)
          && Character.isUpperCase(next.charAt(0))
          && !abbr.openers().contains(next.toLowerCase(java.util.Locale.ROOT));
    }
    if (end == 0 || para.charAt(end - 1) != '.') {
      return false;
    }
    if (IdentifierBracket.around(para, end) != null) {
      return true; // "the Harbour Act (H.R. 7260; Pub. L. 74-271)": a document's identifiers
    }
    int start = end - 1;
    while (start > 0 && (Character.isLetter(para.charAt(start - 1))
        || para.charAt(start - 1) == '.')) {
      start--;
    }
    int wordEnd = end - 1; // the word is [start, wordEnd), without the final period
    if (start == wordEnd || !Character.isLetter(para.charAt(start))
        || start > 0 && Character.isLetterOrDigit(para.charAt(start - 1))) {
      return false; // "1st." is no abbreviation
    }
    int n = e;
    while (n < para.length() && (Character.isWhitespace(para.charAt(n))
        || "\"“‘'(".indexOf(para.charAt(n)) >= 0)) {
      n++;
    }
    if (n < para.length() && holdsLineFeed(para, end, n)) {
      return titleBeforeName(para, start, wordEnd, n, abbr);
    }
    if (n >= para.length()) {
      return false;
    }
    int ne = n;
    while (ne < para.length() && Character.isLetter(para.charAt(ne))) {
      ne++;
    }
    boolean capital = ne > n && Character.isUpperCase(para.charAt(n));
    boolean digit = Character.isDigit(para.charAt(n));
    if (degreeBeforeMinutes(para, start, wordEnd, n, ne, abbr)) {
      return true; // "41 deg. 12' N.", "7 d. 45' S.": one position, not a sentence's end
    }
    if (wordEnd - start == 1 && afterPositionFigure(para, start, abbr)
        && abbr.compass().contains(lower(para, start, wordEnd))) {
      return false; // "… 12' N. Nine were saved": a position's last letter, not an initial
    }
    if (afterDigits(para, start) && abbr.weekdays().contains(lower(para, start, wordEnd))) {
      return true; // "03/15 Sun. The fleet sails": the date's weekday, not a sentence's end
    }
    if (capital && ne - n == 1 && ne < para.length() && para.charAt(ne) == '.'
        && initials(para, start, wordEnd)) {
      return true; // "J. A. Smith", "А. С. Пушкин": an initial after an initial, not "A", "С"
    }
    if (capital && abbr.openers().contains(lower(para, n, ne))) {
      return false; // "... in Dec. The war ...": a new sentence
    }
    if ((capital || digit) && abbr.titles().contains(lower(para, start, wordEnd))) {
      return true;
    }
    if (wordEnd - start == 1 && caseless(para.charAt(start)) && ne > n
        && (start == 0 || Character.isWhitespace(para.charAt(start - 1)))
        && caseless(para.charAt(n))) {
      // A script without capitals writes its one-letter words onto the next word (Hebrew's
      // prefixes): a letter standing alone before a period is an initial ("א. ד. גורדון").
      return true;
    }
    // Without the pack's openers there is no telling an initial from a sentence's last letter.
    // A word without an inner period is no dotted abbreviation (no string made for it).
    return capital && !abbr.openers().isEmpty() && (initials(para, start, wordEnd)
        || para.lastIndexOf('.', wordEnd - 1) >= start
        && dotted(para.substring(start, wordEnd)));
  }

  /**
   * A degree word's abbreviation [start, wordEnd) right after a figure, its period followed by
   * the minutes (a figure with a minute mark) or by a one-letter compass point ("60 deg. N."):
   * the period is the abbreviation's, and the position goes on.
   */
  private static boolean degreeBeforeMinutes(String para, int start, int wordEnd, int n, int ne,
      Sentences.Abbreviations abbr) {
    int k = start;
    while (k > 0 && para.charAt(k - 1) == ' ') {
      k--;
    }
    if (k == start || k == 0 || !Character.isDigit(para.charAt(k - 1))
        || !abbr.degrees().contains(lower(para, start, wordEnd))) {
      return false;
    }
    if (ne - n == 1) { // "N." / "S," / "W" then the end: a compass letter
      return Character.isUpperCase(para.charAt(n)) && abbr.compass().contains(lower(para, n, ne))
          && (ne == para.length() || !Character.isLetterOrDigit(para.charAt(ne)));
    }
    int d = n;
    while (d < para.length() && Character.isDigit(para.charAt(d))) {
      d++;
    }
    return d > n && d < para.length() && "'′’".indexOf(para.charAt(d)) >= 0;
  }

  /**
   * A figure with its degree sign or minute mark right before {@code start}, spaces aside
   * ("12' N", "41° S"): not a bare figure, which may be a year before an initial ("1862 S. Lee").
   */
  private static boolean afterPositionFigure(String para, int start,
      Sentences.Abbreviations abbr) {
    int k = start;
    while (k > 0 && para.charAt(k - 1) == ' ') {
      k--;
    }
    if (k > 1 && para.charAt(k - 1) == '.') { // "60 deg. N.": the degree word's abbreviation
      int w = k - 1;
      while (w > 0 && Character.isLetter(para.charAt(w - 1))) {
        w--;
      }
      return w < k - 1 && abbr.degrees().contains(lower(para, w, k - 1))
          && degreeBeforeMinutes(para, w, k - 1, start, start + 1, abbr);
    }
    return k > 1 && "°º'′’".indexOf(para.charAt(k - 1)) >= 0
        && Character.isDigit(para.charAt(k - 2));
  }

  /** True when [from, to) of {@code s} holds a line feed. */
  private static boolean holdsLineFeed(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.charAt(k) == '\n') {
        return true;
      }
    }
    return false;
  }

  /**
   * At a line's end a period ends the line's sentence ("... Washington, D.C."), except a title's
   * or rank's ([start, wordEnd): one line feed, as hard-wrapped text breaks lines anywhere): "under
   * Gen.\nHarlow" goes on when a capitalised word that opens no sentence follows on one line feed.
   */
  private static boolean titleBeforeName(String para, int start, int wordEnd, int n,
      Sentences.Abbreviations abbr) {
    int ne = n;
    while (ne < para.length() && Character.isLetter(para.charAt(ne))) {
      ne++;
    }
    return ne > n && Character.isUpperCase(para.charAt(n)) && Character.isUpperCase(para.charAt(start))
        && para.lastIndexOf('\n', n - 1) == para.indexOf('\n', wordEnd)
        && abbr.titles().contains(lower(para, start, wordEnd))
        && !abbr.openers().contains(lower(para, n, ne));
  }

  /** [from, to) of {@code s} in lower case, as a pack's word lists hold words. */
  private static String lower(String s, int from, int to) {
    return s.substring(from, to).toLowerCase(java.util.Locale.ROOT);
  }

  /** A letter of a script without capitals (Hebrew, Arabic): neither upper nor lower case. */
  private static boolean caseless(char c) {
    return Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c)
        && !Character.isTitleCase(c);
  }

  /**
   * A dotted abbreviation of short parts that opens with a capital and has a one-letter part:
   * degrees and titles ("Ph.D", "LL.D", "B.Sc", "M.Phil", "D.Litt"). Its period ends a sentence
   * only when the next word is an opener; two words glued at a period ("War.Then") have no
   * one-letter part.
   */
  static boolean dotted(String word) {
    String[] parts = word.split("\\.", -1);
    if (parts.length < 2 || word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    boolean single = false;
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 4) {
        return false;
      }
      single |= p.length() == 1 && Character.isUpperCase(p.charAt(0));
    }
    return single;
  }

  /** True when a number (a date's last digits) stands right before {@code start}, "," aside. */
  private static boolean afterDigits(String para, int start) {
    int k = start;
    while (k > 0 && (para.charAt(k - 1) == ' ' || para.charAt(k - 1) == ',')) {
      k--;
    }
    return k < start && k > 0 && Character.isDigit(para.charAt(k - 1));
  }

  /**
   * "J", "U.S", "D.C", "U.S.S.R": single capital letters, each but the last with its period
   * (the word [from, to) of {@code s}, read in place).
   */
  private static boolean initials(String s, int from, int to) {
    if ((to - from & 1) == 0) {
      return false;
    }
    for (int k = from; k < to; k += 2) {
      if (!Character.isUpperCase(s.charAt(k)) || k + 1 < to && s.charAt(k + 1) != '.') {
        return false;
      }
    }
    return true;
  }

}
