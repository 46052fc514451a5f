package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A day number followed by the word "month" with the prefix a month's name takes after its day
 * ("ב-4 לחודש שעבר", the 4th of last month) is a day of a month told relatively: no count. The
 * word "month" after a number without that prefix ("4 חודשים", four months) and a figure too large
 * for a day stay counts.
 */
class RelativeMonthDaysTest {
  private static final Language HE = Language.fromCode("he").orElseThrow();
  /** Invented sentence frames: {0} is the day phrase. */
  private static final List<String> FRAMES = List.of(
      "המכתב נשלח {0} שעבר אל ועד המושבה.",
      "הוועד התכנס שוב {0} הזה כדי לדון בתקציב.",
      "כפי שכתבתי לך {0}, העבודה בשדה נמשכת.",
      "{0} הגיעה לנמל אונייה ובה מהגרים.");

  @Test
  void aDayBeforeThePrefixedMonthWordIsNoCount() {
    Random r = new Random(416);
    for (int d = 1; d <= 31; d++) {
      String frame = FRAMES.get(r.nextInt(FRAMES.size()));
      String prefix = List.of("ב-", "ה-", "עד ה-", "מ-").get(r.nextInt(4));
      String month = r.nextBoolean() ? "לחודש" : "בחודש";
      String text = frame.replace("{0}", prefix + d + " " + month);
      assertEquals("", Facts.describe(HE, text), text);
    }
  }

  @Test
  void aDayBeforeTheBareMonthWordAndWhichMonthIsNoCount() {
    Random r = new Random(1717);
    List<String> which = List.of("שעבר", "הבא", "זה", "הזה", "הנוכחי");
    List<String> frames = List.of("השליח יצא לדרכו מן {0} ועדיין לא שב.",
        "הספינה תפליג {0}, אם ירצה השם.", "עד {0} לא שמענו דבר מן הוועד.");
    for (int d = 1; d <= 31; d++) {
      String text = frames.get(r.nextInt(frames.size()))
          .replace("{0}", d + " חודש " + which.get(r.nextInt(which.size())));
      assertEquals("", Facts.describe(HE, text), text);
    }
  }

  @Test
  void aCountOfMonthsWithoutWhichMonthStaysACount() {
    String text = "האוניה שטה 12 חודש ועוד שבועיים עד שהגיעה.";
    assertTrue(Facts.describe(HE, text).contains("number:12"), Facts.describe(HE, text));
  }

  @Test
  void monthsCountedAndLargerFiguresStayCounts() {
    assertTrue(Facts.describe(HE, "הבנייה נמשכה 4 חודשים בלבד.").contains("number:4"),
        Facts.describe(HE, "הבנייה נמשכה 4 חודשים בלבד."));
    assertTrue(Facts.describe(HE, "הפועלים קיבלו 400 שקל לחודש.").contains("400"),
        Facts.describe(HE, "הפועלים קיבלו 400 שקל לחודש."));
  }
}
