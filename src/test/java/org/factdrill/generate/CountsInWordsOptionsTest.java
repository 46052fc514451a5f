package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A count written in words in the tens ("mười tám huyện", "bốn mươi ngày") gets choice and
 * true/false items whose wrong values are written in words too, as the source writes its count;
 * they were skipped as "no plausible wrong values". Texts made up.
 */
class CountsInWordsOptionsTest {
  private static final String[] UNITS = {"", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy",
      "tám", "chín"};

  /** {@code n} (11–99) in Vietnamese words, as a writer spells it. */
  private static String words(int n) {
    int t = n / 10;
    int u = n % 10;
    String head = t == 1 ? "mười" : UNITS[t] + " mươi";
    if (u == 0) {
      return head;
    }
    return head + " " + (u == 1 && t > 1 ? "mốt" : u == 5 ? "lăm" : UNITS[u]);
  }

  @Test
  void aCountInWordsInTheTensGetsChoiceAndTrueFalseInWords() {
    Random r = new Random(1813);
    for (int k = 0; k < 10; k++) {
      int n = 11 + r.nextInt(89);
      int year = 1800 + r.nextInt(150);
      String w = words(n);
      String text = "Tỉnh Quorvex\n\nNăm " + year + ", tỉnh Quorvex được chia thành " + w
          + " huyện ven biển và miền núi.\n";
      Result res = Fixtures.extracted(Language.VI, text);
      List<Question> qs = Fixtures.asking(res, w);
      String report = text + "\n" + res.report().format(res.bank());
      assertTrue(qs.stream().anyMatch(q -> q.type() == QuestionType.CHOICE), report);
      assertTrue(qs.stream().anyMatch(q -> q.type() == QuestionType.TRUEFALSE), report);
      for (Question q : qs) {
        if (q.type() == QuestionType.CHOICE) {
          for (String o : q.options()) {
            assertFalse(o.matches(".*\\d.*"), "an option in digits: " + o);
          }
        }
      }
    }
  }
}
