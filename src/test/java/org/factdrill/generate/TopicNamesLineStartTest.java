package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A capitalised word opening a line starts a sentence: it is no proper noun of the text. */
class TopicNamesLineStartTest {

  private static final String[] HEADINGS = {"History of the valley", "Early years and reform",
      "the long war", "Trade, ports and roads"};
  private static final String[] OPENERS = {"Most", "The", "In", "After", "Many", "During"};
  private static final String[] BREAKS = {"\n", "\n\n", "\r\n\r\n", "\n\n- ", "\n \n"};

  @Test
  void aWordOpeningALineUnderAHeadingNamesNothing() {
    for (String heading : HEADINGS) {
      for (String opener : OPENERS) {
        for (String gap : BREAKS) {
          String sentence = opener + " of the farmers left the valley in 1920.";
          String text = heading + gap + sentence;
          assertFalse(new TopicNames().namesSubject(sentence, text), text);
        }
      }
    }
  }

  @Test
  void aCapitalisedWordInMidLineStillNamesTheSubject() {
    for (String heading : HEADINGS) {
      for (String gap : BREAKS) {
        String text = heading + gap + "After the war, Tarvenia rebuilt its ports in 1920."
            + " Most of the ships came from the south, and Tarvenia paid for them.";
        assertTrue(new TopicNames().namesSubject("Tarvenia paid for the ships in 1921.", text),
            text);
      }
    }
  }
}
