package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, rubric line 1 (ninth session): a sentence opening with a definite noun that nothing
 * names ("The town had …") points back as a pronoun does: the sentence before is shown, or the
 * fact is not asked; a name in the sentence or the noun in the context line says which. Every
 * text here is made up.
 */
class DefiniteOpeningTest {

  private static Question cloze(Result r, String answer) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE
        && q.answer().text().equals(answer)).findFirst().orElse(null);
  }

  @Test
  void theSentenceBeforeSaysWhichTown(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "The Varn Bridge\n\nThe council of Varn opened a"
        + " stone bridge over the river in 1921. The town had 3,000 inhabitants in those years of"
        + " trade.\n");
    Question q = cloze(r, "3,000");
    assertTrue(q != null && q.prompt().startsWith("The council of Varn"),
        (q == null ? "not asked" : q.prompt()) + "\n" + r.report().format(r.bank()));
  }

  @Test
  void withNothingBeforeItIsNotAsked(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "The Varn Bridge\n\nThe town had 3,000"
        + " inhabitants in the years of the river trade.\n");
    assertTrue(cloze(r, "3,000") == null, r.report().format(r.bank()));
  }

  @Test
  void aNameInTheSentenceOrTheNounInTheContextLineSaysWhich(@TempDir Path dir) throws Exception {
    Result named = RealText.generate(dir, "t.txt", "The Varn Bridge\n\nThe town of Varn had"
        + " 3,000 inhabitants in the years of the river trade.\n");
    assertTrue(cloze(named, "3,000") != null, named.report().format(named.bank()));
    Result line = RealText.generate(dir, "t.txt", "The Bridge of Varn\n\nThe bridge carried"
        + " 3,000 carts a day in the years of the river trade.\n");
    assertTrue(cloze(line, "3,000") != null, line.report().format(line.bank()));
  }
}
