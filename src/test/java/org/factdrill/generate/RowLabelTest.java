package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 42 of the nineteenth review: a chronology row whose date runs straight into its first
 * sentence ("May 3, 1962 The capsule …"), shown before a later sentence of the row to name its
 * subject, opens the prompt with the date as an adverbial ("On May 3, 1962, the capsule …"), not
 * a label glued to a capital. A label set off by a dash stays as it is. Invented rows.
 */
class RowLabelTest {
  private static String rows(String[] labels) {
    StringBuilder b = new StringBuilder("A chronology of the Varn survey\n\n");
    String[] subjects = {"The survey ship Orla", "Varn Station", "The relay boat Tesk"};
    for (int i = 0; i < labels.length; i++) {
      b.append(labels[i]).append(subjects[i % 3]).append(" left the northern harbour. A storm")
          .append(" held the convoy at sea. The crews logged ").append(120 + 7 * i)
          .append(" soundings along the reef.\n");
    }
    return b.toString();
  }

  private static List<Question> asked(String text, String figure) {
    var r = Fixtures.extracted(Language.EN, text);
    List<Question> qs = Fixtures.asking(r, figure);
    assertFalse(qs.isEmpty(), text + "\n" + r.report().format(r.bank()));
    return qs;
  }

  @Test
  void aDayLabelRunIntoTheFirstSentenceBecomesAnOpeningAdverbial() {
    String text = rows(new String[] {"May 3, 1962 ", "June 11, 1963 ", "August 2, 1964 "});
    for (Question q : asked(text, "127")) {
      assertTrue(q.prompt().startsWith("On June 11, 1963, Varn Station left"), q.prompt());
    }
    for (Question q : asked(text, "120")) {
      assertTrue(q.prompt().startsWith("On May 3, 1962, the survey ship Orla left"), q.prompt());
    }
  }

  @Test
  void aYearOrMonthLabelTakesInAndADashedLabelStays() {
    String years = rows(new String[] {"1925 ", "1931 ", "1938 "});
    for (Question q : asked(years, "134")) {
      assertTrue(q.prompt().startsWith("In 1938, the relay boat Tesk left"), q.prompt());
    }
    String months = rows(new String[] {"March 1925 ", "April 1931 ", "July 1938 "});
    for (Question q : asked(months, "120")) {
      assertTrue(q.prompt().startsWith("In March 1925, the survey ship Orla left"), q.prompt());
    }
    String dashed = rows(new String[] {"1925 – ", "1931 – ", "1938 – "});
    for (Question q : asked(dashed, "127")) {
      assertTrue(q.prompt().startsWith("1931 – Varn Station left"), q.prompt());
    }
  }
}
