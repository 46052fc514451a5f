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

  private static final List<String> FOREIGN = List.of("Belarus", "Moldova", "Armenia", "Slovakia",
      "Kosovo", "Ukraina", "Orvinia", "Tarskel");

  @Test
  void aForeignWordGluedToAVietnameseSyllableIsSplit() {
    Random r = new Random(22);
    for (int k = 0; k < 200; k++) {
      String f = FOREIGN.get(r.nextInt(FOREIGN.size()));
      String b = VI_SYLLABLES.get(r.nextInt(VI_SYLLABLES.size()));
      String s = "Các nước còn lại là " + f + b + " tuyên bố độc lập năm 1991.";
      assertEquals("Các nước còn lại là " + f + " " + b + " tuyên bố độc lập năm 1991.",
          GluedWords.split(s, VI));
    }
    // Not after one or two small letters (a name's shape), nor before a non-syllable.
    for (String s : List.of("Tướng MacArthur đổ bộ năm 1950.", "Hãng PlayStation ra đời năm 1994.",
        "Tướng DeGaulle về nước năm 1944.")) {
      assertEquals(s, GluedWords.split(s, VI));
    }
  }

  @Test
  void aWordGluedToAYearGetsItsSpaceBack() {
    Random r = new Random(23);
    for (int k = 0; k < 200; k++) {
      int year = 1000 + r.nextInt(1099);
      assertEquals("Bộ Ngoại giao cho biết tháng 11 năm " + year + " rằng họ đã mua xe.",
          GluedWords.split("Bộ Ngoại giao cho biết tháng 11 năm" + year + " rằng họ đã mua xe.", VI));
      assertEquals("The fleet sailed in " + year + ", the chronicle says.",
          GluedWords.split("The fleet sailed in" + year + ", the chronicle says.", Language.EN));
    }
    // A figure that is no year, a decade's letters, one letter (a model), and Hebrew stay.
    for (String s : List.of("The B1942 rifle was made in 1942.", "In the mid1990s trade grew.",
        "The fleet of 12345 ships.", "Its code was abc123 in 1990.")) {
      assertEquals(s, GluedWords.split(s, Language.EN));
    }
    String he = "הצי יצא ב1948 מנמל קרבו.";
    assertEquals(he, GluedWords.split(he, Language.HE));
  }
}
