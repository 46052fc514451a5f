package org.factdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

class InstructionsTest {
  @Test
  void everyTypeHasWordsInEveryLanguage() {
    for (Language l : Language.values()) {
      for (QuestionType t : QuestionType.values()) {
        assertNotNull(Instructions.of(t, l), t + " " + l);
      }
    }
  }

  @Test
  void englishIsTheDefault() {
    assertEquals("Fill in the blank", Instructions.of(QuestionType.CLOZE, "xx"));
    assertEquals("Fill in the blank", Instructions.of(QuestionType.CLOZE, (String) null));
    assertEquals("Đúng hay sai?", Instructions.of(QuestionType.TRUEFALSE, "vi"));
    assertEquals("נכון או לא נכון?", Instructions.of(QuestionType.TRUEFALSE, "he"));
  }
}
