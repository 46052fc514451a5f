package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.extract.Fact;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A chronology item is shown without the sentences around it, so it must not lean on them: no
 * demonstrative whose noun it does not name itself ("used this banner"), and no clause whose
 * predicate the clause before gave ("… did not.", "followed suit"). Invented sentences, generated.
 */
class ItemLeansTest {
  private static final Context CTX = new Context();

  @Test
  void aDemonstrativeWhoseNounTheItemDoesNotNameLeansBack() {
    for (String noun : List.of("banner", "flag", "plan", "proposal", "ship")) {
      for (String d : List.of("this", "these", "those")) {
        assertTrue(ItemLeans.leansBack(Language.EN, "Mara Quell carried " + d + " " + noun
            + " in her first campaign for the council.", CTX), d + " " + noun);
        assertFalse(ItemLeans.leansBack(Language.EN, "Mara Quell made a " + noun + " and carried "
            + d + " " + noun + " in her first campaign.", CTX), "named before: " + d + " " + noun);
      }
    }
    assertTrue(ItemLeans.leansBack(Language.VI, "Quân Varn rút khỏi thành trong cuộc chiến này.", CTX));
    assertFalse(ItemLeans.leansBack(Language.VI, "Quân Varn rút khỏi thành Orvin sau ba tuần.", CTX));
  }

  @Test
  void aClauseEndingOnAnAuxiliaryHasItsPredicateInTheClauseBefore() {
    for (String subject : List.of("Her vote of that spring", "The northern council", "Lin")) {
      for (String end : List.of("did not", "didn’t", "was not", "would not", "followed suit",
          "did so")) {
        assertTrue(ItemLeans.leansBack(Language.EN, subject + " " + end + ".", CTX), end);
      }
      assertFalse(ItemLeans.leansBack(Language.EN, subject + " did not sign the treaty.", CTX));
    }
    assertFalse(ItemLeans.elided(Language.HE, "המועצה לא."), "a pack without the list");
  }

  @Test
  void suchItemsAreNotAskedInAChronology() {
    DocFacts d = Fixtures.doc("t.txt", Language.EN, """
        The Varn council

        Mara Quell's vote in {{1911|date|1911}} cost her the seat on the council; Mara Quell's vote \
        in {{1907|date|1907}} did not.

        In {{1920|date|1920}}, Mara Quell carried this banner through the streets of Orvin.

        The council of Varn opened its new hall beside the river in {{1925|date|1925}}.
        """);
    List<String> items = new ArrayList<>();
    for (Fact f : d.facts()) {
      Question.FactRef ref = new Question.FactRef("t.txt", f.start(), f.end(), f.text(),
          f.kind().json(), Answers.of(f.kind(), f.value()), null, null,
          f.sentence().of(d.source().doc().text()), f.sentence().start());
      Timeline.Event e = Timeline.event(d.source().doc(), f, "c" + f.start(), ref, CTX);
      if (e != null) {
        items.add(e.text());
      }
    }
    assertTrue(items.stream().anyMatch(t -> t.contains("new hall")), items.toString());
    assertTrue(items.stream().noneMatch(t -> t.endsWith("did not.") || t.contains("this banner")),
        items.toString());
  }

  @Test
  void anAdditiveAdverbIsTakenOutOfAnItem() {
    for (String subject : List.of("The millers", "Mara Quell", "The council of Varn")) {
      assertTrue(ItemLeans.withoutAdditive(Language.EN, subject + " also opened a bakery beside "
          + "the mill.").equals(subject + " opened a bakery beside the mill."), subject);
    }
    assertTrue(ItemLeans.withoutAdditive(Language.EN, "Also the mill closed.")
        .equals("Also the mill closed."), "an opening connective is core's to cut, not this");
    assertTrue(ItemLeans.withoutAdditive(Language.HE, "גם הטוחנים פתחו מאפייה.")
        .equals("גם הטוחנים פתחו מאפייה."), "a pack without the list");
  }

  @Test
  void anItemCutDownToATopicNounThatNothingNamesIsNotUsed() {
    for (String noun : List.of("house", "town")) {
      String text = "Merchants of Varn\n\nThe merchant guild of Varn was founded by the cloth traders "
          + "of the river port in 1788.\n\nThe stone " + noun + " of the Orlov family at Varn was "
          + "built by the merchant Pavel Orlov in 1850, and the " + noun + " was sold to the guild in "
          + "1871.\n\nThe guild of Varn opened a school for the sons of its members in 1880.\n\n"
          + "The guild of Varn was dissolved by a decree of the governor in 1902.\n";
      Result r = Fixtures.extracted(Language.EN, text);
      for (Question q : r.bank().questions()) {
        for (Question.Event e : q.events()) {
          assertFalse(e.text().startsWith("The " + noun + " was sold"), q.type() + ": " + e.text());
        }
      }
    }
  }
}
