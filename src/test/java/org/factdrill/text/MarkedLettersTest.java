package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Marked letters name a language unless another's common words far outnumber its own. */
class MarkedLettersTest {
  private static final String NAMES = "Nguyễn Huệ, Rạch Gầm, Xoài Mút, Mỹ Tho, Tây Sơn, Định Tường, "
      + "Trấn Định, Sa Đéc, Lê Văn Duyệt, Võ Tánh, Châu Đốc, Hà Tiên, Phú Xuân, Đồng Nai. ";

  @Test
  void anEnglishArticleFullOfVietnameseNamesIsEnglish() {
    String t = ("The army of the south crossed the river at dawn and the fleet of the north waited "
        + "in the reeds of the channel; the names of the places were " + NAMES).repeat(4);
    assertEquals(Language.EN, new LanguageDetector().detect(t));
  }

  @Test
  void aVietnameseArticleQuotingEnglishIsVietnamese() {
    String t = ("Quân Tây Sơn của Nguyễn Huệ đánh tan quân Xiêm trong trận Rạch Gầm và các đồn "
        + "của quân Xiêm bị phá hủy trong một ngày. Sách viết: \"the battle of the river and "
        + "the reeds\". ").repeat(4);
    assertEquals(Language.VI, new LanguageDetector().detect(t));
  }

  @Test
  void aShortTextIsNotDecidedByAFewWords() {
    assertEquals(Language.VI, new LanguageDetector().detect("The " + NAMES));
  }
}
