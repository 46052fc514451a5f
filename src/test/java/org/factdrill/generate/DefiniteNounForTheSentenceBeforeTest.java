package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Twenty-second review (open class, English): a definite noun standing for the thing the sentence
 * before names is unnamed in the prompt: a kind noun after a figure's compound adjective ("the
 * 12-mile canal", "the 75-pound satellite"), as the bare kind noun is, and a definite abstract
 * noun as the object of a verb of responding ("answered the challenge"). The prompt shows the
 * sentence before when it is short, or the fact is not asked. Invented texts.
 */
class DefiniteNounForTheSentenceBeforeTest {
  private static List<Question> asking(String text, String answer) {
    return Fixtures.extracted(Language.EN, text).bank().questions().stream()
        .filter(q -> answer.equals(q.answer().text())).toList();
  }

  /** Every question asking {@code answer} shows {@code named}; at least one when {@code asked}. */
  private static void assertNamed(String text, String answer, String named, boolean asked) {
    List<Question> qs = asking(text, answer);
    if (asked) {
      assertFalse(qs.isEmpty(), text + "\n" + Fixtures.extracted(Language.EN, text).report()
          .format(Fixtures.extracted(Language.EN, text).bank()));
    }
    for (Question q : qs) {
      assertTrue(q.prompt().contains(named), q.prompt());
    }
  }

  @Test
  void aKindNounAfterAFiguresCompoundAdjectiveIsTheOneNamedBefore() {
    assertNamed("Waterways of the north\n\nThe Orvin canal was dug by hand between 1818 and 1824. "
        + "Opened in 1825, the 12-mile canal carried 400 boats a year to Lake Tarn.\n", "400", "Orvin", true);
    assertNamed("The Tarsa launch\n\nIn 1961 the Peldan republic launched the satellite Tarsa "
        + "from its northern base. Passing overhead each night, the 75-pound satellite was "
        + "seen by 30 million people in Velmark.\n", "30 million", "Tarsa", false);
  }

  @Test
  void anAbstractNounAnsweredStandsForTheEventBefore() {
    String[] verbs = {"answer the challenge", "meet the threat", "respond to the move",
        "counter the new offer"};
    for (String v : verbs) {
      assertNamed("The two leagues\n\nIn 1950 the clubs of the south founded a rival league. "
          + "Only in May 1952 did the old league " + v + ", with a charter of 12 articles.\n",
          "12", "rival league", false);
      // The sentence before too long to show: not asked.
      String longBefore = "In 1950 the clubs of the south, led by the three harbour towns and "
          + "backed by the shipping firms, the mill owners, the newspapers of the coast and "
          + "most of the players of the old league's best teams, founded a rival league with "
          + "its own cup, its own referees, its own rules and its own season that ran from "
          + "March to October.";
      String t = "The two leagues\n\n" + longBefore + " Only in May 1952 did the old league " + v
          + ", with a charter of 12 articles.\n";
      assertTrue(asking(t, "12").isEmpty(), String.valueOf(asking(t, "12")));
    }
    // A phrase after the noun says which: asked alone.
    assertFalse(asking("The two leagues\n\nThe clubs met in the spring. Only in May 1952 did the "
        + "old league answer the challenge of the southern clubs, with a charter of 12 "
        + "articles.\n", "12").isEmpty());
  }
}
