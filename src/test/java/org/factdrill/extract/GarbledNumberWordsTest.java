package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A paragraph that writes Hebrew prefix letters as words of their own (machine translation's
 * article, "ה צבאות") has garbled clauses: its number words are not read, its figures in digits
 * are; the same paragraph written well has both read. Sentences made up for this test.
 */
class GarbledNumberWordsTest {
  private static final String[] WORDS = {"שלושה", "ארבעה", "חמישה", "שישה", "שבעה", "שמונה"};

  @Test
  void numberWordsOfAParagraphWithArticlesWrittenApartAreNotReadItsDigitsAre() {
    Random r = new Random(1402);
    List<String> wrong = new ArrayList<>();
    for (int k = 0; k < 12; k++) {
      String word = WORDS[r.nextInt(WORDS.length)];
      int year = 1800 + r.nextInt(150);
      String well = "הצבאות הגדולים יצרו " + word + " מחנות לאורך הנהר בשנת " + year
          + ", וכל הכפרים נשארו ריקים.";
      String apart = "ה צבאות הגדולים יצרו " + word + " מחנות לאורך ה- נהר בשנת " + year
          + ", וכל ה כפרים נשארו ריקים.";
      String good = Facts.describe(Language.HE, well);
      String bad = Facts.describe(Language.HE, apart);
      if (!good.contains(word + "=") || !good.contains("\"" + year + "\"")) {
        wrong.add("written well: " + good);
      }
      if (bad.contains(word + "=") || !bad.contains("\"" + year + "\"")) {
        wrong.add("written apart: " + bad);
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void aFigureWithAScaleWordIsReadEvenThere() {
    String apart = "ה צבאות גייסו יותר ממאה מיליון חיילים לאורך ה- נהר, וכל ה כפרים נשארו ריקים.";
    String got = Facts.describe(Language.HE, apart);
    assertTrue(got.contains("=100000000"), got);
  }
}
