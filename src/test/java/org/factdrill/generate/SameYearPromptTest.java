package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A month "of the same year" is a relative time. When the prompt writes that year in, the year
 * stands in the phrase's place ("in _____ (1885)"): "in _____ of the same year (1885)" says it
 * twice. When the prompt already shows the year (the sentence before is part of it), the phrase
 * stays and no year is added. The phrase's "השנה" is not "this year".
 */
class SameYearPromptTest {
  private static final List<String> MONTHS = List.of("בינואר", "בפברואר", "באפריל", "במאי",
      "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר");
  private static final List<String> PHRASES = List.of("של אותה שנה", "של אותה השנה",
      "באותה שנה");

  @Test
  void theYearWrittenInStandsInThePlaceOfTheSameYearWords() {
    Random r = new Random(1721);
    for (int n = 0; n < 30; n++) {
      int y = 1700 + r.nextInt(300);
      String month = MONTHS.get(r.nextInt(MONTHS.size()));
      String phrase = PHRASES.get(r.nextInt(PHRASES.size()));
      String text = "תולדות הקוורווקס\n\nבשנת " + y + " נוסדה מושבת הקוורווקס בעמק הצפוני. " + month
          + " " + phrase + " בנו המתיישבים את בית הכנסת הראשון שלהם.\n";
      Result res = Fixtures.extracted(Language.HE, text);
      List<org.factdrill.bank.Question> qs = Fixtures.clozes(res, month.substring(1));
      assertFalse(qs.isEmpty(), text + res.report().format(res.bank()));
      for (org.factdrill.bank.Question q : qs) {
        assertEquals("ב_____ (" + y + ") בנו המתיישבים את בית הכנסת הראשון שלהם.", q.prompt(),
            text);
      }
    }
  }

  @Test
  void aDayOfTheSameYearInVietnameseShowsItsYearInThePhrasesPlace() {
    Random r = new Random(1822);
    for (int n = 0; n < 20; n++) {
      int y = 1700 + r.nextInt(300);
      int day = 1 + r.nextInt(28);
      int month = 1 + r.nextInt(12);
      String date = "Ngày " + day + " tháng " + month;
      String text = "Cuộc khởi nghĩa thợ mỏ\nNăm " + y + ", cuộc khởi nghĩa của thợ mỏ nổ ra ở vùng"
          + " núi phía bắc. Tháng 4 cùng năm, quân đội được phái đến vùng này.\n" + date
          + " cùng năm, thợ mỏ trở lại làm việc.\n";
      Result res = Fixtures.extracted(Language.VI, text);
      List<org.factdrill.bank.Question> qs = Fixtures.clozes(res, date);
      assertFalse(qs.isEmpty(), text + res.report().format(res.bank()));
      for (org.factdrill.bank.Question q : qs) {
        assertEquals("_____ (" + y + "), thợ mỏ trở lại làm việc.",
            q.prompt(), text);
      }
    }
  }

  @Test
  void thePhraseStaysWhenThePromptAlreadyShowsTheYear() {
    String text = "תולדות הקוורווקס\n\nבשנת 1874 נוסדה מושבת הקוורווקס בעמק הצפוני, "
        + "ובמאי של אותה שנה בנו המתיישבים את בית הכנסת הראשון שלהם.\n";
    Result res = Fixtures.extracted(Language.HE, text);
    List<org.factdrill.bank.Question> qs = Fixtures.clozes(res, "מאי");
    assertFalse(qs.isEmpty(), text + res.report().format(res.bank()));
    for (org.factdrill.bank.Question q : qs) {
      assertEquals("בשנת 1874 נוסדה מושבת הקוורווקס בעמק הצפוני, וב_____ של אותה שנה בנו"
          + " המתיישבים את בית הכנסת הראשון שלהם.", q.prompt(), text);
    }
  }
}
