package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 9 of the twentieth review: a sentence that opens with a plural pronoun for a group
 * ("Chúng nó làm vua …") is shown with the sentence before it, and that sentence must name the
 * group. Two given names of one syllable each ("Lưu, Cung là …") name no dynasty a student knows;
 * a group noun with its name ("nhà Varn") or full names do. Names and figures are invented.
 */
class GroupPronounTest {

  private static boolean asked(String text, String phrase) {
    return Fixtures.extracted(Language.VI, text).bank().questions().stream()
        .anyMatch(q -> q.prompt().contains(phrase));
  }

  private static String page(String before, String pronoun) {
    return """
        Sử ký nước Oskel

        Đất Oskel xưa có nhiều dòng vua nối nhau trị vì, mỗi dòng đóng đô ở một nơi khác nhau.

        %s %s làm vua được hơn 50 năm thì mất nước vào tay quân phương bắc.
        """.formatted(before, pronoun);
  }

  @Test
  void aGroupPronounAfterGivenNamesAloneIsNotAsked() {
    for (String pronoun : new String[] {"Chúng nó", "Bọn chúng", "Họ"}) {
      for (String before : new String[] {"Lưu, Cung là Varn vương.", "Tiêm và Khuê xưng là Hậu Varn."}) {
        String text = page(before, pronoun);
        assertFalse(asked(text, "làm vua"), text);
      }
    }
  }

  @Test
  void aGroupPronounAfterTheGroupNamedOrFullNamesIsAsked() {
    String[] befores = {
        "Lâm Văn Tiêm và Lâm Văn Khuê là vua nhà Varn.",
        "Nhà Varn có hai vua là Tiêm và Khuê.",
    };
    for (String before : befores) {
      String text = page(before, "Chúng nó");
      assertTrue(asked(text, "làm vua"), text);
    }
  }
}
