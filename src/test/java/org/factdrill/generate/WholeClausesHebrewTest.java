package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** A prompt is never a piece cut out of the middle of a sentence (cut at both ends). */
class WholeClausesHebrewTest {
  private static final String[] CLAUSES = {
      "ובמהלך החודשים הבאים הגיעו לעיר משלחות רבות מכל רחבי הארץ",
      "ובהן סוחרים ובעלי מלאכה שביקשו להשתתף בבניית השווקים החדשים",
      "וחלקם נשארו בה שנים רבות אחרי שהסתיימו העבודות בנמל הישן",
      "ואילו אחרים חזרו לכפריהם בתום עונת הקציר של אותה שנה",
      "בעוד ראשי העיר דנו בהרחבת החומות ובבניית מגדל שמירה נוסף"};

  @Test
  void aFactDeepInAVeryLongSentenceIsAskedWithItsStartOrNotAtAll() {
    SplittableRandom rnd = new SplittableRandom(11);
    for (int i = 0; i < 20; i++) {
      StringBuilder b = new StringBuilder("העיר הגדולה נוסדה בימי קדם על גדת הנהר");
      int at = 2 + rnd.nextInt(3);
      for (int k = 0; k < 7; k++) {
        b.append(", ").append(CLAUSES[rnd.nextInt(CLAUSES.length)]);
        if (k == at) {
          b.append(" ושם ישבו {{").append(200 + rnd.nextInt(700)).append("|number|0}} משפחות");
        }
      }
      b.append(".");
      String marked = b.toString().replaceAll("\\{\\{(\\d+)\\|number\\|0\\}\\}", "{{$1|number|$1}}");
      Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.HE, marked + "\n"));
      for (Question q : r.bank().questions()) {
        String p = q.prompt();
        assertFalse(p.startsWith("…") && p.endsWith("…"), p);
        assertTrue(p.contains("_____") || q.type() == org.factdrill.bank.QuestionType.TRUEFALSE, p);
      }
    }
  }
}
