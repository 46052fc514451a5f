package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A capitalised word that nearly always stands before one and the same common noun modifies it
 * ("the Varnian calendar"): it names a kind of thing, so it is no document's topic.
 */
class TopicModifierTest {
  private final TopicNames names = new TopicNames();

  @Test
  void aModifierBeforeTheSameNounIsNoTopicAndTheNextNameIsTaken() {
    String text = "The year began on a Monday of the Varnian calendar. By then the Varnian "
        + "calendar ran ahead of the old one. In the spring Port Elmer fell to the rebels. "
        + "The Varnian calendar was kept in the cities. Port Elmer was rebuilt in two years, "
        + "and the town of Port Elmer grew.";
    assertTrue(TopicNames.modifier(text, "Varnian"));
    assertEquals("Port Elmer", names.frequentName(text));
  }

  @Test
  void aNameFollowedByWordsOfAllSortsStaysATopic() {
    String text = "In the spring Kesterland was sold. The envoys of Kesterland in the capital "
        + "signed it, and Kesterland became a territory. Settlers reached Kesterland by sea.";
    assertFalse(TopicNames.modifier(text, "Kesterland"));
    assertEquals("Kesterland", names.frequentName(text));
  }

  @Test
  void aNameBeforeTheSameFunctionWordIsNoModifier() {
    String text = "Troops left Ardmoor in May. They reached Ardmoor in June and Ardmoor in "
        + "turn fell. Ardmoor in those years was poor.";
    assertFalse(TopicNames.modifier(text, "Ardmoor"));
  }

  @Test
  void whenEveryRecurringNameIsAModifierThereIsNoTopic() {
    String text = "The Varnian calendar and the Varnian calendar differ. The Varnian calendar "
        + "is older than the Olmic calendar, and the Olmic calendar and Olmic calendar agree.";
    assertNull(names.frequentName(text));
  }

  @Test
  void aSitesOwnNameIsNoTopicHoweverOftenThePageSaysIt() {
    String text = "From Wikipedia, the free encyclopedia. I suppose it is nice for Wikipedia to "
        + "feature the siege of Ardmoor today. Wikipedia readers may ask why. The siege of "
        + "Ardmoor ended in 1411, and Ardmoor was rebuilt; Ardmoor is a town now.";
    assertEquals("Ardmoor", names.frequentName(text));
    assertNull(names.frequentName("From Wikipedia, the free encyclopedia. Wikipedia pages are "
        + "edited by many. Wikipedia has rules."));
  }

  @Test
  void aWordStandingEachTimeBeforeACommonNounIsAnAdjectiveAndNoTopic() {
    java.util.Random r = new java.util.Random(16);
    String[] nouns = {"leaders", "colonists", "soldiers", "ships", "farmers", "envoys", "towns",
        "merchants", "laws", "roads"};
    for (int k = 0; k < 200; k++) {
      String adjective = "Q" + invented(r, 5);
      StringBuilder text = new StringBuilder("On a cold morning the ");
      int n = 3 + r.nextInt(4);
      for (int i = 0; i < n; i++) {
        text.append(adjective).append(' ').append(nouns[r.nextInt(nouns.length)])
            .append(" met again and the ").append(i % 2 == 0 ? "old " : "");
      }
      text.append("council closed.");
      String t = text.toString();
      assertTrue(TopicNames.modifier(t, adjective), t);
      assertNull(names.frequentName(t), t);
      // The same word once ending a clause is a name the text speaks of.
      String named = t + " Many went to " + adjective + ".";
      assertFalse(TopicNames.modifier(named, adjective), named);
      assertEquals(adjective, names.frequentName(named), named);
    }
  }

  private static String invented(java.util.Random r, int len) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < len; i++) {
      b.append((char) ('a' + r.nextInt(26)));
    }
    return b.toString();
  }
}
