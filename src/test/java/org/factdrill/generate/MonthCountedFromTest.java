package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A time counted in months or weeks from another ("a month later", "một tháng sau", "חודש לאחר
 * מכן") is placed only by the date it counts from: the prompt shows the sentence before when
 * that one states a date with its month, and the fact is not asked when nothing shown does (a year
 * alone does not say which month "a month later" is). Invented sentences, many generated.
 */
class MonthCountedFromTest {
  private static final List<String> EN_COUNTS = List.of("A month", "Two months", "Three weeks",
      "Six weeks", "Four months");
  private static final List<String> TOWNS = List.of("Tarsel", "Vennick", "Orlamb", "Quessing");

  private static List<Question> asked(Result r, String answer) {
    return Fixtures.asking(r, answer);
  }

  @Test
  void aMonthLaterIsShownWithTheSentenceThatDatesWhatItCountsFrom() {
    int n = 0;
    for (String count : EN_COUNTS) {
      for (String town : TOWNS) {
        String month = Fixtures.EN_MONTHS.get(n % 9 + 1);
        int year = 1841 + 3 * n++;
        String first = "The fleet left the harbour of " + town + " on 3 " + month + " " + year + ".";
        Result r = Fixtures.extracted(Language.EN, "The colony of " + town + "\n\n" + first + " "
            + count + " later, 400 settlers reached the colony and built a fort by the river.\n");
        List<Question> qs = asked(r, "400");
        assertFalse(qs.isEmpty(), r.report().format(r.bank()));
        for (Question q : qs) {
          assertTrue(q.prompt().contains(month + " " + year), q.prompt());
        }
      }
    }
  }

  @Test
  void aMonthLaterAfterOnlyAYearIsNotAsked() {
    for (String count : EN_COUNTS) {
      for (String town : TOWNS) {
        Result r = Fixtures.extracted(Language.EN, "The colony of " + town + "\n\nThe fleet left "
            + "the harbour of " + town + " in 1862. " + count + " later, 400 settlers reached the "
            + "colony and built a fort by the river.\n");
        assertTrue(asked(r, "400").isEmpty(), r.report().format(r.bank()));
        assertTrue(Fixtures.skipped(r, SkipReason.RELATIVE_TIME, "400"),
            r.report().format(r.bank()));
      }
    }
  }

  @Test
  void aMonthLaterCountedFromADateOfItsOwnSentenceNeedsNothingMore() {
    Result r = Fixtures.extracted(Language.EN, "The colony of Tarsel\n\nThe governor wrote a "
        + "letter to the king.\nThe fleet left Tarsel on 3 April 1871, and a month later 400 settlers "
        + "reached the colony.\n");
    List<Question> qs = asked(r, "400");
    assertFalse(qs.isEmpty(), r.report().format(r.bank()));
    assertTrue(qs.stream().noneMatch(q -> q.prompt().contains("governor")), qs.get(0).prompt());
  }

  @Test
  void aVietnameseMonthLaterTakesTheSentenceWithItsDate() {
    for (String count : List.of("Một tháng sau", "Hai tháng sau", "Ba tuần sau", "Sáu tuần sau")) {
      Result r = Fixtures.extracted(Language.VI, "Trận thành Vạn Lê\n\nQuân Nam tấn công thành "
          + "Vạn Lê vào ngày 2 tháng 4 năm 1862. " + count + ", 300 lính được đưa tới tiếp viện "
          + "cho thành.\n");
      List<Question> qs = asked(r, "300");
      assertFalse(qs.isEmpty(), r.report().format(r.bank()));
      qs.forEach(q -> assertTrue(q.prompt().contains("tháng 4 năm 1862"), q.prompt()));
      Result bare = Fixtures.extracted(Language.VI, "Trận thành Vạn Lê\n\nQuân Nam tấn công thành "
          + "Vạn Lê vào năm 1862. " + count + ", 300 lính được đưa tới tiếp viện cho thành.\n");
      assertTrue(asked(bare, "300").isEmpty(), bare.report().format(bare.bank()));
    }
  }

  @Test
  void aHebrewMonthLaterTakesTheSentenceWithItsDate() {
    for (String count : List.of("חודש לאחר מכן", "כעבור חודשיים", "כעבור שלושה חודשים")) {
      Result r = Fixtures.extracted(Language.HE, "כיבוש העיר תמרון\n\nהצבא כבש את העיר תמרון "
          + "ב-4 במרץ 1921. " + count + " הגיעו לעיר 300 מתיישבים חדשים.\n");
      List<Question> qs = asked(r, "300");
      assertFalse(qs.isEmpty(), r.report().format(r.bank()));
      qs.forEach(q -> assertTrue(q.prompt().contains("במרץ 1921"), q.prompt()));
      Result bare = Fixtures.extracted(Language.HE, "כיבוש העיר תמרון\n\nהצבא כבש את העיר תמרון "
          + "בשנת 1921. " + count + " הגיעו לעיר 300 מתיישבים חדשים.\n");
      assertTrue(asked(bare, "300").isEmpty(), bare.report().format(bare.bank()));
    }
  }
}
