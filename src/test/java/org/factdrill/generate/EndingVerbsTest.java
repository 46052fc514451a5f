package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 8 of the nineteenth review: the verbs of ending are a class (close, finish, terminate,
 * settle, put an end to, as well as end and conclude): "the war" after any of them, named
 * nowhere, is not asked; a context line naming the war, or a phrase after the noun that says
 * which, keeps the question. (Its second half, the object of a preposition of time, is in
 * TimePrepositionTopicTest.) Invented sentences.
 */
class EndingVerbsTest {
  private static final List<String> UNNAMED = List.of(
      "The Treaty of Holm, signed in _____, closed the war.",
      "A truce agreed at Velm in _____ finally settled the war.",
      "The envoys met at Kell in _____ and put an end to the war.",
      "Aldoria and Brevia terminated the war in _____ at Kell.",
      "The peace of _____ finished the war in the valleys.");

  @Test
  void theWarAfterAnyVerbOfEndingNeedsItsName() {
    TopicNouns t = new TopicNouns();
    for (String p : UNNAMED) {
      assertEquals("the war", t.unnamed(Language.EN, p, null), p);
      assertNull(t.unnamed(Language.EN, p, "The Tarn War"), "the context line names it: " + p);
    }
    assertNull(t.unnamed(Language.EN, "A truce agreed in _____ settled the war of the Holm"
        + " succession.", null), "the phrase after it says which");
    assertNull(t.unnamed(Language.EN, "Velm sent _____ ships to the war.", null),
        "no verb of ending: the war is only where the ships went");
  }
}
