package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static List<String> norms(String text) {
    return Tokenizer.tokenize(text).stream().map(Token::norm).toList();
  }

  @Test
  void decomposedVietnameseIsReadAsPrecomposed() {
    // "tháng" written with a combining acute accent (NFD), as some editors save it.
    assertEquals(List.of("tháng", "11", "năm", "1993"), norms("tha\u0301ng 11 năm 1993"));
    assertEquals("date:tha\u0301ng 11 năm 1993=\"1993-11\"",
        Facts.describe(Language.VI, "tha\u0301ng 11 năm 1993"));
  }

  @Test
  void wordsAreLowerCasedWithAsciiApostrophesAndHebrewMarks() {
    assertEquals(List.of("russia's", "ש\"ח", "עמ'"), norms("Russia’s ש״ח עמ׳"));
    String word = "soldiers";
    assertSame(word, Tokenizer.normalize(word), "lower-case ASCII words are not copied");
  }

  @Test
  void punctuationIsOneTokenPerCharacterAndKnowsItsCharacter() {
    List<Token> t = Tokenizer.tokenize("1992–94 ($5) 😀");
    assertEquals(List.of("1992", "–", "94", "(", "$", "5", ")", "😀"),
        t.stream().map(Token::text).toList());
    assertTrue(t.get(1).isDash());
    assertTrue(t.get(4).isPunct('$'));
    assertEquals(Token.Type.PUNCT, t.get(7).type());
    assertEquals(2, t.get(7).end() - t.get(7).start(), "a surrogate pair stays whole");
  }

  @Test
  void blankLinesStartParagraphsAndOddSpacesSeparateTokens() {
    List<Token> t = Tokenizer.tokenize("a\u00A0b\u2009c\n\nd");
    assertEquals(List.of("a", "b", "c", "d"), t.stream().map(Token::text).toList());
    assertTrue(t.get(3).paragraphStart());
    assertTrue(t.get(1).gapBefore());
  }
}
