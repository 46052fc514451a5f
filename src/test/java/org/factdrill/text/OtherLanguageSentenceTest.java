package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bilingual page (a paragraph in English, then the same in Vietnamese) is read as one language;
 * a sentence of its other paragraph is known by its small common words, never by the names or
 * marked letters it carries. Every sentence is made up; each frame is tried with several names.
 */
class OtherLanguageSentenceTest {
  private final LanguageDetector d = new LanguageDetector();
  private static final List<String> NAMES = List.of("Tây Sơn", "Rạch Gầm", "Zelbin", "Marnov",
      "Phú Lộc", "Kovla");

  @Test
  void aSentenceOfTheOtherParagraphIsInAnotherLanguage() {
    for (String n : NAMES) {
      for (String vi : List.of("Trong cuộc chiến tranh năm 1785, quân %s tiến vào thành.",
          "Quốc hội đã thông qua một đạo luật về %s vào năm 1931.",
          "Vào đêm ngày 13 tháng Chín năm 1814, tàu chiến của %s bắn phá pháo đài.")) {
        String s = String.format(vi, n);
        assertTrue(d.otherLanguage(s, Language.EN), s);
        assertFalse(d.otherLanguage(s, Language.VI), s);
      }
      for (String en : List.of("During the war of 1785, the army of %s entered the city.",
          "Congress passed a law in 1931 naming %s the capital.",
          "On the night of September 13, 1814, warships bombed the fort at %s.")) {
        String s = String.format(en, n);
        assertTrue(d.otherLanguage(s, Language.VI), s);
        assertFalse(d.otherLanguage(s, Language.EN), s);
      }
    }
  }

  @Test
  void namesAndAForeignWordOrTwoDoNotMakeASentenceForeign() {
    for (String n : NAMES) {
      for (String s : List.of(String.format("The %s army reached Rạch Gầm in 1785.", n),
          String.format("Hội nghị %s khai mạc tại Geneva năm 1954.", n),
          String.format("Bộ phim \"Lost in %s\" ra mắt năm 2003.", n))) {
        String page = s.startsWith("The") ? "en" : "vi";
        assertFalse(d.otherLanguage(s, page.equals("en") ? Language.EN : Language.VI), s);
      }
    }
    // A page told apart by its script: an English gloss in brackets is no paragraph of its own.
    assertFalse(d.otherLanguage("המרד (באנגלית: The Revolt of the Hills) פרץ ב-1921.",
        Language.HE));
  }
}
