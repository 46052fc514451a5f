package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A century that only opens a span from an unstated year ("Từ đầu thế kỷ 20, …", "Since the
 * early 19th century, …") or that the writer hedges ("khoảng thế kỷ 3") is no figure a teacher
 * asks: the year it stands for is the fact. A century that dates an event is still asked.
 * Sentences made up; every third century from the 2nd to the 20th.
 */
class VagueCenturyTest {
  @Test
  void aCenturyOpeningASpanOrHedgedIsNotAsked() {
    for (int c = 2; c <= 20; c += 3) {
      for (String s : List.of("Từ đầu thế kỷ {C}, vùng đồng bằng Quorvex là thuộc địa của một"
              + " đế quốc phương bắc.",
          "Kể từ thế kỷ {C}, vùng đồng bằng Quorvex nằm dưới quyền cai trị của một đế quốc.",
          "Khoảng thế kỷ {C}, người dân vùng đồng bằng Quorvex bắt đầu đúc trống đồng.")) {
        String text = s.replace("{C}", String.valueOf(c)) + "\n";
        Result r = Fixtures.extracted(Language.VI, text);
        assertTrue(Fixtures.asking(r, "thế kỷ " + c).isEmpty(), r.report().format(r.bank()));
      }
      String ord = ordinal(c);
      String en = "Since the early " + ord + " century, the Quorvex delta has been ruled"
          + " by a northern empire.\n";
      Result r = Fixtures.extracted(Language.EN, en);
      assertTrue(r.bank().questions().stream().noneMatch(q -> q.answer().text()
          .contains(ord + " century")), r.report().format(r.bank()));
    }
  }

  @Test
  void aCenturyThatDatesAnEventIsAsked() {
    for (int c = 2; c <= 20; c += 3) {
      String text = "Cuốn biên niên sử Quorvex được viết vào thế kỷ " + c
          + " bởi một học giả vùng đồng bằng phía nam.\n";
      Result r = Fixtures.extracted(Language.VI, text);
      assertFalse(Fixtures.asking(r, "thế kỷ " + c).isEmpty(), r.report().format(r.bank()));
    }
  }

  private static String ordinal(int n) {
    String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }
}
