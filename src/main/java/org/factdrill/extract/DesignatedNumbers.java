package org.factdrill.extract;

/**
 * Reads a number placed after a designator ("Section 5", "p. 12", "Quân đoàn 4", "סעיף 3") as a
 * label, not a figure. Two statements keep a count a count: a designator's noun after a word
 * that distributes ("each battalion 120 to 140 men", "mỗi tiểu đoàn", pack {@code distributives})
 * is counted, not named; and a unit's name never runs on to a whole number followed by its
 * counted noun ("quân đoàn tăng lên thành 5.200 người": the corps grew to 5,200 men), the
 * number's groups of thousands included.
 */
final class DesignatedNumbers {
  /** Words at most between a distributive word and the designator's last word. */
  private static final int DISTRIBUTIVE_REACH = 3;

  private DesignatedNumbers() {}

  /** A designator of the default language ("Section") in a text of another language. */
  private static boolean borrowedDesignator(Toks t, int j, Lexicon lex) {
    Lexicon borrowed = Lexicon.of(org.factdrill.text.Language.DEFAULT);
    return lex != borrowed && borrowed.designator(t, j);
  }

  /** A number right after "Section", "p.", "No.", "Quân đoàn", "số", "סעיף"... */
  static boolean designated(Toks t, int i, Lexicon lex) {
    if (Ranks.markerFirst(t, i, lex)) {
      return false; // "xếp thứ 2": a place in a ranking, a figure
    }
    int j = i - 1;
    if (t.isPunct(j, '.') && t.attached(j)) {
      j--;
    }
    if (j < 0 || !t.isWordTok(j)) {
      return false;
    }
    if (lex.designator(t, j) || t.capitalized(j) && borrowedDesignator(t, j, lex)) {
      // "con số 40.000" (the figure), "tổng số 300" (the total number): a count, no label.
      return j == 0 || !lex.words(WordList.FIGURE_NOUNS).contains(t.norm(j - 1) + " " + t.norm(j))
          && !distributed(t, j, lex);
    }
    // "Trung đoàn Bộ binh cơ giới 366": a unit's name between its noun and its number. A
    // function word is no part of a name: "Quân đoàn có 4.200 người" (the corps has 4,200 men).
    if (lex.has(PackFeature.DESIGNATOR_NAME_BETWEEN)) {
      if (lex.number(t.norm(j)) != null) {
        // "Thứ Bảy 13/11", "khóa Hai 2004": a numeral in words right before the digits is the
        // designator's own number (an ordinal, a weekday), no part of a name; the digits after
        // it begin a figure or a date of their own.
        return false;
      }
      for (int k = j - 1; k >= j - 4 && k >= 0; k--) {
        if (!t.isWordTok(k + 1) || !t.isWordTok(k)
            || lex.filtered().has(WordList.UNIT_STOPS, t, k + 1)) {
          return false;
        }
        if (lex.designator(t, k)
            && !lex.words(WordList.DESIGNATORS_WITHOUT_NAME).contains(t.norm(k))) {
          return lex.unit(t, afterGroups(t, i)) == null && !distributed(t, k, lex);
        }
      }
    }
    return false;
  }

  /** A distributive word ("each", "mỗi") stands before the designator ending at word j. */
  private static boolean distributed(Toks t, int j, Lexicon lex) {
    java.util.Set<String> words = lex.words(WordList.DISTRIBUTIVES);
    if (words.isEmpty()) {
      return false;
    }
    for (int k = j - 1; k >= j - DISTRIBUTIVE_REACH && t.isWordTok(k); k--) {
      if (lex.filtered().has(WordList.DISTRIBUTIVES, t, k)) {
        return true;
      }
    }
    return false;
  }

  /** The token after the number at i and its groups of thousands ("5.200", "4,200"). */
  private static int afterGroups(Toks t, int i) {
    int e = i + 1;
    while ((t.isPunct(e, '.') || t.isPunct(e, ',')) && t.attached(e) && t.isDigits(e + 1)
        && t.attached(e + 1) && t.endOf(e + 1) - t.startOf(e + 1) == 3) {
      e += 2;
    }
    return e;
  }
}
