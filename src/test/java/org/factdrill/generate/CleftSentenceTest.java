package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A cleft sentence fronting a time ("It was in 1862 that the council voted …") opens with the
 * copula's empty "it", which points to nothing: its date is asked like any sentence's (class 12 of
 * the seventeenth review: it was skipped as opening with a pronoun whose sentence before points
 * back too). A cleft whose own clause opens with a pronoun, and an "it" that is a subject ("It
 * was built in 1862 so that …"), still point back. Invented sentences.
 */
class CleftSentenceTest {
  private static final List<String> HEADS = List.of("It was in", "It was not until",
      "It was only in", "It was during the winter of", "It is in", "It was in the spring of");

  private static String text(String opening, int year, String clause) {
    // The paragraph's first sentence: nothing before it could name what a pronoun points to.
    return "The walls of Marrow\n\n" + opening + " " + year + " that " + clause
        + " pull down the old walls of the upper town and to lay out broad avenues.\n";
  }

  @Test
  void aClefFrontingATimeIsAskedForItsDate() {
    int n = 0;
    for (String head : HEADS) {
      for (int year = 1701; year < 1900; year += 37) {
        var r = Fixtures.extracted(Language.EN, text(head, year,
            "the council of the city of Marrow voted to"));
        List<Question> qs = Fixtures.asking(r, String.valueOf(year));
        assertFalse(qs.isEmpty(), head + " " + year + "\n" + r.report().format(r.bank()));
        for (Question q : qs) {
          if (q.type() == QuestionType.CLOZE) {
            assertTrue(q.prompt().startsWith(head + " _____ that the council"), q.prompt());
          }
        }
        n++;
      }
    }
    assertTrue(n >= 30);
  }

  @Test
  void aClefWhoseClauseOpensWithAPronounStillPointsBack() {
    for (String head : HEADS) {
      for (int year = 1701; year < 1900; year += 67) {
        var r = Fixtures.extracted(Language.EN, text(head, year, "they voted to"));
        assertTrue(Fixtures.asking(r, String.valueOf(year)).isEmpty(),
            r.report().format(r.bank()));
      }
    }
  }

  @Test
  void anItThatIsTheSubjectStillPointsBack() {
    for (int year = 1701; year < 1900; year += 37) {
      String t = "The walls of Marrow\n\nIt was built in " + year + " so that the merchants of"
          + " the harbour could keep their grain safe from raiders.\n";
      var r = Fixtures.extracted(Language.EN, t);
      assertTrue(Fixtures.asking(r, String.valueOf(year)).isEmpty(), r.report().format(r.bank()));
    }
  }
}
