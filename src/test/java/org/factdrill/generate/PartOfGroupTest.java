package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, rubric line 1 (ninth session): a part of a group named before ("most of them",
 * "trong số đó", "רובם") needs the group named in the prompt: the sentence before is shown when
 * it names it, else the fact is not asked. Every text here is made up.
 */
class PartOfGroupTest {

  private static Question cloze(Result r, String answer) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE
        && q.answer().text().equals(answer)).findFirst().orElse(null);
  }

  @Test
  void theSentenceBeforeNamingTheGroupIsShown(@TempDir Path dir) throws Exception {
    String[][] texts = {
        {"The Varn Strike\n\nThe dock workers of Varn stopped work in the spring of the year."
            + " Most of them marched to the harbour office, and 2,400 were arrested in 1923.\n",
            "The dock workers of Varn"},
        {"שביתת וארן\n\nפועלי הנמל של וארן הפסיקו את עבודתם באביב. רובם צעדו אל משרד הנמל,"
            + " ו-2400 נעצרו בשנת 1923.\n", "פועלי הנמל של וארן"}};
    for (String[] t : texts) {
      Result r = RealText.generate(dir, "t.txt", t[0]);
      Question q = cloze(r, t[0].contains("2,400") ? "2,400" : "2400");
      assertTrue(q != null && q.prompt().startsWith(t[1]),
          (q == null ? "not asked" : q.prompt()) + "\n" + r.report().format(r.bank()));
    }
  }

  @Test
  void withNoGroupNamedBeforeItIsNotAsked(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "Most of them marched to the harbour office of the"
        + " city, and 2,400 were arrested in 1923.\n");
    assertTrue(cloze(r, "2,400") == null, r.report().format(r.bank()));
  }
}
