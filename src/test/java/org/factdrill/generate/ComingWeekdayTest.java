package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A sentence in the future tense whose only time is a weekday (the article's coming week) is not
 * asked: no absolute time, nothing to know (class 3 of the eighteenth review). Texts made up.
 */
class ComingWeekdayTest {
  @Test
  void aComingWeekdaysFigureIsNotAsked() {
    String page = "Ngày hội làng Quorvex\n\nThứ Hai, 14 tháng 3 năm 2016\n\n";
    for (String fair : List.of("Lễ hội Đèn Lồng", "Hội chợ Quorvex", "Lễ hội Alvira")) {
      // (Before this rule the figures were asked, "Năm nay (2016)" written in.)
      String text = page + fair + " ngày 15 tháng 8 đã được tổ chức từ nhiều thế kỷ. Năm nay, "
          + "lễ hội sẽ kéo dài ba ngày và kết thúc vào thứ Năm với 40 gian hàng.\n";
      Result r = Fixtures.extracted(Language.VI, text);
      assertTrue(Fixtures.asking(r, "ba").isEmpty(), r.report().format(r.bank()));
      assertTrue(Fixtures.asking(r, "40").isEmpty(), r.report().format(r.bank()));
    }
  }

  /**
   * The weekday in each of its spellings (Sunday's dictionary variants, Saturday's northern one),
   * after the day word or without it, in any case, alone or with a day-month the page's date line
   * dates; the future marker before one verb or both (class 3 of the nineteenth review).
   */
  @Test
  void aComingWeekdayInAnyOfItsSpellingsIsNotAsked() {
    String page = "Hội chợ sách Quorvex\n\n10/11/2021\n\n";
    for (String end : List.of("vào ngày chúa nhật", "vào Chúa nhật", "vào chủ nhựt",
        "vào ngày Chủ nhật, 14 tháng 11", "vào thứ Bẩy", "vào chúa nhật 14/11")) {
      for (String verb : List.of("sẽ kéo dài bảy ngày và sẽ kết thúc ", "sẽ diễn ra trong bảy ngày, kết thúc ")) {
        String text = page + "Phiên chợ đêm " + verb + end + ".\n";
        Result r = Fixtures.extracted(Language.VI, text);
        assertTrue(Fixtures.asking(r, "bảy").isEmpty(), text + r.report().format(r.bank()));
      }
    }
    String en = "Quorvex Book Fair\n\nNovember 10, 2021\n\nThe night market will last seven days and end on Sun.\n";
    Result r = Fixtures.extracted(Language.EN, en);
    assertTrue(Fixtures.asking(r, "seven").isEmpty(), r.report().format(r.bank()));
  }

  /** An ordinal in lower case ("lần thứ năm", the fifth time) is no weekday: the figures are asked. */
  @Test
  void anOrdinalInLowerCaseIsNoWeekday() {
    String text = "Hội chợ sách Quorvex\n\n10/11/2021\n\nNăm 2022, hội chợ sẽ được tổ chức lần thứ năm "
        + "với 70 gian hàng.\n";
    Result r = Fixtures.extracted(Language.VI, text);
    assertTrue(!Fixtures.asking(r, "70").isEmpty(), r.report().format(r.bank()));
  }
}
