package org.factdrill.generate;

import org.factdrill.text.IdentifierBracket;

/**
 * A bracket of a document's identifiers after a word ("the Harbour Act (H.R. 7260; Pub. L.
 * 74-271)", see text/IdentifierBracket) is a reference for the record, not part of the sentence:
 * a prompt drops it whole, so the clause around it fits and its numbers are never shown as figures.
 */
final class IdentifierAsides {
  private IdentifierAsides() {}

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
      if (close < 0 || !IdentifierBracket.afterWord(s, open)
          || !IdentifierBracket.identifiers(s.substring(open + 1, close))) {
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
