package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A bare event noun after a preposition, coordinated with another bare noun ("in war and
 * peace", "in peace and in war", "through war or famine"), is the kind in general, not an event
 * named before: it does not make the prompt unnamed. Joined to a definite noun or a pronoun it is
 * still one event. Invented sentences.
 */
class CoordinatedEventNounTest {
  @Test
  void aBareEventNounJoinedToAnotherBareNounIsGeneric() {
    TopicNouns t = new TopicNouns();
    for (String p : List.of(
        "In war and peace, the Orsk fair of _____ drew crowds.",
        "The Orsk fair drew crowds in war and peace from _____ onwards.",
        "In war or peace, the bakers of Varn baked _____ loaves a day.",
        "In peace and in war, the mill at Kell made _____ sacks a week.",
        "Through war and famine the town kept its charter of _____.",
        "During war, and in peace, the regatta of _____ went ahead.",
        "After revolution and reform, the council of Telm met in _____.",
        "Despite war or plague, Harvest Sunday in _____ was kept.")) {
      assertNull(t.unnamed(Language.EN, p, null), p);
    }
  }

  @Test
  void joinedToADefiniteNounOrAPronounItIsStillOneEvent() {
    TopicNouns t = new TopicNouns();
    for (String[] p : List.of(
        new String[] {"During war and the famine that followed, _____ people left Orsk.", "the war"},
        new String[] {"During war and after it, the mill made _____ sacks a week.", "the war"},
        new String[] {"In war, and the fair of _____ was cancelled.", "the war"},
        new String[] {"After war, the fair of _____ drew few visitors.", "the war"},
        new String[] {"Amid war the port closed and in _____ it reopened.", "the war"})) {
      assertEquals(p[1], t.unnamed(Language.EN, p[0], null), p[0]);
    }
  }
}
