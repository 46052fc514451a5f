package org.factdrill.extract;

/** Roman numerals up to XXX, for centuries ("thế kỷ XX", "the XIX century"). */
final class Roman {
  private Roman() {}

  /** The value of an upper-case Roman numeral token, or -1. */
  static int value(Token tok) {
    if (tok == null || !tok.isWord()) {
      return -1;
    }
    String s = tok.text();
    for (int k = 0; k < s.length(); k++) {
      if (Character.isLowerCase(s.charAt(k))) {
        return -1; // written in capitals in running text: "vi", "xi" are words
      }
    }
    return org.factdrill.lang.RomanNumerals.value(s);
  }
}
