package org.factdrill.generate;

/**
 * Brackets that do not pair: written text closes a bracket with one of its own kind, so "[" closed
 * by "}" or "(" by "]" is a scan's misreading of the letters, and the words around it may be too.
 */
final class Brackets {
  private static final String OPEN = "([{";
  private static final String CLOSE = ")]}";

  private Brackets() {}

  /**
   * True when a closing bracket meets an open one of another kind. A closer with nothing open is
   * not counted (the sentence may start inside brackets), nor an opener left open (cut after it).
   */
  static boolean misPaired(String text) {
    StringBuilder open = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (OPEN.indexOf(c) >= 0) {
        open.append(c);
      } else if (CLOSE.indexOf(c) >= 0 && open.length() > 0) {
        if (OPEN.indexOf(open.charAt(open.length() - 1)) != CLOSE.indexOf(c)) {
          return true;
        }
        open.setLength(open.length() - 1);
      }
    }
    return false;
  }
}
