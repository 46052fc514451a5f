package org.factdrill.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** The build's pre-parsed interface words (PreparsedWords) say what each pack's text files say. */
class PreparsedWordsMatchTheirSourceTest {
  @Test
  void everyPackHasItsInterfaceWordsPreparsed() {
    for (String code : LanguagePacks.codes()) {
      assertNotNull(PreparsedWords.of(code + "/pack.tsv"), code + "/pack.tsv");
      assertNotNull(PreparsedWords.of(code + "/ui.tsv"), code + "/ui.tsv");
    }
  }

  @Test
  void preparsedInterfaceWordsEqualTheParsedTsvFiles() {
    for (String code : LanguagePacks.codes()) {
      InterfaceWords parsed = LanguagePacks.parseInterfaceWords(code);
      InterfaceWords read = LanguagePacks.interfaceWords(code).orElseThrow();
      assertEquals(parsed.strings(), read.strings(), code + "/ui.tsv");
      assertEquals(parsed.settings(), read.settings(), code + "/pack.tsv");
      assertEquals(parsed.rightToLeft(), read.rightToLeft(), code);
    }
  }

  @Test
  void preparsedCodesEqualTheParsedIndex() {
    assertEquals(LanguagePacks.parseCodes(), java.util.List.of(PreparsedWords.of("index.tsv")));
  }

  @Test
  void aCodeWithoutPreparsedWordsHasNone() {
    assertEquals(null, PreparsedWords.of("xx/ui.tsv"));
  }
}
