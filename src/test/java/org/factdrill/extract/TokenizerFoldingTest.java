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

  @Property(tries = 4000, seed = "1616")
  void everyWordIsNormalizedAsNormalizeDoes(@ForAll("texts") String text) {
    for (Token t : Tokenizer.tokenize(text)) {
      if (t.type() == Token.Type.WORD) {
        assertEquals(Tokenizer.normalize(t.text()), t.norm(), t.text());
      }
    }
  }

  @Provide
  Arbitrary<String> otherScripts() {
    // Vietnamese letters precomposed and decomposed (combining acute, grave, dot below, hook),
    // Greek with the capital sigma, Cyrillic, the dotted capital I, Hangul syllables and a
    // trailing jamo that composes with them, German sharp s, the Kelvin sign, apostrophes and
    // Hebrew marks, and any letter or mark of the BMP.
    Arbitrary<String> listed = Arbitraries.of("\u1EA0", "\u1EA1", "\u01A0", "\u01B0", "\u0110",
        "\u0111", "\u00C2", "\u1EC7", "e", "E", "\u0301", "\u0300", "\u0323", "\u0309",
        "\u03A3", "\u03C3", "\u03A9", "\u0414", "\u0434", "\u0130", "\u0131", "\uAC00",
        "\u11A8", "\u1161", "\u1E9E", "\u00DF", "\u212A", "'", "\u2019", "\u05F3", "\u05F4",
        "\u05D0", "\u05B7", "\u00C5", "\u212B", " ", "-", "1");
    Arbitrary<String> any = Arbitraries.chars().filter(c -> !Character.isSurrogate(c)
        && Tokenizer.isLetter(c)).map(String::valueOf);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, listed), net.jqwik.api.Tuple.of(1, any))
        .list().ofMinSize(1).ofMaxSize(20).map(l -> String.join("", l));
  }

  @Property(tries = 6000, seed = "11")
  void wordsOfOtherScriptsAreFoldedAsNormalizeDoes(@ForAll("otherScripts") String text) {
    for (Token t : Tokenizer.tokenize(text)) {
      if (t.type() == Token.Type.WORD) {
        assertEquals(Tokenizer.normalize(t.text()), t.norm(), t.text());
      }
    }
  }

  @Test
  void everyCharacterFoldedAloneIsNormalizedAsNormalizeDoes() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Tokenizer.foldsAlone((char) c)) {
        String s = String.valueOf((char) c);
        assertEquals(Tokenizer.normalize(s), Tokenizer.folded(s.toCharArray(), 0, 1, s),
            Integer.toHexString(c));
      }
    }
  }

  @Property(tries = 2000, seed = "1616")
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
