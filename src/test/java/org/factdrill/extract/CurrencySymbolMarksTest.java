package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A mark token is a currency symbol by its one character ({@link Currencies#isSymbolChar}), as
 * the old test of its string answered: the string the tokenizer made for the mark, of length one
 * and one of the symbols' characters (kept here as the oracle), on every character and on
 * generated texts of marks, symbols, surrogate pairs and words.
 */
class CurrencySymbolMarksTest {
  private static final String OLD_SYMBOL_CHARS = String.join("", Currencies.SYMBOLS.keySet());

  /** The candidate test before: the mark's string made, then its length and character read. */
  private static boolean oldIsSymbol(Toks t, int i) {
    String token = Tokenizer.punct(t.text, t.chars, t.startOf(i), t.endOf(i));
    return token.length() == 1 && OLD_SYMBOL_CHARS.indexOf(token.charAt(0)) >= 0;
  }

  private static boolean newIsSymbol(Toks t, int i) {
    return t.length(i) == 1 && Currencies.isSymbolChar(t.punct(i));
  }

  @Test
  void everyCharacterIsASymbolExactlyWhenItsStringWas() {
    for (int c = 0; c <= 0xFFFF; c++) {
      char ch = (char) c;
      assertEquals(String.valueOf(ch).length() == 1 && OLD_SYMBOL_CHARS.indexOf(ch) >= 0,
          Currencies.isSymbolChar(ch), () -> "U+" + Integer.toHexString(ch));
      assertEquals(OLD_SYMBOL_CHARS.indexOf(ch) >= 0, Currencies.isSymbol(String.valueOf(ch)));
    }
  }

  @Test
  void aMarkOfGeneratedTextsIsASymbolExactlyWhenItsStringWas() {
    List<String> parts = new ArrayList<>(List.of(" ", "  ", "\n", "12", "1,5", "word", "Ngày",
        "\u05D1\u05E9\u05E0\u05EA", "US", "HK", "\uD83D\uDCB0", "\uD835\uDC00", "\uD83D", "\uDE00",
        "e\u0301", "\u05B0", "\u200F", "...", "--", "\u2014", "\\", "%", "\u00A0", "\u3000"));
    for (String s : Currencies.SYMBOLS.keySet()) {
      parts.add(s);
      parts.add(s + s);
      parts.add(s + "5");
    }
    for (char c = 0x20; c < 0x3100; c += 7) {
      parts.add(String.valueOf(c));
    }
    Random r = new Random(23);
    int marks = 0;
    int symbols = 0;
    for (int n = 0; n < 6000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(20); k >= 0; k--) {
        sb.append(parts.get(r.nextInt(parts.size())));
      }
      String text = sb.toString();
      Toks t = Tokenizer.toks(text);
      for (int i = 0; i < t.size(); i++) {
        if (t.type(i) == Toks.PUNCT) {
          int at = i;
          boolean old = oldIsSymbol(t, i);
          assertEquals(old, newIsSymbol(t, i), () -> "mark " + at + " of " + text);
          marks++;
          symbols += old ? 1 : 0;
        }
      }
    }
    assertEquals(true, marks > 20000 && symbols > 1000, marks + " marks, " + symbols + " symbols");
  }
}
