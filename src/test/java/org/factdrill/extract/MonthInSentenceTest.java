package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A bare month later in the same sentence, and later in the calendar, than a month of a stated
 * year is of that year; in another sentence, or earlier in the calendar, it keeps no year.
 */
class MonthInSentenceTest {
  // sentences made up for this test

  @Test
  void aLaterBareMonthInTheSentenceTakesTheYearOfTheDatedMonth() {
    Random r = new Random(1782);
    for (int k = 0; k < 1500; k++) {
      int y = 1500 + r.nextInt(520);
      int m1 = 1 + r.nextInt(12);
      int m2 = 1 + r.nextInt(12);
      int form = r.nextInt(3);
      String text = switch (form) {
        case 0 -> "The army left the port in " + en(m1) + " " + y + ", the fort in " + en(m2)
            + ", and the city later.";
        case 1 -> "Quân đội rời cảng vào tháng " + m1 + " năm " + y + ", rời pháo đài vào tháng "
            + m2 + " và rời thành phố sau đó.";
        default -> "The army left the port in " + en(m1) + " " + y + ". In " + en(m2)
            + " the fort fell.";
      };
      Language lang = form == 1 ? Language.VI : Language.EN;
      List<String> dates = Facts.of(lang, text).stream().filter(f -> f.kind() == FactKind.DATE)
          .map(f -> ValueJson.node(f.value()).asText()).toList();
      String second = m2 > m1 && form != 2 ? String.format("%04d-%02d", y, m2)
          : String.format("--%02d", m2);
      assertEquals(List.of(String.format("%04d-%02d", y, m1), second), dates, text);
    }
  }

  @Test
  void aFullMonthNameBeforeTheSentencesPeriodIsAMonth() {
    for (int m = 1; m <= 12; m++) {
      String text = "The fort fell in " + en(m) + ". Then the war ended.";
      String want = String.format("date:%s=\"--%02d\"", en(m), m);
      assertEquals(want, Facts.describe(Language.EN, text), text);
    }
  }

  private static String en(int month) {
    return java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL,
        java.util.Locale.ENGLISH);
  }
}
