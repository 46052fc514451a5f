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

  /**
   * Issue 20, s13 review class 8: entries days or weeks apart cannot be ordered from knowledge,
   * so no which-first pairs them and no timeline holds two of them; months apart they can.
   */
  @Test
  void eventsDaysApartAreNeitherPairedNorOrderedInATimeline() {
    DocFacts d = Fixtures.doc("t.txt", Language.EN, """
        The fleet of Varnholt left the harbour of Dellin on {{3 June 1942|date|1942-06-03}} at dawn.

        The fleet of Varnholt reached the islands of Tessin on {{7 June 1942|date|1942-06-07}} after a storm.

        The council of Dellin signed a truce with the islands on {{21 June 1942|date|1942-06-21}} in the castle.

        The harbour of Dellin was closed to trade on {{28 June 1942|date|1942-06-28}} by the council.

        The council of Dellin opened a new school for pilots on {{9 July 1942|date|1942-07-09}} in the town.
        """);
    List<Timeline.Event> events = events(d);
    assertEquals(5, events.size());
    assertTrue(ChronologyItems.pairs(events).isEmpty(), "days apart: no which-first");
    assertTrue(Timeline.questions(d.source().doc(), events, 1).isEmpty(), "no timeline");
    Timeline.Event june = events.get(0);
    Timeline.Event laterYear = new Timeline.Event("x", june.ref(), june.text(), "1942-09-01",
        19420901, 19420901, new org.factdrill.text.Span(0, 1));
    assertTrue(ChronologyItems.farApart(june, laterYear), "three months apart");
    assertFalse(ChronologyItems.farApart(june, events.get(4)), "one month apart");
    Timeline.Event y1 = new Timeline.Event("a", june.ref(), june.text(), "1943", 19430101,
        19431231, new org.factdrill.text.Span(0, 1));
    Timeline.Event y2 = new Timeline.Event("b", june.ref(), june.text(), "1944", 19440101,
        19441231, new org.factdrill.text.Span(2, 3));
    assertTrue(ChronologyItems.farApart(y1, y2), "two whole years are a year apart");
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
