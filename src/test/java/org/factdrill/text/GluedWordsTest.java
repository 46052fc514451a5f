package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Words glued where a copy lost the space between two links get it back where that is certain:
 * two Vietnamese syllables, the second capitalised; an English word of small letters followed by
 * a capitalised word. Names in camel case, and Hebrew (no case), are left alone. Sentences and
 * syllable lists made up for the test.
 */
class GluedWordsTest {
  private static final Language VI = Language.fromCode("vi").orElseThrow();
  private static final List<String> VI_SYLLABLES = List.of("Tiên", "Đông", "Dương", "Nam",
      "Bắc", "Hải", "Phòng", "Thành", "Huế", "Việt", "Lào", "Miên", "Kinh", "Sơn", "Trường",
      "Nguyễn", "Quảng", "Ngãi", "Bình", "Định");
  private static final List<String> EN_WORDS = List.of("war", "treaty", "with", "against",
      "river", "army", "from", "during", "north");
  private static final List<String> EN_NAMES = List.of("Britain", "Verdun", "Korea", "Paris",
      "Prussia", "Ottoman", "Vensa", "Marvelo");

  @Test
  void twoVietnameseSyllablesGluedAtACapitalAreSplit() {
    Random r = new Random(20);
    for (int k = 0; k < 200; k++) {
      String a = VI_SYLLABLES.get(r.nextInt(VI_SYLLABLES.size()));
      String b = VI_SYLLABLES.get(r.nextInt(VI_SYLLABLES.size()));
      String s = "Năm 1954 hòa bình trở lại tại Triều " + a + b + " sau nhiều năm.";
      assertEquals("Năm 1954 hòa bình trở lại tại Triều " + a + " " + b + " sau nhiều năm.",
          GluedWords.split(s, VI));
      // Split once, nothing is left to split: the operation is idempotent.
      assertEquals(GluedWords.split(s, VI), GluedWords.split(GluedWords.split(s, VI), VI));
    }
  }

  @Test
  void anEnglishWordGluedToACapitalisedNameIsSplit() {
    Random r = new Random(21);
    for (int k = 0; k < 200; k++) {
      String w = EN_WORDS.get(r.nextInt(EN_WORDS.size()));
      String n = EN_NAMES.get(r.nextInt(EN_NAMES.size()));
      String s = "In 1871 the " + w + n + " talks began.";
      assertEquals("In 1871 the " + w + " " + n + " talks began.", GluedWords.split(s, Language.EN));
    }
  }

  @Test
  void namesInCamelCaseAndCaselessScriptsAreLeftAlone() {
    for (String s : List.of("In 2007 the iPhone went on sale.", "McArthur landed in 1950.",
        "The YouTube channel opened in 2005.", "The eBay sale of 1999.",
        "macOS came out in 2016.", "LaGuardia was mayor in 1934.")) {
      assertEquals(s, GluedWords.split(s, Language.EN));
      assertEquals(s, GluedWords.split(s, VI));
    }
    String he = "בשנת 1948 הוכרזה המדינה בתל אביב.";
    assertEquals(he, GluedWords.split(he, Language.HE));
    // A Vietnamese token that is one syllable, or whose parts are no syllables, stays whole.
    assertEquals("Công ty McDonald mở năm 1990.", GluedWords.split("Công ty McDonald mở năm 1990.", VI));
  }
}
