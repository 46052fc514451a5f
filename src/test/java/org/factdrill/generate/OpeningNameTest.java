package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 (rubric 1): when no line and no file name names a text's topic, the name it speaks of
 * most stands for the topic only when the text opens with it; a city a story passes through is
 * no topic, and no context line is better than a misleading one. Invented texts.
 */
class OpeningNameTest {
  private final Context context = new Context();

  private String title(String text) {
    return context.of(new Document("xx-news-src-3f9a2-story.txt", text, Language.EN)).title();
  }

  private static String story(String place) {
    return "Late in the autumn the army crossed the river. General Holm and his officers rode "
        + "to " + place + " to ask for money, and " + place + " sent nothing.\n\n"
        + "In the spring the army had 9,000 men. The council in " + place + " met again in May, "
        + "and " + place + " agreed to pay. The war ended in 1783 with a treaty.\n";
  }

  @Test
  void aPlaceTheStoryPassesThroughIsNoTopic() {
    for (String place : new String[] {"Marvel City", "Dunholt", "Port Ansel"}) {
      assertNull(title(story(place)), place);
    }
  }

  @Test
  void aPageCutMidSentenceOpensWithNoName() {
    assertNull(title("th year of the war, Dunholt was taken. " + story("Dunholt")));
  }

  @Test
  void aTextThatOpensWithItsNameIsAboutIt() {
    for (String place : new String[] {"Marvel City", "Dunholt", "Port Ansel"}) {
      assertEquals(place, title(place + " was founded in 1650 by traders from the coast. "
          + story(place)), place);
      assertEquals(place, title("NOTICE TO VISITORS\n\nIn 1650 traders founded " + place
          + " on the coast. " + story(place)), place);
    }
  }
}
