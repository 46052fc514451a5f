package org.factdrill.extract;

/**
 * Marks a document's code: a number, a slash, the year it was issued and a slash before the
 * letters of the issuing body ("27/2009/ND-CP"), or a number glued to such letters by a slash or
 * a dash ("733/QD-TTg", "17-CT/TW"). The whole token, written without a space, names one document
 * (its number and its year are parts of a name, not figures), wherever it stands: a title, a
 * "pursuant to" line, the body. A date written after the code stays a date. Letters after a slash
 * make a code only when they are an abbreviation: capitals first, or a pair of letter runs joined
 * by a dash ("QD-TTg", a script without capitals included); "5/kg" is a rate.
 */
final class DocumentCodes {
  private DocumentCodes() {}

  static void mark(Toks t) {
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (!t.isDigits(i) || t.attached(i) && (t.isDigits(i - 1) || t.isPunct(i - 1, '/')
          || t.isDash(i - 1) || t.isPunct(i - 1, '.') || t.isPunct(i - 1, ','))) {
        continue; // (the middle of a longer run of figures: "12/5/1931", "3.27/…")
      }
      int end = code(t, i);
      for (int k = i; k < end; k++) {
        t.blocked[k] = true;
      }
    }
  }

  /** The token after a code that opens at digits i, or i when none opens there. */
  private static int code(Toks t, int i) {
    if (!glued(t, i + 1) || !glued(t, i + 2)) {
      return i;
    }
    if (t.isPunct(i + 1, '/') && t.isDigits(i + 2) && t.isPunct(i + 3, '/') && glued(t, i + 3)
        && t.isWordTok(i + 4) && glued(t, i + 4)) {
      // "27/2009/ND-CP": number, year, issuer ("6/66/Name" of a path is none: no year, no
      // abbreviation)
      int end = letters(t, i + 4, t.endOf(i + 2) - t.startOf(i + 2) == 4);
      return end > i + 4 ? end : i;
    }
    if (t.isPunct(i + 1, '/') && t.isWordTok(i + 2)) {
      int end = letters(t, i + 2, false); // "733/QD-TTg"
      return end > i + 2 ? end : i;
    }
    if (t.isDash(i + 1) && t.isWordTok(i + 2) && t.isPunct(i + 3, '/') && glued(t, i + 3)
        && t.isWordTok(i + 4) && glued(t, i + 4) && abbreviation(t, i + 2)) {
      return letters(t, i + 4, true); // "17-CT/TW"
    }
    return i;
  }

  /**
   * The end of the issuer's letters opening at word k (further runs glued by a dash, digits
   * glued to them: "ND-CP", "QH13"); when {@code any} is false, k only when they are no
   * abbreviation.
   */
  private static int letters(Toks t, int k, boolean any) {
    int end = k + 1;
    boolean pair = false;
    while (t.isDash(end) && glued(t, end) && t.isWordTok(end + 1) && glued(t, end + 1)) {
      end += 2;
      pair = true;
    }
    if (t.isDigits(end) && glued(t, end)) {
      end++;
    }
    return any || pair || abbreviation(t, k) ? end : k;
  }

  /** Word k opens with a capital and holds another: an abbreviation ("CT", "TW", "QD"). */
  private static boolean abbreviation(Toks t, int k) {
    int a = t.startOf(k);
    int b = t.endOf(k);
    int caps = 0;
    for (int c = a; c < b; c++) {
      caps += Character.isUpperCase(t.text.charAt(c)) ? 1 : 0;
    }
    return b - a <= 6 && Character.isUpperCase(t.text.charAt(a)) && caps >= 2;
  }

  private static boolean glued(Toks t, int k) {
    return t.attached(k);
  }
}
