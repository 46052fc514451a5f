package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Tokens as arrays: strings made when asked for, and the words read in place by the filter. */
class TokArraysTest {

  @Test
  void everyCharacterThatLowersAloneIsNormalizedToItsLowerCase() {
    for (char c = 0; c < 0xFFFF; c++) {
      char[] one = {c};
      if (TokArrays.lowersAlone(one, 0, 1)) {
        assertEquals(String.valueOf(Character.toLowerCase(c)),
            Tokenizer.normalize(String.valueOf(c)), Integer.toHexString(c));
        assertEquals(Character.toLowerCase(c), WordSet.lower(c), Integer.toHexString(c));
      }
    }
    assertFalse(TokArrays.lowersAlone(new char[] {'\u0130'}, 0, 1), "dotted I lowers to two");
    assertFalse(TokArrays.lowersAlone(new char[] {'e', '\u0301'}, 0, 2), "a combining mark");
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withCharRange('\u00C0', '\u024F').withCharRange('A', 'z')
        .withCharRange('\u1E00', '\u1EFF').ofMinLength(1).ofMaxLength(12);
  }

  @Property(tries = 3000)
  void aWordOfSuchCharactersIsNormalizedCharacterByCharacter(@ForAll("words") String w) {
    char[] cs = w.toCharArray();
    if (!TokArrays.lowersAlone(cs, 0, cs.length)) {
      return;
    }
    StringBuilder b = new StringBuilder();
    for (char c : cs) {
      b.append(Character.toLowerCase(c));
    }
    assertEquals(b.toString(), Tokenizer.normalize(w), w);
  }

  @Test
  void aTokenIsMadeOnlyWhenAskedForAndThenKept() {
    Toks t = Tokenizer.toks("The war ended in 1945.");
    assertEquals(Token.Type.WORD, t.type(0));
    assertEquals("the", t.norm(0));
    assertSame(t.get(0), t.get(0));
    assertSame(t.norm(3), t.textOf(3), "a lower-case word is its own normal form");
    assertEquals('.', t.punct(5));
    assertNull(t.get(6));
    assertEquals("", t.norm(-1));
  }

  @Test
  void theFilterReadsCapitalsAsLowerCaseAndStripsPrefixLetters() {
    WordSet set = WordSet.of(java.util.Set.of("may", "\u05DE\u05D0\u05D9"));
    Toks t = Tokenizer.toks("MAY May mayo \u05D1\u05DE\u05D0\u05D9 \u05D1");
    assertTrue(t.mayBeIn(0, set, ""));
    assertTrue(t.mayBeIn(1, set, ""));
    assertFalse(t.mayBeIn(2, set, ""));
    assertFalse(t.mayBeIn(3, set, ""), "no prefix letters in this language");
    assertTrue(t.mayBeIn(3, set, "\u05D1"), "a prefix letter before a word of the set");
    assertTrue(t.mayBeIn(4, set, "\u05D1"), "a prefix letter alone");
  }
}
