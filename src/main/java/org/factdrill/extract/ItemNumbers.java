package org.factdrill.extract;

/**
 * Marks the numbers that label the items of a list or the sections of a text wherever they stand,
 * not only at a line's start (that case is {@link NonFacts}'s): a label is a number of one or
 * two digits written "N." (a space after the point) or "(N)". Three statements about documents:
 * labels that go on counting by one ("1. … 2. … 3.", a table of contents run onto one line,
 * "(1) … (2) … (3)") number items, at least {@value #RUN} of them, each within {@value #REACH}
 * tokens of the one before, or two of them in one line when the first opens the line or
 * follows a colon ("Contents: 4. Army 5. Taxes": a list run into a line, where two sentences'
 * counts differing by one, "had 2. Its rival had 3.", each follow a word); a bare "N." standing right after a sentence's end ("… to the land.
 * 1." where a statute numbers its sections after them, "… Part two. 3. Army.") is a sentence of
 * no word, so a label; and "(N)" opening its line, or after a designator ("paragraph (2)"),
 * labels a paragraph. A day before a month name or before more digits ("12. 5. 1901") is a date.
 */
final class ItemNumbers {
  /** Labels a counting run needs: two in a row happen by chance in prose. */
  static final int RUN = 3;
  /** Tokens at most from one label of a run to the next. */
  static final int REACH = 80;
  private static final int DOT = 1;
  private static final int PAREN = 2;

  private ItemNumbers() {}

  static void mark(Toks t, Lexicon lex) {
    int[] marks = t.marks();
    int[] at = null;
    int[] kinds = null;
    int count = 0;
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (!t.isDigits(i)) {
        continue; // the marks hold "[" too (for citations): "([)" is no label "(N)"
      }
      if (sectionSign(t, i - 1)) {
        // "§ 12", "§ 39.13", "§§ 3–5", "¶ 4": the number, its subsections and a range's end
        int e = i + 1;
        while ((t.isPunct(e, '.') || t.isDash(e)) && t.isDigits(e + 1) && t.attached(e + 1)
            && (t.attached(e) || t.isDash(e))) {
          e += 2;
        }
        for (int k = i; k < e; k++) {
          t.blocked[k] = true;
        }
        continue;
      }
      int kind = kind(t, i, lex);
      if (kind == 0) {
        continue;
      }
      if (at == null) {
        at = new int[16];
        kinds = new int[16];
      } else if (count == at.length) {
        at = java.util.Arrays.copyOf(at, count * 2);
        kinds = java.util.Arrays.copyOf(kinds, count * 2);
      }
      at[count] = i;
      kinds[count++] = kind;
      boolean label = kind == DOT && sentenceEnd(t, i - 1, lex)
          || kind == PAREN && opensParagraph(t, i, lex);
      if (label && !t.isBlocked(i)) {
        t.blocked[i] = true;
      }
    }
    if (count >= 2) {
      runs(t, at, kinds, count);
    }
  }

  /**
   * Blocks every run of labels of one kind counting up by one, {@value #RUN} or more long, or two
   * long within one line.
   */
  private static void runs(Toks t, int[] at, int[] kinds, int count) {
    boolean[] inRun = new boolean[count];
    for (int a = 0; a < count; a++) {
      int length = 1;
      int last = a;
      for (int b = a + 1; b < count && at[b] - at[last] <= REACH; b++) {
        if (kinds[b] == kinds[a] && value(t, at[b]) == value(t, at[last]) + 1) {
          last = b;
          length++;
        }
      }
      if (length >= RUN || length == 2 && kinds[a] == DOT && opensList(t, at[a])
          && oneLine(t, at[a], at[last])) {
        inRun[a] = true;
        for (int b = a + 1, prev = a; b <= last; b++) {
          if (kinds[b] == kinds[a] && value(t, at[b]) == value(t, at[prev]) + 1) {
            inRun[b] = true;
            prev = b;
          }
        }
      }
    }
    for (int a = 0; a < count; a++) {
      if (inRun[a]) {
        t.blocked[at[a]] = true;
      }
    }
  }

  /** {@link #DOT} for "N. word", {@link #PAREN} for "(N)", 0 when digits i label nothing. */
  private static int kind(Toks t, int i, Lexicon lex) {
    if (t.endOf(i) - t.startOf(i) > 2) {
      return 0;
    }
    if (t.isPunct(i - 1, '(') && t.attached(i) && t.isPunct(i + 1, ')') && t.attached(i + 1)) {
      return PAREN;
    }
    boolean dot = !t.attached(i) && t.isPunct(i + 1, '.') && t.attached(i + 1)
        && (i + 2 >= t.size() || !t.attached(i + 2));
    // "12. 5. 1901", "5. Mai": a day and its month.
    return dot && !t.isDigits(i + 2) && !(t.isWordTok(i + 2) && lex.month(t.norm(i + 2)) > 0)
        ? DOT : 0;
  }

  /**
   * Token k ends a sentence: a question or exclamation mark, or a full stop that closes no
   * abbreviation ("Dec. 7.", "J. 5.": a month's or an initial's point).
   */
  private static boolean sentenceEnd(Toks t, int k, Lexicon lex) {
    if (t.isPunct(k, '?') || t.isPunct(k, '!')) {
      return true;
    }
    return t.isPunct(k, '.') && !(t.isWordTok(k - 1) && t.attached(k)
        && (t.endOf(k - 1) - t.startOf(k - 1) == 1 || lex.month(t.norm(k - 1)) > 0));
  }

  /**
   * "(N)" at i opens its line (after at most a quotation mark) or follows a designator
   * ("paragraph (2)").
   */
  private static boolean opensParagraph(Toks t, int i, Lexicon lex) {
    int open = i - 1;
    if (lineStart(t, open)) {
      return true;
    }
    int before = open - 1;
    // "(a)(2)": labels of a statute's parts follow one another, the first after the designator.
    while (t.isPunct(before, ')') && t.attached(before + 1) && t.isPunct(before - 2, '(')
        && t.attached(before) && t.attached(before - 1) && before - 3 >= 0) {
      before -= 3;
    }
    if (t.isPunct(before, '.') && t.attached(before) && t.isWordTok(before - 1)) {
      before--; // "par. (3)", "subsec. (b)": the designator's abbreviation point
    }
    if (t.isWordTok(before)) {
      return lex.designator(t, before);
    }
    char c = open - 1 >= 0 && t.type(open - 1) == Toks.PUNCT ? t.punct(open - 1) : 0;
    return (c == '"' || c == '\u201c' || c == '\u201e' || c == '\'' || c == '\u00ab')
        && t.attached(open) && lineStart(t, open - 1);
  }

  /** The label at i opens its line or follows a colon: where a list begins. */
  private static boolean opensList(Toks t, int i) {
    return i == 0 || t.lineBreakBefore(i) || t.isPunct(i - 1, ':');
  }

  /** No line break from token a to token b. */
  private static boolean oneLine(Toks t, int a, int b) {
    for (int k = a + 1; k <= b; k++) {
      if (t.lineBreakBefore(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean lineStart(Toks t, int k) {
    return k == 0 || t.get(k).newlinesBefore() > 0;
  }

  /** Token k is the section or paragraph sign. */
  private static boolean sectionSign(Toks t, int k) {
    return t.isPunct(k, '\u00a7') || t.isPunct(k, '\u00b6');
  }

  private static int value(Toks t, int i) {
    return Integer.parseInt(t.text, t.startOf(i), t.endOf(i), 10);
  }
}
