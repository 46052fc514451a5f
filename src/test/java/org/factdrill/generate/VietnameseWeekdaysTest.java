package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A weekday names a day of a week the text does not say, whatever word stands before it ("kết
 * thúc Chủ nhật", "trong ngày thứ Bảy", "vào cuối tuần"): a prompt holding one, with no date of a
 * day beside it, is not asked; beside a full date it is. "thứ hai" in lower case after a noun is
 * an ordinal ("lần thứ hai", the second time), no weekday. Sentences made up for this test.
 */
class VietnameseWeekdaysTest {
  private static final String[] BEFORE = {"kết thúc", "kết thúc vào", "khép lại", "bế mạc ngày",
      "kết thúc trong ngày", "đóng cửa hôm", "kết thúc vào dịp"};
  private static final String[] DAYS = {"Chủ nhật", "Chủ Nhật", "chủ nhật", "thứ Bảy", "Thứ Hai",
      "thứ Sáu", "cuối tuần"};
  private static final String[] EVENTS = {"Hội chợ làng Vân kéo dài %d ngày", "Đợt nghỉ %d ngày của"
      + " thợ mỏ vùng Ken", "Cuộc thi bơi %d ngày của thanh niên xã Lộc Hà"};

  private static boolean asksCount(Language lang, String text, int n) {
    return Fixtures.extracted(lang, text).bank().questions().stream()
        .anyMatch(q -> q.type() == QuestionType.CLOZE && q.answer().text().equals(String.valueOf(n)));
  }

  @Test
  void aCountBesideAWeekdayWithNoDateIsNotAsked() {
    Random r = new Random(1503);
    for (int k = 0; k < 40; k++) {
      int n = 3 + r.nextInt(12);
      String text = EVENTS[r.nextInt(EVENTS.length)].formatted(n) + " "
          + BEFORE[r.nextInt(BEFORE.length)] + " " + DAYS[r.nextInt(DAYS.length)]
          + " với một cuộc đua thuyền trên sông.\n";
      assertTrue(!asksCount(Language.VI, text, n), text);
    }
  }

  @Test
  void besideAFullDateTheWeekdayIsThatDay() {
    Random r = new Random(150);
    for (int k = 0; k < 15; k++) {
      int n = 3 + r.nextInt(12);
      String text = EVENTS[r.nextInt(EVENTS.length)].formatted(n) + " kết thúc vào Chủ nhật, ngày "
          + (1 + r.nextInt(28)) + " tháng " + (1 + r.nextInt(12)) + " năm " + (1900 + r.nextInt(100))
          + ", với một cuộc đua thuyền trên sông.\n";
      assertTrue(asksCount(Language.VI, text, n), text);
    }
  }

  @Test
  void anOrdinalInLowerCaseIsNoWeekday() {
    for (int n = 130; n < 145; n++) {
      String text = "Năm 1932, hội chợ làng Vân được tổ chức lần thứ hai với " + n
          + " gian hàng của các xã ven sông.\n";
      assertTrue(asksCount(Language.VI, text, n), text);
    }
  }
}
