package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * The candidate test reads a punctuation token's one character against the currency symbols'
 * table: the same answer as the symbol test of the token's string, for every character.
 */
class CurrencySymbolCharTest {
  @Test
  void everyCharacterIsASymbolExactlyWhenItsOneCharacterStringIs() {
    int symbols = 0;
    for (int k = 0; k <= Character.MAX_VALUE; k++) {
      char c = (char) k;
      boolean byString = Currencies.isSymbol(String.valueOf(c));
      assertEquals(byString, Currencies.isSymbol(c), () -> Integer.toHexString(c));
      symbols += byString ? 1 : 0;
    }
    assertEquals(Currencies.SYMBOLS.size(), symbols);
  }

  @Test
  void aPunctuationTokenIsASymbolAsItsStringIsWhateverItsLength() {
    String text = "$ 5 € \uD83D\uDCB0 ₪ \uD801\uDC00 ¥ , . \\ ₫ \uD83D\uDE00";
    Toks t = Tokenizer.toks(text);
    int punct = 0;
    for (int i = 0; i < t.size(); i++) {
      if (t.type(i) != Toks.PUNCT) {
        continue;
      }
      punct++;
      boolean byString = Currencies.isSymbol(Tokenizer.punct(t.text, t.chars, t.startOf(i),
          t.endOf(i)));
      assertEquals(byString, t.length(i) == 1 && Currencies.isSymbol(t.punct(i)), "token " + i);
    }
    assertEquals(11, punct); // a letter outside the BMP is read as a mark too
    assertFalse(Currencies.isSymbol('\uD83D'));
  }
}
