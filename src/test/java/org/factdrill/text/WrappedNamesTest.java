package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 (fourteenth session, class of the s14 dev bank): a hard-wrapped paragraph whose line
 * opens with a name or a figure is still one paragraph: inside a paragraph already wrapped, only a
 * sentence mark ends it, so no prompt opens in the middle of a sentence (the paragraph's first
 * line still needs a small letter or a comma to go on: a long title may stand above a paragraph). Rows of a list, each
 * opening with a capital, stay rows. Made-up prose wrapped at random widths.
 */
class WrappedNamesTest {
  /** Its first line breaks before a small letter: a wrap is seen before the names come. */
  private static final String PARAGRAPH = "In 1871, two years after the treaty with the northern "
      + "kingdom of the sea, the river towns of Valmar rose against the Duke Orsen and his court. Over the next decade "
      + "Valmar lost some 40,000 people to the famine, and Norland Traders bought the mills of "
      + "Ostra and Kell for 2 million crowns. The rebels of the Valmar League took the capital "
      + "in March 1884 and Duke Orsen fled to Kell with 300 Guards of the Palace.";

  @Test
  void aWrappedLineOpeningWithANameOrAFigureGoesOnWithItsParagraph() {
    Random rnd = new Random(1404);
    for (int n = 0; n < 200; n++) {
      String wrapped = Wrap.at(PARAGRAPH, 45 + rnd.nextInt(35), "\n");
      String text = "Valmar\n\n" + wrapped + "\n\nSee also the history of Norland.\n";
      Layout l = LayoutClassifier.classify(text, Language.EN, "v.txt");
      int from = text.indexOf("In 1871");
      for (Block b : l.blocks()) {
        int at = b.span().start();
        if (at > from && at < from + wrapped.length()) { // a block may begin only a sentence
          assertEquals('.', text.substring(from, at).strip().charAt(text.substring(from, at)
              .strip().length() - 1), wrapped);
        }
        if (at >= from && at < from + wrapped.length()) {
          assertEquals(LineClass.PROSE, b.cls(), wrapped);
        }
      }
    }
  }

  @Test
  void rowsOpeningWithCapitalsAreNoWrap() {
    String text = "Valmar\n\nCapital city of the duchy and its river port since the year 1650\n"
        + "Population about forty thousand people in the census of the year 1880\n"
        + "Currency the crown of Valmar, struck at the mint of the capital city\n";
    Layout l = LayoutClassifier.classify(text, Language.EN, "v.txt");
    assertTrue(l.blockAt(text.indexOf("Population")).orElseThrow().span().start()
        == text.indexOf("Population"), "a row of its own");
  }
}
