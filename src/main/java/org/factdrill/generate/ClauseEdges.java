package org.factdrill.generate;

/** Whether a piece of text begins and ends where a clause does: no mid-clause opening, no bracket left open. */
final class ClauseEdges {
  private ClauseEdges() {}

  /**
   * True when a sentence opens as no sentence does: with a lower-case letter (in a script with
   * case), or with a closing bracket or a comma, i.e. inside a clause.
   */
  static boolean opensMidClause(String sentence) {
    for (int k = 0; k < sentence.length(); k++) {
      char c = sentence.charAt(k);
      if (c == ')' || c == ']' || c == ',' || c == ';') {
        return true;
      }
      if (Character.isLetterOrDigit(c)) {
        return Character.isLowerCase(c) && Character.isLetter(c)
            && !(k + 1 < sentence.length() && Character.isUpperCase(sentence.charAt(k + 1)));
      }
    }
    return false;
  }

  /** True when the text opens or closes a round bracket it does not close or open itself. */
  static boolean unbalanced(String s) {
    int depth = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (--depth < 0) {
          return true;
        }
      }
    }
    return depth != 0;
  }
}
