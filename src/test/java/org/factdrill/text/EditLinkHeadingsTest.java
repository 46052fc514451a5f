package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 20 (rubric 1 and 4): a heading copied from a wiki page keeps no edit link in a context
 * line, whether the skin set it after the heading or before it ("[edit] Battle of X").
 */
class EditLinkHeadingsTest {

  @Test
  void anEditLinkBeforeOrAfterAHeadingIsCutOff() {
    String[][] cases = {{"en", "edit", "Battle of Karvo"}, {"vi", "sửa", "Trận Karvo"},
        {"he", "עריכה", "קרב קרבו"}};
    for (String[] c : cases) {
      LayoutWords w = LayoutWords.of(Language.fromCode(c[0]).orElseThrow());
      assertEquals(c[2], LayoutClassifier.cleanHeading("[" + c[1] + "] " + c[2], w), c[0]);
      assertEquals(c[2], LayoutClassifier.cleanHeading(c[2] + " [" + c[1] + "]", w), c[0]);
    }
  }

  @Test
  void aBracketThatIsNoEditLinkStays() {
    LayoutWords w = LayoutWords.of(Language.EN);
    assertEquals("[1] Battle of Karvo", LayoutClassifier.cleanHeading("[1] Battle of Karvo", w));
    assertEquals("[Draft] Battle of Karvo",
        LayoutClassifier.cleanHeading("[Draft] Battle of Karvo", w));
  }
}
