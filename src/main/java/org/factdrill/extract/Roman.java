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
    int total = 0;
    int prev = 0;
    for (int k = s.length() - 1; k >= 0; k--) {
      int v;
      switch (s.charAt(k)) {
        case 'I': v = 1; break;
        case 'V': v = 5; break;
        case 'X': v = 10; break;
        default: return -1;
      }
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total > 0 && total <= 30 ? total : -1;
  }
}
