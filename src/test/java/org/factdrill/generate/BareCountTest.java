package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A bare number or quantifier as a clause's subject ("Six were framers of …", "Most had served …")
 * counts members of a group the text named before: the clause points back as a pronoun does, so
 * it is asked with the sentence before, or not at all when that one points back too. A number
 * with its own noun names what it counts. Invented sentences, generated.
 */
class BareCountTest {
  private static final List<String> NUMBERS = List.of("Two", "Three", "Four", "Five", "Six",
      "Seven", "Eight", "Nine", "Ten", "12", "40");
  private static final List<String> VERBS = List.of("were", "was", "died", "survived", "remained",
      "had", "became");

  @Test
  void aNumberRightBeforeAVerbIsABareSubject() {
    for (String n : NUMBERS) {
      for (String v : VERBS) {
        assertTrue(BareCount.opens(Language.EN, n + " " + v + " members of the old guild."),
            n + " " + v);
        assertFalse(BareCount.opens(Language.EN, n + " ships " + v + " lost off the cape."),
            "with its noun: " + n + " ships " + v);
      }
    }
    for (String q : List.of("Most", "Many", "Some", "Several", "All")) {
      assertTrue(BareCount.opens(Language.EN, q + " had served in the city guard."), q);
      assertFalse(BareCount.opens(Language.EN, q + " historians had served in the city guard."), q);
    }
    assertTrue(BareCount.opens(Language.HE, "שישה היו חברי המועצה הראשונה."));
    assertFalse(BareCount.opens(Language.HE, "שישה חברים היו במועצה הראשונה."));
  }

  @Test
  void aQuantifierBeforeAPastVerbAndItsObjectIsABareSubject() {
    for (String q : List.of("Some", "Many", "Several", "Most", "Others", "Few")) {
      for (String rest : List.of("petitioned the mayor before the fair of 1932.",
          "urged Governor Tallis to call the vote in 1932.", "appealed to the council in May.",
          "protested against the tax in 1932.", "wrote the mayor a letter in 1932.",
          "visited them at the harbour in 1932.")) {
        assertTrue(BareCount.opens(Language.EN, q + " " + rest), q + " " + rest);
      }
      for (String rest : List.of("wounded soldiers reached the harbour in 1932.",
          "armed men guarded the mill in 1932.", "retired officers petitioned the mayor.")) {
        assertFalse(BareCount.opens(Language.EN, q + " " + rest), q + " " + rest);
      }
    }
    assertFalse(BareCount.opens(Language.EN, "Farmers petitioned the mayor ahead of the fair."));
  }

  @Test
  void aQuantifierSubjectIsAskedWithTheSentenceThatNamesItsGroup() {
    for (String verb : List.of("petitioned", "lobbied", "urged")) {
      String text = "The Varn Fair\n\nIn 1931 the grain farmers of Varn lost half their harvest to the"
          + " floods of the Lisk River.\n\nSome " + verb + " the mayor of Varn before the harvest"
          + " fair of 1932, expecting a speech on the river banks.\n";
      Fixtures.asking(Fixtures.extracted(Language.EN, text), "1932").forEach(q ->
          assertTrue(q.prompt().contains("grain farmers"), verb + ": " + q.prompt()));
    }
  }

  @Test
  void aYearOrAWordThatIsNoNumberOpensNoBareCount() {
    for (String v : List.of("was", "were", "had")) {
      assertFalse(BareCount.opens(Language.EN, "1848 " + v + " a year of revolts in Karvo."), v);
      assertFalse(BareCount.opens(Language.EN, "Mara " + v + " a member of the guild."), v);
      assertFalse(BareCount.opens(Language.EN, "Twenty-two men " + v + " sent to the coast."), v);
    }
  }

  @Test
  void aBareCountIsAskedWithTheSentenceThatNamesItsGroup() {
    for (String n : List.of("Four", "Five", "Six")) {
      for (String group : List.of("new members", "captains", "envoys")) {
        String text = "The Harbour Guild of Varn\n\nThe guild of Varn was founded by the merchants "
            + "of the harbour in 1702.\n\nIn 1745 the guild of Varn admitted nine " + group
            + " from the northern towns. " + n + " were shipbuilders from the coast of Marren.\n";
        Fixtures.asking(Fixtures.extracted(Language.EN, text), n).forEach(q ->
            assertTrue(q.prompt().contains("admitted nine " + group), n + ": " + q.prompt()));
      }
    }
  }

  @Test
  void aBareCountAfterASentenceThatPointsBackItselfIsNotAsked() {
    String text = "The Harbour Guild of Varn\n\nThe guild of Varn was founded by the merchants of the "
        + "harbour in 1702.\n\nIn 1745 the guild of Varn admitted nine new members from the "
        + "northern towns. Most had served on the ships of the northern fleet. Six were shipbuilders "
        + "from the coast of Marren.\n";
    List<Question> qs = Fixtures.asking(Fixtures.extracted(Language.EN, text), "Six");
    assertTrue(qs.isEmpty(), qs.toString());
  }
}
