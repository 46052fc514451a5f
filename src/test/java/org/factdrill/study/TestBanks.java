package org.factdrill.study;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.bank.TestQuestions;
import org.factdrill.bank.QuestionType;

/** Small hand-made banks for session tests: fact N has a choice and a cloze question. */
public final class TestBanks {
  private TestBanks() {}

  /** Cloze question {@code id} of card {@code card} whose answer is {@code answer}. */
  public static Question cloze(String id, String card, String answer) {
    return TestQuestions.of(id, card, QuestionType.CLOZE, "en", "Year of event " + card + "? ____",
        TestQuestions.answer(JsonNodeFactory.instance.textNode(answer), answer), null, null, null,
        List.of(new Question.FactRef("test.txt", 0, 4, answer, "date",
            TestQuestions.value(JsonNodeFactory.instance.textNode(answer)), null, null, "In " + answer + " it ended.",
            0)), null, null);
  }

  /** Choice question {@code id} of {@code card}: options answer, +1, +2; option 1 is right. */
  public static Question choice(String id, String card, String answer) {
    int n = Integer.parseInt(answer);
    return TestQuestions.of(id, card, QuestionType.CHOICE, "en", "When did event " + card + " end?",
        TestQuestions.answer(JsonNodeFactory.instance.textNode(answer), answer),
        List.of(answer, Integer.toString(n + 1), Integer.toString(n + 2)), null, null, List.of(),
        null, null);
  }

  /** {@code n} facts f0..f(n-1), each with a choice and a cloze question, answer 1900+i. */
  public static Bank facts(int n) {
    List<Question> qs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String a = Integer.toString(1900 + i);
      qs.add(choice("q" + i + "c", "f" + i, a));
      qs.add(cloze("q" + i + "z", "f" + i, a));
    }
    return bank(qs);
  }

  public static Bank bank(List<Question> qs) {
    return new Bank(Bank.SCHEMA_VERSION, new Bank.GeneratorInfo("test", "0"), List.of(), qs);
  }
}
