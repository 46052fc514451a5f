package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric lines 1 and 4 for the context line above a prompt: layout glued to a headline
 * or heading is cut off, a site's tagline or section name is passed over for the next candidate,
 * and a title naming the answer's year is shown without that year. Made-up texts.
 */
class CleanContextLineTest {
  private static final String PROSE = "The Orvin council opened the Karvo bridge in {{1911|date|1911}}"
      + " after {{4,000|number|4000}} workers had built it over six years of floods and strikes.\n\n"
      + "The Karvo bridge carried the Orvin railway across the river until the great flood closed"
      + " it, and the council of Orvin rebuilt the Karvo bridge in stone during the following years.\n";

  private static List<Question> questions(String top) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN, top + PROSE)).bank()
        .questions();
  }

  private static void assertContexts(List<Question> qs, String expected) {
    assertFalse(qs.isEmpty());
    for (Question q : qs) {
      if (q.context() != null) {
        assertEquals(expected, q.context(), q.prompt());
      }
    }
  }

  @Test
  void anImageAddressGluedToTheHeadlineIsNotShown() {
    assertContexts(questions("The Karvo bridge of Orvin https://example.org/img/karvo-bridge.jpg\n\n"),
        "The Karvo bridge of Orvin");
  }

  @Test
  void templateResidueInAHeadingIsNotShown() {
    List<Question> qs = questions("The Karvo bridge of Orvin\n\n"
        + "Ninety words of introduction are not needed here, the bridge is the topic of this text and"
        + " its story is told below in the usual order of the events that made it.\n\n"
        + "Building the bridge [|notes=]\n\n");
    for (Question q : qs) {
      assertTrue(q.context() == null || !q.context().contains("notes")
          && !q.context().contains("[") , q.context());
    }
  }

  @Test
  void aSiteTaglineIsPassedOverForTheHeadline() {
    assertContexts(questions("From Wikinews, the free news source\n\nThe Karvo bridge of Orvin\n\n"),
        "The Karvo bridge of Orvin");
  }

  @Test
  void aTitleNamingTheAnswersYearIsShownWithoutIt() {
    List<Question> qs = questions("The Karvo bridge of Orvin (1911)\n\n");
    boolean asked = false;
    for (Question q : qs) {
      if (q.answer() != null && "1911".equals(q.answer().text())) {
        asked = true;
        assertEquals("The Karvo bridge of Orvin", q.context());
      }
    }
    assertTrue(asked, "the year is asked under the title without its year");
  }

  @Test
  void aGenericSectionHeadingIsNoContextLineWithoutTheTitle() {
    for (String[] c : new String[][] {{"en", "Background"}, {"vi", "Bối cảnh"}, {"he", "רקע"}}) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      List<Question> qs = Fixtures.generate(1, Fixtures.doc("t.txt", lang, c[1] + "\n\n" + PROSE))
          .bank().questions();
      for (Question q : qs) {
        assertTrue(q.context() == null || !q.context().equals(c[1]), c[0] + ": " + q.context());
      }
    }
    List<Question> qs = questions("The Karvo bridge of Orvin\n\n"
        + "Ninety words of introduction are not needed here, the bridge is the topic of this text and"
        + " its story is told below in the usual order of the events that made it.\n\nBackground\n\n");
    assertContexts(qs, "The Karvo bridge of Orvin — Background");
  }
}
