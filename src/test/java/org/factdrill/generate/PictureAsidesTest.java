package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** A bracket pointing at a picture on the page ("(pictured)", "(left)") is not in a prompt. */
class PictureAsidesTest {
  private static final List<String> ASIDES = List.of("(pictured)", "(example pictured)",
      "(statue pictured)", "(pictured, left)", "(pictured at right)", "(left)", "(top right)",
      "(Pictured)", "(shown here)");

  @Test
  void everyPictureAsideIsCutFromThePrompt() {
    int year = 1811;
    for (String aside : ASIDES) {
      String text = "Harbour history\n\nIn " + year + ", the mayor Edda Varn " + aside
          + " opened the new harbour bridge to the carts of the northern towns.\n";
      List<Question> qs = Fixtures.extracted(Language.EN, text).bank().questions();
      assertFalse(qs.isEmpty(), text);
      for (Question q : qs) {
        assertFalse(q.prompt().contains(aside), q.prompt());
        assertFalse(q.prompt().contains("  "), q.prompt());
      }
      year += 7;
    }
  }

  @Test
  void otherBracketsStay() {
    assertEquals("The bridge (a stone arch) was opened.",
        PictureAsides.strip("The bridge (a stone arch) was opened."));
    assertEquals("The left bank (north) was flooded.",
        PictureAsides.strip("The left bank (north) was flooded."));
    assertEquals("The mayor opened the bridge.",
        PictureAsides.strip("The mayor (pictured) opened the bridge."));
    assertEquals("Stamps were issued.", PictureAsides.strip("Stamps were issued (example pictured)."));
  }
}
