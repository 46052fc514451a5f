package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A sentence about a picture ("The photograph was taken …", "התמונה נכללה …") speaks of what a
 * caption shows: no words name which picture, not even a sentence before describing it, so it is
 * not asked, with or without that sentence. Invented sentences, generated.
 */
class CaptionPictureTest {
  @Test
  void aSentenceAboutThePictureIsNotAskedEvenAfterADescriptionOfIt() {
    for (String noun : List.of("photograph", "photo")) {
      for (String month : List.of("March", "May", "October")) {
        String text = "The Varn Strike\n\nThe dock workers of Varn stopped work on the harbour in "
            + "1931 and held the quay for six weeks.\n\nOne of the best known pictures of the "
            + "strike, showing the workers on the quay. The " + noun + " was printed in the Varn "
            + "Courier in " + month + " 1931.\n";
        assertTrue(Fixtures.asking(Fixtures.extracted(Language.EN, text), month + " 1931")
            .isEmpty(), text);
      }
    }
    for (String month : List.of("במרץ", "במאי", "באוקטובר")) {
      String text = "שביתת ורן\n\nפועלי הנמל של ורן השביתו את העבודה בנמל בשנת 1931.\n\n"
          + "אחת התמונות הידועות של השביתה, המציגה את הפועלים על הרציף. התמונה נדפסה בעיתון "
          + "המקומי " + month + " 1931.\n";
      assertTrue(Fixtures.asking(Fixtures.extracted(Language.HE, text), month.substring(1)
          + " 1931").isEmpty() && Fixtures.asking(Fixtures.extracted(Language.HE, text),
          month + " 1931").isEmpty(), text);
    }
  }

  @Test
  void theSameFactToldOfTheEventIsAsked() {
    String text = "The Varn Strike\n\nThe dock workers of Varn stopped work on the harbour in "
        + "1931 and held the quay for six weeks.\n\nThe strike committee printed its demands in "
        + "the Varn Courier in May 1931.\n";
    assertFalse(Fixtures.asking(Fixtures.extracted(Language.EN, text), "May 1931").isEmpty());
  }
}
