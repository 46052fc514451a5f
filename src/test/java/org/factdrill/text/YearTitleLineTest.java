package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A bare year before words names what happened in it ("1918 flu pandemic"): a title, not a date
 * line; a full date with a place or a weekday stays a date line. Every text here is made up.
 */
class YearTitleLineTest {
  private static final String BODY = "\n\nThe pandemic reached the harbour towns of the northern "
      + "coast in the autumn and closed their schools and markets for many weeks.\n";

  @Test
  void aYearOpeningAShortTitleIsNoDateLine() {
    for (String[] c : new String[][] {{"en", "1918 flu pandemic"}, {"en", "1906 Karvo earthquake"},
        {"vi", "1945 nạn đói"}, {"he", "1929 מאורעות"}}) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      Layout l = LayoutClassifier.classify(c[1] + BODY, lang, "x.txt");
      assertEquals(LineClass.HEADING, l.classAt(0), c[1]);
      assertEquals(c[1], l.title(), c[1]);
    }
  }

  @Test
  void fullDatesStayDateLines() {
    for (String line : new String[] {"March 3, 2015", "Monday, 12 March 1906", "London, 3 May 1921"}) {
      Layout l = LayoutClassifier.classify("Karvo news\n\n" + line + BODY, Language.EN, "x.txt");
      assertEquals(LineClass.BYLINE, l.classAt(("Karvo news\n\n").length()), line);
    }
  }
}
