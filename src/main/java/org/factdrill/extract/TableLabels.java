package org.factdrill.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Marks the labels at a table row's ends: a list of papers or of sections numbers its rows and
 * gives their pages, and says so in its header. In a table of cells set apart by "|" whose first
 * line opens (or closes) with a designator of the pack ("No.", "Page", "Số", "עמוד"), a row's
 * first (or last) non-empty cell that is only a number is a label, not a figure; rows that lack
 * a cell still end with their page.
 */
final class TableLabels {
  private TableLabels() {}

  static void mark(Toks t, Lexicon lex) {
    String s = t.text;
    if (s.indexOf('|') < 0) {
      return;
    }
    Set<String> designators = lex.words(WordList.DESIGNATORS);
    boolean inTable = false;
    boolean first = false;
    boolean last = false;
    int pos = 0;
    while (pos <= s.length()) {
      int nl = s.indexOf('\n', pos);
      int end = nl < 0 ? s.length() : nl;
      int bar = s.indexOf('|', pos);
      if (bar < 0 || bar >= end) {
        inTable = false;
      } else if (!inTable) {
        inTable = true; // the table's first line: its header
        int[] a = edgeCell(s, pos, end, true);
        int[] b = edgeCell(s, pos, end, false);
        first = a != null && designators.contains(word(s, a));
        last = b != null && designators.contains(word(s, b));
      } else {
        if (first) {
          blockNumber(t, s, edgeCell(s, pos, end, true));
        }
        if (last) {
          blockNumber(t, s, edgeCell(s, pos, end, false));
        }
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
  }

  /** The trimmed [start, end) of the line's first (or last) cell holding more than space. */
  private static int[] edgeCell(String s, int from, int to, boolean firstCell) {
    int a = from;
    int[] found = null;
    while (a <= to) {
      int b = s.indexOf('|', a);
      if (b < 0 || b > to) {
        b = to;
      }
      int x = a;
      int y = b;
      while (x < y && Character.isWhitespace(s.charAt(x))) {
        x++;
      }
      while (y > x && Character.isWhitespace(s.charAt(y - 1))) {
        y--;
      }
      if (y > x) {
        found = new int[] {x, y};
        if (firstCell) {
          return found;
        }
      }
      a = b + 1;
    }
    return found;
  }

  /** A header cell as a word: "No." is "no". */
  private static String word(String s, int[] c) {
    int y = c[1];
    while (y > c[0] && s.charAt(y - 1) == '.') {
      y--;
    }
    return s.substring(c[0], y).toLowerCase(Locale.ROOT);
  }

  private static void blockNumber(Toks t, String s, int[] c) {
    if (c == null) {
      return;
    }
    for (int k = c[0]; k < c[1]; k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return;
      }
    }
    t.blockChars(c[0], c[1]);
  }
}
