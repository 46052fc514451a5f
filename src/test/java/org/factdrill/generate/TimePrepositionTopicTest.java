package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 8 of the nineteenth review, second half: an event noun that is the object of a
 * preposition of time ("amid war", "during the siege", "after the revolt") sets its clause in an
 * event the prompt must name, as much as an event noun that opens the clause; with or without
 * the article, in a fronted phrase or at the end. A context line, a phrase after the noun or a
 * relative clause holding a name says which. Invented sentences.
 */
class TimePrepositionTopicTest {
  private static final List<String[]> UNNAMED = List.of(
      new String[] {"Harvest Sunday in _____ was kept quietly amid war.", "the war"},
      new String[] {"During the war, the mill at Orsk made _____ sacks a week.", "the war"},
      new String[] {"The garrison held out for _____ days throughout the siege.", "the siege"},
      new String[] {"After the revolt the council met in _____ at Varn.", "the revolt"},
      new String[] {"Its school reopened in _____, before the war.", "the war"},
      new String[] {"The port was closed to shipping amidst the uprising in _____.", "the uprising"},
      new String[] {"Bread was rationed during war from _____ onwards.", "the war"},
      new String[] {"In war, Harvest Sunday of _____ was kept quietly.", "the war"},
      new String[] {"After war, the fair of _____ drew few visitors.", "the war"},
      new String[] {"Despite the war, the regatta of _____ went ahead.", "the war"},
      new String[] {"Through the siege, the bakers of Orsk baked _____ loaves a day.", "the siege"});

  @Test
  void anEventNounAfterAPrepositionOfTimeNeedsItsName() {
    TopicNouns t = new TopicNouns();
    for (String[] p : UNNAMED) {
      assertEquals(p[1], t.unnamed(Language.EN, p[0], null), p[0]);
    }
    assertNull(t.unnamed(Language.EN, UNNAMED.get(0)[0], "The Telm War, 1850-1856"),
        "the context line names it");
    assertEquals("the war", t.unnamed(Language.EN, UNNAMED.get(1)[0],
        "Orsk during the Varn revolt"), "a context line naming another kind of event");
  }

  @Test
  void aRelativeClauseOrAPhraseAfterTheNounSaysWhich() {
    TopicNouns t = new TopicNouns();
    for (String p : List.of(
        "During the war that Aldoria waged on Brevia, the mill made _____ sacks a week.",
        "Bread was rationed throughout the war which the Varn League lost in _____.",
        "After the siege of Kell in _____ the council met at Varn.",
        "During the Telm War the mill made _____ sacks a week.",
        "In the Telm War, Harvest Sunday of _____ was kept quietly.",
        "Despite the war with Brevia, the regatta of _____ went ahead.")) {
      assertNull(t.unnamed(Language.EN, p, null), p);
    }
    assertNull(t.unnamed(Language.EN, "The mill made _____ sacks a week in peace or war.", null),
        "no preposition of time: a general phrase");
    assertNull(t.unnamed(Language.EN, "Orsk sent _____ men to the war.", null),
        "a place the men went, not the time of the clause");
  }
}
