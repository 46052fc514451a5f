package org.factdrill.generate;

import org.factdrill.lang.LanguagePack;
import org.factdrill.text.Language;

/**
 * A tens word right before a units word makes one count with it: "thirty five" as well as
 * "thirty-five" (a tens numeral of the pack, 20 to 90, then a space or a hyphen), and "ba mươi
 * lăm" (a units numeral times the pack's tens word). The words are the pack's numerals.
 */
final class TensWords {
  /** The tens before a units word: its value and where its first word starts. */
  record Tens(int value, int start) {}

  private TensWords() {}

  /** The tens written right before {@code at} (past one space or hyphen), or null. */
  static Tens before(Language lang, String text, int at) {
    int[] w = wordBefore(text, at);
    if (w == null) {
      return null;
    }
    LanguagePack.Numeral n = numeral(lang, text.substring(w[0], w[1]));
    if (n == null) {
      return null;
    }
    if (n.role() == LanguagePack.Role.ADD && n.starts() && n.value() >= 20 && n.value() <= 90
        && n.value() % 10 == 0) {
      return new Tens((int) n.value(), w[0]); // "thirty"
    }
    if (n.role() == LanguagePack.Role.TENS && n.value() == 10) {
      int[] u = wordBefore(text, w[0]);
      LanguagePack.Numeral m = u == null ? null : numeral(lang, text.substring(u[0], u[1]));
      if (m != null && m.role() == LanguagePack.Role.ADD && m.value() >= 2 && m.value() <= 9) {
        return new Tens((int) m.value() * 10, u[0]); // "ba mươi"
      }
    }
    return null;
  }

  private static LanguagePack.Numeral numeral(Language lang, String word) {
    return lang.pack().numerals().get(word.toLowerCase(lang.pack().locale()));
  }

  /** The word ending one space or hyphen before {@code at}, as [start, end); null when none. */
  private static int[] wordBefore(String text, int at) {
    if (at < 2 || (text.charAt(at - 1) != ' ' && text.charAt(at - 1) != '-')) {
      return null;
    }
    int e = at - 1;
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return b == e ? null : new int[] {b, e};
  }
}
