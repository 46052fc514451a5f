package org.factdrill.generate;

/**
 * Whether a prompt cut out of a longer sentence broke a quotation: it keeps a quotation mark
 * whose partner the sentence has but the prompt left out (“… cut before its closing mark), so
 * the student reads a quotation that never ends, or one that begins in mid-air. A sentence that
 * is itself unbalanced (a quotation running over several sentences) is left alone.
 */
final class QuoteCut {
  private QuoteCut() {}

  /** True when {@code prompt}, taken from {@code sentence}, cut one of its quotations. */
  static boolean broken(String prompt, String sentence) {
    if (prompt == null || sentence == null) {
      return false;
    }
    return balance(prompt, "“«„", "”»") != 0 && balance(sentence, "“«„", "”»") == 0
        || count(prompt, '"') % 2 != 0 && count(sentence, '"') % 2 == 0;
  }

  /** Opening marks less closing marks. */
  private static int balance(String s, String opening, String closing) {
    int b = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (opening.indexOf(c) >= 0) {
        b++;
      } else if (closing.indexOf(c) >= 0) {
        b--;
      }
    }
    return b;
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }
}
