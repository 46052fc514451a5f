package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * N2's second fault (the twenty-first review): a whole century as the only time of a change that
 * goes on through it ("tiếp tục được cải thiện trong thế kỷ 19", "continued to improve in the
 * 19th century") is no date of an event and not worth a blank; a century that dates an event
 * ("được xây dựng vào thế kỷ 12") is still asked. Names invented.
 */
class OngoingChangeCenturyTest {

  private static boolean askedCentury(Language lang, String text, String answer) {
    return Fixtures.extracted(lang, text).bank().questions().stream()
        .anyMatch(q -> q.answer() != null && answer.equals(q.answer().text()));
  }

  @Test
  void aCenturyOfAnOngoingChangeIsNotAsked() {
    for (String s : new String[] {
        "Quan hệ giữa Orim và Velmora tiếp tục được cải thiện trong thế kỷ 19.",
        "Thương mại giữa hai cảng Orim và Alvira ngày càng phát triển vào thế kỷ 18.",
        "Nghề dệt lụa ở Orim dần dần lan ra khắp vùng trong thế kỷ 17."}) {
      String text = "Orim\n\n" + s + "\n";
      String c = s.replaceAll(".*(thế kỷ \\d+).*", "$1");
      assertFalse(askedCentury(Language.VI, text, c), text);
    }
    String en = "Orim\n\nTrade between Orim and Alvira continued to improve in the 19th century.\n";
    assertFalse(askedCentury(Language.EN, en, "the 19th century")
        || askedCentury(Language.EN, en, "19th century"), en);
  }

  @Test
  void aCenturyThatDatesAnEventIsAsked() {
    String text = "Orim\n\nThành Orim được vua Lâm Văn Tài cho xây dựng vào thế kỷ 12 bên bờ sông "
        + "Alvira.\n";
    assertTrue(askedCentury(Language.VI, text, "thế kỷ 12"), text);
  }
}
