package org.factdrill.text;

/** Cheap tests of the signs a line holds, asked before an expression that needs one of them. */
final class Signs {
  private Signs() {}

  /** True when {@code s} holds any character of {@code signs}. */
  static boolean holdsAny(String s, String signs) {
    for (int i = 0; i < signs.length(); i++) {
      if (s.indexOf(signs.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
