package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Instructions;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private static List<Question> timelines(DocFacts... docs) {
    return Fixtures.generate(1, docs).bank().questions().stream()
        .filter(q -> q.type() == QuestionType.TIMELINE).toList();
  }

  /** The English fixture with two more events, so a timeline of four or five can be made. */
  private static DocFacts history() {
    return Fixtures.doc("war.txt", Language.EN, Fixtures.englishMarked() + """

        Fighting broke out in the enclave in {{1988|date|1988}} after a vote of its council.

        The armies signed a truce in {{2016|date|2016}} after four days of heavy fighting.
        """);
  }

  @Test
  void eventsOfOneDocumentInCorrectChronologicalOrder() {
    List<Question> tl = timelines(history());
    assertEquals(1, tl.size());
    Question q = tl.get(0);
    // 1991 and 26 December 1991 overlap, so one of them is left out: five of six.
    assertEquals(5, q.events().size());
    List<Long> starts = new ArrayList<>();
    for (int idx : q.answer().value().order()) {
      starts.add(Timeline.interval(q.events().get(idx).date())[0]);
    }
    List<Long> sorted = new ArrayList<>(starts);
    sorted.sort(null);
    assertEquals(sorted, starts, "answer.value lists the events from earliest to latest");
    List<Long> shown = q.events().stream().map(e -> Timeline.interval(e.date())[0]).toList();
    assertNotEquals(sorted, shown, "events are not shown already in order");
    assertEquals(Instructions.of(QuestionType.TIMELINE, Language.EN), q.prompt());
    StringBuilder text = new StringBuilder();
    q.answer().value().order().forEach(i -> text.append(text.length() == 0 ? "" : " ").append(i + 1));
    assertEquals(text.toString(), q.answer().text());
  }

  @Test
  void eventTextsHaveTheirDateRemoved() {
    for (Question.Event e : timelines(history()).get(0).events()) {
      assertFalse(e.text().matches(".*\\b(19|20)\\d\\d\\b.*"), e.text());
      assertFalse(e.text().matches("(?i).*\\b(in|on)$"), e.text());
      assertTrue(Character.isUpperCase(e.text().charAt(0)), e.text());
    }
  }

  @Test
  void overlappingDatesBoundsAndRangesAreNotMixed() {
    DocFacts d = Fixtures.doc("t.txt", Language.EN, """
        The war started in {{1992|date|1992}} after months of skirmishes in the mountains.

        The offensive began in {{May 1992|date|1992-05}} with heavy artillery on the town.

        Nothing changed on the front lines since {{1988|date|1988}} according to the observers.

        The talks ran through {{1995/1996|date|1995/1996}} without a single agreement signed.

        The ceasefire was finally signed in {{1994|date|1994}} by the governments involved.

        A new offensive shook the region in {{2016|date|2016}} for four long days of fighting.

        The armies of the region exchanged prisoners in {{2010|date|2010}} at the border crossing.
        """);
    List<Question> tl = timelines(d);
    assertEquals(1, tl.size());
    List<String> dates = tl.get(0).events().stream().map(Question.Event::date).sorted().toList();
    assertEquals(4, dates.size(), dates.toString());
    assertFalse(dates.contains("1988"), "a bound ('since 1988') is not an event");
    assertFalse(dates.contains("1995/1996"), "a period is not an event");
    assertFalse(dates.contains("1992") && dates.contains("1992-05"), "overlapping dates");
  }

  @Test
  void labelsAndCutClausesAreNotEvents() {
    assertFalse(Timeline.eventLike("Population: Armenians and Azeris in the city"));
    assertFalse(Timeline.eventLike("Nagorno Karabakh Republic Defence Army"));
    assertFalse(Timeline.eventLike("… which was triggered by the coup in the capital"));
    assertTrue(Timeline.eventLike("The army withdrew its last units from the region"));
  }

  @Test
  void fewerThanFourEventsGiveNoTimeline() {
    assertTrue(timelines(Fixtures.english()).isEmpty(), "three events are too few");
    assertTrue(timelines(Fixtures.vietnamese()).isEmpty());
  }

  @Test
  void vietnameseEventDropsTheWordForYear() {
    DocFacts d = Fixtures.doc("v.txt", Language.VI, "Quân Nga rút hết khỏi vùng này vào năm {{1993|date|1993}} sau nhiều tháng đàm phán.");
    var f = d.facts().get(0);
    String t = new PromptBuilder().template(d.source().doc().text(), f.sentence().start(),
        f.sentence().end(), f.start(), f.end());
    assertEquals("Quân Nga rút hết khỏi vùng này sau nhiều tháng đàm phán.",
        Timeline.withoutDate(t));
  }

  @Test
  void aMonthLeftBeforeTheRemovedYearGoesWithIt() {
    DocFacts d = Fixtures.doc("m.txt", Language.EN,
        "The coup in February {{2014|date|2014}} in Kiev started the civil war in the east.");
    var f = d.facts().get(0);
    String t = new PromptBuilder().template(d.source().doc().text(), f.sentence().start(),
        f.sentence().end(), f.start(), f.end());
    assertEquals("The coup in Kiev started the civil war in the east.", Timeline.withoutDate(t));
  }

  @Test
  void aBracketThatHeldOnlyTheDateLeavesWithIt() {
    for (String[] c : new String[][] {
        {"he", "האגודה של הכפר נוסדה בחורף ({{1895|date|1895}}) ובה היו חברים כל האיכרים.",
            "האגודה של הכפר נוסדה בחורף ובה היו חברים כל האיכרים."},
        {"en", "The village society was founded in winter ({{1895|date|1895}}) by the farmers.",
            "The village society was founded in winter by the farmers."}}) {
      DocFacts d = Fixtures.doc("b.txt", Language.fromCode(c[0]).orElseThrow(), c[1]);
      var f = d.facts().get(0);
      String t = new PromptBuilder().template(d.source().doc().text(), f.sentence().start(),
          f.sentence().end(), f.start(), f.end());
      assertEquals(c[2], Timeline.withoutDate(t), c[0]);
    }
  }

  @Test
  void anItemEndingInAWordThatWantsTheDateIsNoEvent() {
    assertTrue(Timeline.danglingEnd("הספרייה של הכפר נפתחה ב."));
    assertTrue(Timeline.danglingEnd("הספרייה של הכפר פעלה עד."));
    assertTrue(Timeline.danglingEnd("הספרייה של הכפר פעלה מ-"));
    assertTrue(Timeline.danglingEnd("The village library stayed open until."));
    assertFalse(Timeline.danglingEnd("הספרייה של הכפר נפתחה ברחוב הראשי."));
    assertFalse(Timeline.danglingEnd("The village library opened in the main street."));
  }

  private static String eventText(String annotated) {
    DocFacts d = Fixtures.doc("c.txt", Language.EN, annotated);
    var f = d.facts().get(d.facts().size() - 1);
    String t = new PromptBuilder(150, 70).template(d.source().doc().text(), f.sentence().start(),
        f.sentence().end(), f.start(), f.end());
    return Timeline.withoutDate(Timeline.core(t, java.util.Set.of("and", "but")));
  }

  @Test
  void anEventQuotesTheClauseOfItsDateNotTheWholeSentence() {
    // Independent clauses after a semicolon, coordinate clauses that hold another figure.
    assertEquals("The governor signed the charter.", eventText(
        "The council voted for the charter in {{1790|date|1790}}; the governor signed the charter"
            + " in {{1792|date|1792}}."));
    assertEquals("The garrison left the island.", eventText(
        "The town was founded on {{12 March 1701|date|1701-03-12}}, and the garrison left the"
            + " island on {{4 May 1740|date|1740-05-04}}."));
    // A coordinate clause with no other figure is kept: a list of subjects is not cut.
    assertEquals("Denmark, Norway, and Sweden signed the customs treaty.", eventText(
        "Denmark, Norway, and Sweden signed the customs treaty in {{1874|date|1874}}."));
    // A long sentence cut after a comma keeps its cut mark: what follows may be its clause's end.
    assertEquals("The duke offered to sell the northern forests to the crown, hoping that the"
        + " crown would keep his rivals in the south from buying the land …", eventText(
        "The duke offered to sell the northern forests to the crown in {{1811|date|1811}},"
            + " hoping that the crown would keep his rivals in the south from buying the land,"
            + " which they had long wanted for their mills."));
  }

  @Test
  void aClauseCutRightAfterANameIsNoEvent() {
    assertTrue(Timeline.cutAfterAName("In a speech to the crowd, the mayor, Anna Verdell …"));
    assertFalse(Timeline.cutAfterAName("The mayor, Anna Verdell, opened the new harbour …"));
    assertFalse(Timeline.cutAfterAName("In a speech to the crowd, Anna Verdell"));
    assertFalse(Timeline.cutAfterAName("Trong bài phát biểu, thị trưởng mở cảng mới …"));
  }
  @Test
  void anItemDropsAWordThatJoinedItsSentenceToTheOneBefore() {
    assertEquals("The garrison left the island.", Timeline.withoutDate(Timeline.core(
        "However, the garrison left the island in " + PromptBuilder.HOLE + ".",
        java.util.Set.of("however", "then"))));
    assertEquals("The garrison left the island.", Timeline.withoutDate(Timeline.core(
        "Then the garrison left the island in " + PromptBuilder.HOLE + ".",
        java.util.Set.of("however", "then"))));
    // A word that only starts like one is kept ("Thence", "Thenceforth").
    assertEquals("Thenceforth the garrison kept the island.", Timeline.withoutDate(Timeline.core(
        "Thenceforth the garrison kept the island in " + PromptBuilder.HOLE + ".",
        java.util.Set.of("however", "then"))));
  }
}
