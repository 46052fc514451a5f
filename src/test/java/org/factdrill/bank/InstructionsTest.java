package org.factdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

class InstructionsTest {
  private static Question timeline(String prompt, Boolean edited) {
    return TestQuestions.of("timeline-1", "timeline-1", QuestionType.TIMELINE, "he", prompt,
        new Question.Answer(null, "1 2"), null, null,
        List.of(new Question.Event("א", "1991"), new Question.Event("ב", "1993")), List.of(), null,
        edited);
  }

  @Test
  void aTimelineInstructionIsShownInTheInterfaceLanguage() {
    Question q = timeline(Instructions.of(QuestionType.TIMELINE, Language.HE), null);
    assertEquals(Instructions.of(QuestionType.TIMELINE, Language.EN),
        Instructions.displayPrompt(q, "en"));
    assertEquals(Instructions.of(QuestionType.TIMELINE, Language.VI),
        Instructions.displayPrompt(q, "vi"));
  }

  @Test
  void anInstructorsOwnPromptIsShownAsWritten() {
    assertEquals("סדרו לפי השנים", Instructions.displayPrompt(timeline("סדרו לפי השנים", true), "en"));
  }
}
