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
}
