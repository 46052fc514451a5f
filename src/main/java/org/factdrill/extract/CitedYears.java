package org.factdrill.extract;

import java.util.Set;
import org.factdrill.lang.LanguagePacks;

/**
 * Marks the year of a cited work: a year followed, after its comma (and a closing bracket), by a
 * page reference ("(1962), p. 12", "1987, tr. 40", "עמ' 7") or a book's number ("Harbour Press,
 * 1971, ISBN …"). That year dates the book, not anything the text tells. The page abbreviations
 * ({@code page-abbreviations}) and the numbers of a published work ({@code work-identifiers}) are
 * read in every pack: a page cites works in any language. Run over the digit runs only.
 */
final class CitedYears {
  private static final Set<String> PAGES = LanguagePacks.allWords("page-abbreviations");
  private static final Set<String> WORK_NUMBERS = LanguagePacks.allWords("work-identifiers");

  private CitedYears() {}

  static void mark(Toks t) {
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (t.isDigits(i) && !t.isBlocked(i) && t.length(i) == 4 && cites(t, i)) {
        t.blocked[i] = true;
      }
    }
  }

  /** Year digits i are followed by ", p. N" or ", ISBN" (a closing bracket may come first). */
  private static boolean cites(Toks t, int i) {
    int k = i + 1;
    if (t.isPunct(k, ')') && t.attached(k)) {
      k++; // cheap: most years are followed by neither
    }
    if (!t.isPunct(k, ',') || !t.isWordTok(k + 1)) {
      return false;
    }
    String w = t.norm(k + 1);
    if (WORK_NUMBERS.contains(w)) {
      return true;
    }
    if (!PAGES.contains(w)) {
      return false;
    }
    int d = k + 2;
    if (t.isPunct(d, '.') || t.isPunct(d, '\'') || t.isPunct(d, '\u05f3')) {
      d++;
    }
    return t.isDigits(d);
  }
}
