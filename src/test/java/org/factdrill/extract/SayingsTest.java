package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Numerals that count nothing (vi17a, class 15): the numerals of a saying in quotation marks
 * (short, no digits, two or more one-word numerals weighed against each other) and a round scale
 * word alone ("khó gấp trăm lần", "xa vạn dặm"), where a count of hundreds says how many ("một
 * trăm", "ba vạn"). Counts with their scale, in quotation marks or not, and digits stay counts.
 * Sayings made up from random numerals and nouns.
 */
class SayingsTest {
  private static final Language VI = Language.fromCode("vi").orElseThrow();
  private static final String[] ONES = {"hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười"};
  private static final String[] NOUNS = {"điều", "lần", "bước", "chìm", "nổi", "lời", "ngả"};
  private static final String[] ROUND = {"trăm", "nghìn", "ngàn", "vạn", "muôn"};
  private static final String[] SCALES = {"trăm", "nghìn", "ngàn", "vạn"};

  private static List<String> numbers(String text) {
    return Facts.of(VI, text).stream().filter(f -> f.kind() == FactKind.NUMBER)
        .map(Fact::text).toList();
  }

  private static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }

  @Test
  void theNumeralsOfAQuotedSayingCountNothing() {
    Random r = new Random(1713);
    for (int n = 0; n < 80; n++) {
      String saying = pick(r, ONES) + " " + pick(r, NOUNS) + (r.nextBoolean() ? ", " : " ")
          + pick(r, ONES) + " " + pick(r, NOUNS) + (r.nextBoolean() ? " lành" : "");
      String quoted = n % 2 == 0 ? "“" + saying + "”" : "\"" + saying + "\"";
      String text = "Năm 1885, tướng Quorvex thường nhắc câu " + quoted + " với quân Alvira.";
      assertEquals(List.of(), numbers(text), text);
      String round = "Năm 1885, đánh thành Velmora khó gấp " + pick(r, ROUND) + " lần thành Tarsin.";
      assertEquals(List.of(), numbers(round), round);
    }
  }

  @Test
  void countsWithTheirScaleAndDigitsStayCounts() {
    Random r = new Random(1714);
    for (int n = 0; n < 40; n++) {
      String a = pick(r, ONES) + " " + pick(r, SCALES);
      String b = pick(r, ONES) + " " + pick(r, SCALES);
      String text = "Tướng Alvira nói: “Chúng ta có " + a + " quân và " + b + " chiến thuyền”.";
      assertEquals(List.of(a, b), numbers(text), text);
      String plain = "Năm 1885, quân Quorvex có " + a + " chiến thuyền.";
      assertEquals(List.of(a), numbers(plain), plain);
    }
    assertTrue(numbers("Năm 1885, tướng Quorvex nói “300 quân và 5 chiến thuyền là đủ”.")
        .containsAll(List.of("300", "5")));
  }
}
