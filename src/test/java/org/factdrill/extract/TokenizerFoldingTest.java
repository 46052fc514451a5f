package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer's short cuts for ASCII and Hebrew words (lowered letter by letter, or kept as
 * written) give the same normal form as {@link Tokenizer#normalize}, for every word it makes.
 */
class TokenizerFoldingTest {

  @Provide
  Arbitrary<String> texts() {
    // ASCII of both cases, apostrophes, Hebrew letters and marks, Latin with accents, digits,
    // spaces: words of one script, of mixed scripts and with inner or final marks.
    return Arbitraries.strings()
        .withChars("aZbYzA'\u2019\"\u05F3\u05F4\u05D0\u05D1\u05E9\u05EA\u05DD\u00C9\u00E9\u1EA0"
            + "\u03A3\u0130 -1")
        .ofMinLength(1).ofMaxLength(24);
  }

  @Property(tries = 4000)
  void everyWordIsNormalizedAsNormalizeDoes(@ForAll("texts") String text) {
    for (Token t : Tokenizer.tokenize(text)) {
      if (t.type() == Token.Type.WORD) {
        assertEquals(Tokenizer.normalize(t.text()), t.norm(), t.text());
      }
    }
  }

  @Property(tries = 2000)
  void asciiMarksIsTheThreeReplacements(@ForAll("texts") String text) {
    assertEquals(text.replace('\u2019', '\'').replace('\u05F4', '"').replace('\u05F3', '\''),
        Tokenizer.asciiMarks(text));
  }

  @Test
  void capitalizedAsciiAndHebrewWordsKeepTheirNormalForms() {
    List<Token> ts = Tokenizer.tokenize("The O'Neil IRAQ שלום עמ' ש\"ח");
    assertEquals(List.of("the", "o'neil", "iraq", "שלום", "עמ'", "ש\"ח"),
        ts.stream().map(Token::norm).toList());
  }

  @Test
  void lowerAsciiLowersOnlyCapitals() {
    char[] cs = "xAbZ'q".toCharArray();
    assertEquals("abz'", Tokenizer.lowerAscii(cs, 1, 5));
  }
}
