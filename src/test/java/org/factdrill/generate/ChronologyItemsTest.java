package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factdrill.bank.Question;
import org.factdrill.extract.Fact;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** Which events can be compared and which periods measured (issue 20 item 5). */
class ChronologyItemsTest {

  private static List<Timeline.Event> events(DocFacts d) {
    List<Timeline.Event> out = new ArrayList<>();
    for (Fact f : d.facts()) {
      Question.FactRef ref = new Question.FactRef(d.source().doc().source(), f.start(), f.end(),
          f.text(), f.kind().json(), Answers.of(f.kind(), f.value()), null, null,
          f.sentence().of(d.source().doc().text()), f.sentence().start());
      Timeline.Event e = Timeline.event(d.source().doc(), f, Ids.factId("t", ref.sentence(),
          f.text()), ref, new Context());
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void pairsAreOrderedDistinctAndFromDifferentSentences() {
    DocFacts d = Fixtures.doc("t.txt", Language.EN, """
        Fighting broke out in the enclave in {{1988|date|1988}} after a vote of its council.

        The union dissolved in {{1991|date|1991}} after the failed coup in the capital.

        The ceasefire was signed in Bishkek in {{May 1994|date|1994-05}} by the three parties.

        The offensive began in {{1994|date|1994}} with heavy artillery on the town of Agdam.

        The armies signed a truce in {{2016|date|2016}} after four days of heavy fighting.
        """);
    List<ChronologyItems.Pair> pairs = ChronologyItems.pairs(events(d));
    assertFalse(pairs.isEmpty());
    Set<String> used = new HashSet<>();
    for (ChronologyItems.Pair p : pairs) {
      assertTrue(p.earlier().to() < p.later().from(), "order certain: " + p);
      assertTrue(p.years() >= 0);
      assertTrue(used.add(p.earlier().card()) && used.add(p.later().card()), "one pair each");
      assertFalse(p.earlier().text().matches(".*\\d{4}.*"), "no date left in the event");
    }
    assertEquals(pairs, ChronologyItems.pairs(events(d)), "deterministic");
  }

  @Test
  void aPeriodOfYearsIsMeasuredWithItsClause() {
    DocFacts d = Fixtures.doc("t.txt", Language.EN, """
        The first war over the enclave was fought from {{1992 to 1994|date|1992/1994}} in the mountains.
        """);
    Fact f = d.facts().get(0);
    Question.FactRef ref = new Question.FactRef("t.txt", f.start(), f.end(), f.text(), "date",
        Answers.of(f.kind(), f.value()), null, null, f.sentence().of(d.source().doc().text()),
        f.sentence().start());
    ChronologyItems.Period p = ChronologyItems.period(d.source().doc(), f, ref);
    assertNotNull(p);
    assertEquals(2, p.years());
    assertEquals("The first war over the enclave was fought in the mountains.", p.text());
    DocFacts months = Fixtures.doc("t.txt", Language.EN, """
        The siege of the town lasted {{May 1992|date|1992-05}} in the cold mountains of the north.
        """);
    Fact m = months.facts().get(0);
    assertNull(ChronologyItems.period(months.source().doc(), m, ref), "not a period");
  }
}
