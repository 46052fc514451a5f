package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Open class of the twenty-second review (the contrast adverb's second fact), rubric line 3: a
 * clause whose subject is a noun of the world at large, which names no one and whose only fact
 * is a decade, tells of no event; the decade is not asked. A named subject, or a clause with a
 * name in it, is asked as before. Invented sentences.
 */
class GeneralDecadeTest {
  private static final String HEAD = "The Orvik years\n\nThe guild of Orvik was founded in 1870 by"
      + " weavers from Varn. ";

  private static List<String> asked(String sentence, String answer) {
    Result r = Fixtures.extracted(Language.EN, HEAD + sentence + "\n");
    return r.bank().questions().stream().filter(q -> q.answer().text().contains(answer))
        .map(Question::prompt).toList();
  }

  @Test
  void aDecadeAsTheOnlyTimeOfAGeneralChangeIsNotAsked() {
    assertEquals(List.of(), asked("Trade was growing quickly during the early 1920s.", "1920s"));
    assertEquals(List.of(), asked("Life in the villages changed slowly in the 1890s.", "1890s"));
    assertEquals(List.of(), asked("In the 1930s, prices rose faster than wages everywhere.",
        "1930s"));
  }

  @Test
  void aNamedSubjectOrANameInTheClauseIsStillAsked() {
    assertTrue(!asked("The Orvik guild grew quickly during the early 1920s.", "1920s").isEmpty());
    assertTrue(!asked("Trade with the port of Varn grew quickly during the 1920s.", "1920s")
        .isEmpty());
  }
}
