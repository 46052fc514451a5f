package org.factdrill.generate;

import org.factdrill.text.IdentifierBracket;

/**
 * A bracket of a document's identifiers after a word ("the Harbour Act (H.R. 7260; Pub. L.
 * 74-271)", see text/IdentifierBracket) is a reference for the record, not part of the sentence:
 * a prompt drops it whole, so the clause around it fits and its numbers are never shown as figures.
 * A statute reporter's citation after a date is dropped the same way: the auditor sees its
 * abbreviation as a citation word, and a prompt cleaned of it need not be dropped.
 */
final class IdentifierAsides {
  private IdentifierAsides() {}

  /**
   * A statute reporter's citation (volume, the reporter's abbreviation with its period, page: "(45
   * Stat. 617)", "(42 U.S.C. 1983)") right after a date or the blank that stands for one ("by the
   * resolution of May 18, 1928 (45 Stat. 617), …"): where the act was printed, never part of the
   * sentence. Other identifiers after a figure ("12 (H.R. 7260)") stay: nothing says they cite.
   */
  private static final java.util.regex.Pattern REPORTER = java.util.regex.Pattern.compile(
      "\\d{1,4} (?:\\p{Lu}\\p{L}{0,5}\\. ?){1,3}\\d{1,6}(?:[;,] ?\\d{1,4} (?:\\p{Lu}\\p{L}{0,5}\\. ?){1,3}\\d{1,6})*");

  private static boolean reporterAfterFigure(String s, int open, int close) {
    int k = open - 1;
    if (k < 1 || s.charAt(k) != ' ') {
      return false;
    }
    char c = s.charAt(k - 1);
    return (Character.isDigit(c) || c == PromptBuilder.HOLE)
        && REPORTER.matcher(s).region(open + 1, close).matches();
  }

  /** {@code s} without its brackets of identifiers after a word; s itself when it has none. */
  static String strip(String s) {
    int open = s.indexOf('(');
    if (open < 0) {
      return s;
    }
    StringBuilder out = null;
    int copied = 0;
    for (; open >= 0; open = s.indexOf('(', open + 1)) {
      int close = IdentifierBracket.closeOf(s, open);
      if (close < 0 || !IdentifierBracket.identifiers(s.substring(open + 1, close))
          || !IdentifierBracket.afterWord(s, open) && !reporterAfterFigure(s, open, close)) {
        continue;
      }
      int from = open;
      while (from > copied && Character.isWhitespace(s.charAt(from - 1))) {
        from--;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, copied, from);
      copied = close + 1;
      open = close;
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }
}
