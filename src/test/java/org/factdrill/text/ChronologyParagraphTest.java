package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A chronology whose entries run together in one paragraph: a weekday abbreviated after a date
 * does not end the sentence, and people's initials do not make prose a reference entry (a
 * one-letter abbreviation is a page only before a number). Every text here is made up.
 */
class ChronologyParagraphTest {

  @Test
  void aWeekdayAbbreviatedAfterADateDoesNotEndTheSentence() {
    String p = "03/15 Sun. The fleet of Zarnov sailed. 03/18 Wed. Marines landed at Plimsoll.";
    List<Span> s = Sentences.split(p, Language.EN);
    assertEquals(2, s.size(), s.toString());
    assertEquals("03/15 Sun. The fleet of Zarnov sailed.", s.get(0).of(p));
    // Not after a date: the same word ends a sentence as any word does.
    String q = "They sailed by the Sun. The fleet of Zarnov kept its course.";
    assertEquals(2, Sentences.split(q, Language.EN).size());
  }

  @Test
  void initialsInProseAreNoPageAbbreviations() {
    String p = "The report on Zarnov was written by Captain P. Smith and Major P. Jones in 1950, "
        + "and 2,000 copies were printed for the navy.";
    String t = "Zarnov report\n\n" + p + "\n";
    assertEquals(LineClass.PROSE, LayoutClassifier.classify(t, Language.EN, "t.txt")
        .classAt(t.indexOf(p)));
    String ref = "Smith, P. The Zarnov Navy. Plimsoll University Press, 1950, p. 45.";
    String r = "Zarnov report\n\nThe fleet of Zarnov sailed in 1950 with twelve ships.\n\n"
        + "References\n\n" + ref + "\n";
    assertTrue(LayoutClassifier.classify(r, Language.EN, "t.txt").classAt(r.indexOf(ref))
        != LineClass.PROSE);
  }
}
