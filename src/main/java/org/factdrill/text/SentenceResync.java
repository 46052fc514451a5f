package org.factdrill.text;

import java.util.List;

/**
 * Where the sentence splitter may start reading a paragraph again without the sentences before:
 * a break after which its state is the one it has there when it reads the whole paragraph. The
 * rules' breaks are each read at their own terminator or line feed ({@link SentenceRules}), so
 * the splitter's state at a break is only what its three moves carry over a break: a citation
 * mark's move past "[1][2]" (each bracket at most 41 characters from the one before), an
 * abbreviation's or broken decimal's joining of two sentences (read at the break itself), and a
 * run of stray marks (which holds no letter or digit). A break with a letter or digit right after
 * it, no "[" in the 42 characters before it and neither join at it is such a point: the whole
 * reading starts a sentence there.
 */
final class SentenceResync {
  /** The characters before a break in which a "[" may open a citation mark the break is in. */
  private static final int CITATION_REACH = 42;

  private SentenceResync() {}

  /** The first of {@code wanted} (ascending) at or after {@code from}, or Integer.MAX_VALUE. */
  static int next(int[] wanted, int from) {
    int lo = 0;
    int hi = wanted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (wanted[mid] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < wanted.length ? wanted[lo] : Integer.MAX_VALUE;
  }

  /**
   * The last break in ({@code s}, {@code want}] of {@code para} (the rules' current text) where
   * the splitter's state is known without reading before it, or -1 (none, or ICU reads the text).
   */
  static int point(String para, int s, int want, SentenceRules it,
      Sentences.Abbreviations abbr) {
    if (!it.own()) {
      return -1;
    }
    for (int k = it.firstMark(want) - 1; k >= 0; k--) {
      int q = it.markAt(k);
      if (q < s) {
        return -1;
      }
      int b = it.boundaryAt(k);
      if (b > s && b <= want && clean(para, b, abbr)) {
        return b;
      }
    }
    return -1;
  }

  /** The splitter reading the whole paragraph starts a sentence at its break {@code e}. */
  private static boolean clean(String para, int e, Sentences.Abbreviations abbr) {
    // A letter or digit: no run of stray marks goes on past the break (it holds neither).
    if (e >= para.length() || !Character.isLetterOrDigit(para.charAt(e))) {
      return false;
    }
    // No citation mark's move reaches the break, nor starts at it.
    for (int k = Math.max(0, e - CITATION_REACH); k < e; k++) {
      if (para.charAt(k) == '[') {
        return false;
      }
    }
    return !AbbreviationStops.goOn(para, e, abbr)
        && !BrokenDecimals.goesOn(para, e, abbr.scales());
  }

  /** The index of the first stray run of {@code strays} that starts at or after {@code r}. */
  static int firstStray(List<int[]> strays, int r) {
    int k = 0;
    while (k < strays.size() && strays.get(k)[0] < r) {
      k++;
    }
    return k;
  }
}
