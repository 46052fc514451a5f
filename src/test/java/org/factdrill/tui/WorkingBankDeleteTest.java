package org.factdrill.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.bank.TestQuestions;
import org.junit.jupiter.api.Test;

/** Deleting in the TUI records the id, so regenerating the bank does not bring it back. */
class WorkingBankDeleteTest {

  private static Question q(String id) {
    return TestQuestions.of(id, null, QuestionType.CLOZE, "en", "It ended in _____.",
        new Question.Answer(null, "1900"), null, null, null, null, null, null);
  }

  @Test
  void deletingAQuestionRecordsItsIdAndEditsKeepTheRecord() throws Exception {
    Bank start = new Bank(1, new Bank.GeneratorInfo("factdrill", "t"), List.of(),
        List.of(q("cloze-a"), q("cloze-b"), q("cloze-c")));
    WorkingBank wb = new WorkingBank(BankSource.loaded(start), BankSaver.NONE);
    wb.remove("cloze-b");
    assertEquals(List.of("cloze-b"), wb.get().deleted());
    assertFalse(wb.get().questions().stream().anyMatch(x -> x.id().equals("cloze-b")));
    wb.add(q("mine-1"));
    wb.remove("cloze-a");
    assertEquals(List.of("cloze-a", "cloze-b"), wb.get().deleted());
  }
}
