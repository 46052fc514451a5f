package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Classes 8 and 29 of the eighteenth session: a generic subject for what happened ("the events
 * of 1840-1843", "the hostilities") that a time qualifies but nothing names stands for an event
 * the student cannot see; the sentence, the sentence before or the context line must name it
 * (its kind word: "war", "revolution"), or the fact is not asked. Pack data
 * ({@code lang/en/topic-nouns.txt}, flag {@code period}). Every sentence is made up.
 */
class GenericEventsByPeriodTest {
  // Class 8: "ended the war" on a page whose heading is lost dates a war nothing names.


  @Test
  void aGenericEventsSubjectQualifiedOnlyByATimeIsUnnamed() {
    TopicNouns t = new TopicNouns();
    for (String p : List.of("The events of 1840-1843 cost the province _____ lives.",
        "The events of the 1780s displaced _____ families.",
        "The events of _____ left the harbour town in ruins.",
        "The hostilities ended in _____.", "In _____, the conflict spread to the hill country.")) {
      assertTrue(t.unnamed(Language.EN, p, null) != null, p);
    }
    assertNull(t.unnamed(Language.EN, "The events of 1840-1843 cost _____ lives.",
        "The Ostvarn War"), "the context line names the war");
    assertNull(t.unnamed(Language.EN,
        "The events of the Varn Rising cost the province _____ lives.", null),
        "a name after it says which events");
    assertNull(t.unnamed(Language.EN,
        "The events of the 1840 revolution cost the province _____ lives.", null),
        "its kind word in the prompt names it");
    assertNull(t.unnamed(Language.EN, "Tolls rose again with the events of 1841, in _____.", null),
        "only where it opens its clause, as what the clause is about");
    assertEquals("the events", t.unnamed(Language.EN,
        "Tolls rose again after the events of 1841, in _____.", null),
        "or after a preposition of time (twentieth review, class 8)");
  }

  @Test
  void anEventEndedByTheFactIsWhatTheFactDates() {
    TopicNouns t = new TopicNouns();
    assertEquals("the war", t.unnamed(Language.EN,
        "A treaty signed at Dunmere in _____ ended the war.", null), "which war ended?");
    assertNull(t.unnamed(Language.EN, "A treaty signed at Dunmere in _____ ended the war.",
        "The Harlow War"), "the context line names it");
    assertNull(t.unnamed(Language.EN, "A treaty signed in _____ ended the war of the Varn succession.",
        null), "the phrase after it says which");
    assertNull(t.unnamed(Language.EN, "Dunmere sent _____ ships to the war.", null),
        "no verb of ending: the war is only where the ships went");
  }

  @Test
  void thePageTitleNamingTheWarKeepsTheQuestion() {
    String body = """

        Fishing boats sailed from every harbour along the coast. The events of 1840-1843 cost \
        the province {{12,000|number|12000}} lives.
        """;
    Result none = Fixtures.generate(Language.EN, "Trade on the northern coast\n" + body);
    assertTrue(Fixtures.clozes(none, "12,000").isEmpty(), none.report().format(none.bank()));
    Result titled = Fixtures.generate(Language.EN, "The Ostvarn War\n" + body);
    assertEquals(1, Fixtures.clozes(titled, "12,000").size(),
        titled.report().format(titled.bank()));
  }
}
