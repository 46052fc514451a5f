package org.factdrill.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks that belong to no sentence: a sentence mark, then a comma or another mark set off by
 * spaces (". ," where a page dropped a bold word, ". . ," after a lost heading). The sentence ends
 * at its own mark; the stray marks are left out, and the next sentence starts after them (read as
 * one, the two sentences glued and the second's date was lost with a too-long sentence).
 */
final class StrayMarks {
  /**
   * A mark after a word of three small letters or a figure (not an initial, "A. ,", nor an
   * abbreviation's "Gs."), then marks set off by spaces, one a comma, semicolon or colon (". . ."
   * alone is an ellipsis), then the next sentence's first word, capitalised or a figure (a small
 * letter after ", " goes on with the clause).
   */
  private static final Pattern RUN = Pattern.compile("(?<=\\p{Ll}{3}|\\p{N})[.!?][\"'”’»)\\]]*"
      + "(?:[ \\t\\n]+[.])*[ \\t\\n]+[,;:](?:[ \\t\\n]+[.,;:])*[ \\t\\n]+(?=[\\p{Lu}\\p{N}])");

  private StrayMarks() {}

  /**
   * The stray runs of {@code para}, as pairs {end of the sentence before, start of the next}, in
   * order; empty (no expression run) when no comma, semicolon or colon follows a space.
   */
  static List<int[]> of(String para) {
    if (!markAfterSpace(para)) {
      return List.of();
    }
    List<int[]> out = new ArrayList<>();
    // The expression opens with a look-behind, so find() tried it at every character of the
    // paragraph (7.7 % of extraction). A run's first character is its sentence mark: the
    // expression is tried only there, the look-behind still reading the text before (transparent
    // bounds), and from the end of a run on, as find() goes on; the same runs in the same order.
    Matcher m = RUN.matcher(para).useTransparentBounds(true).useAnchoringBounds(false);
    int n = para.length();
    for (int p = nextMark(para, 0); p >= 0; ) {
      m.region(p, n);
      if (!m.lookingAt()) {
        p = nextMark(para, p + 1);
        continue;
      }
      int close = m.start() + 1;
      while (close < m.end() && !Character.isWhitespace(para.charAt(close))) {
        close++;
      }
      out.add(new int[] {close, m.end()});
      p = nextMark(para, m.end());
    }
    return out;
  }

  /** The first sentence mark ('.', '!' or '?') of {@code para} at or after {@code from}, or -1. */
  private static int nextMark(String para, int from) {
    for (int i = from; i < para.length(); i++) {
      char c = para.charAt(i);
      if (c == '.' || c == '!' || c == '?') {
        return i;
      }
    }
    return -1;
  }

  /** True when a comma, semicolon or colon follows a space or line feed somewhere in {@code para}. */
  private static boolean markAfterSpace(String para) {
    for (char m : new char[] {',', ';', ':'}) {
      for (int i = para.indexOf(m, 1); i > 0; i = para.indexOf(m, i + 1)) {
        char c = para.charAt(i - 1);
        if (c == ' ' || c == '\n' || c == '\t') {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code para} with the stray marks of {@code runs} made spaces (same length, same offsets). */
  static String blanked(String para, List<int[]> runs) {
    if (runs.isEmpty()) {
      return para;
    }
    char[] c = para.toCharArray();
    for (int[] r : runs) {
      for (int i = r[0]; i < r[1]; i++) {
        if (c[i] != '\n') {
          c[i] = ' ';
        }
      }
    }
    return new String(c);
  }
}
