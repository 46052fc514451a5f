package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, Vietnamese and Hebrew (tenth session): a clause whose subject is the writer ("Tôi",
 * "Chúng tôi", "Mình"; "אני", "אנחנו") points outside the prompt, which never names the writer:
 * it is asked with the sentence before it, or not at all. Every sentence is made up.
 */
class FirstPersonWriterTest {

  private static boolean asked(Result r, String answer) {
    return r.bank().questions().stream().anyMatch(q -> q.type() == QuestionType.CLOZE
        && q.answer().text().equals(answer));
  }

  @Test
  void theWriterOpeningAVietnameseSentenceIsNoOneTheStudentKnows() {
    for (String who : List.of("Tôi", "Chúng tôi", "Chúng ta", "Mình")) {
      Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.VI, "Thư gửi bạn đọc\n\n"
          + who + " đã đến thăm thành phố cảng Hải Phòng vào {{năm 1996|date|1996}} cùng đoàn "
          + "đại biểu quốc hội."));
      assertFalse(asked(r, "năm 1996"), who + ": " + r.report().format(r.bank()));
    }
    Result named = Fixtures.generate(1, Fixtures.doc("t.txt", Language.VI, "Thư gửi bạn đọc\n\n"
        + "Ông Lê Văn Tám đã đến thăm thành phố cảng Hải Phòng vào {{năm 1996|date|1996}} cùng đoàn "
        + "đại biểu quốc hội."));
    assertTrue(asked(named, "năm 1996"), named.report().format(named.bank()));
  }

  @Test
  void theWriterInsideAVietnameseSentenceIsNoOneTheSentenceBeforeNames() {
    // A statement read by an official: the sentence before names others (for whom the writer
    // speaks), never the writer; and "tôi" after a fronted phrase is the writer too.
    for (String text : List.of(
        "Thay mặt nhà vua Zelbin và nhân dân Marnov, tôi xin gửi lời chào tới bạn đọc. Tôi đã "
            + "có vinh dự tới thăm thành phố cảng Vân Hà vào {{năm 1996|date|1996}} cùng đoàn "
            + "đại biểu quốc hội.",
        "Thư gửi bạn đọc của hội cựu học sinh. Vào {{năm 1996|date|1996}}, tôi đã tới thăm "
            + "thành phố cảng Vân Hà cùng đoàn đại biểu quốc hội.",
        "Thư gửi bạn đọc của hội cựu học sinh. Đoàn đại biểu quốc hội và chúng tôi đã tới thăm "
            + "thành phố cảng Vân Hà vào {{năm 1996|date|1996}}.")) {
      Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.VI, "Thông điệp\n\n"
          + text));
      assertFalse(asked(r, "năm 1996"), text + ": " + r.report().format(r.bank()));
    }
  }

  @Test
  void theWriterOpeningAHebrewSentenceIsNoOneTheStudentKnows() {
    for (String who : List.of("אני", "אנחנו", "ואנו")) {
      Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.HE, "מכתב לקוראים\n\n"
          + who + " הגענו לעיר הנמל חיפה בשנת {{1921|date|1921}} יחד עם משפחות רבות מאירופה."));
      assertFalse(asked(r, "1921"), who + ": " + r.report().format(r.bank()));
    }
  }

  @Test
  void theWriterAnywhereInAnEnglishSentenceIsNoOneTheStudentKnows() {
    for (String clause : List.of("but I was never sure that the guns were fired that day",
        "and my grandfather always said the crossing was calm", "as the records shown to me say")) {
      Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN, "Letters\n\n"
          + "The garrison left Fort Alder on {{May 3, 1862|date|1862-05-03}}, " + clause + "."));
      assertFalse(asked(r, "May 3, 1862"), clause + ": " + r.report().format(r.bank()));
    }
    for (String clause : List.of("a year before World War I began", "as Henry I had ordered",
        "and the sergeant wrote, \"I saw them go\"")) {
      Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN, "Letters\n\n"
          + "The garrison left Fort Alder on {{May 3, 1862|date|1862-05-03}}, " + clause + "."));
      assertTrue(asked(r, "May 3, 1862"), clause + ": " + r.report().format(r.bank()));
    }
  }

  @Test
  void theWriterInsideAHebrewSentenceOrAfterAMonthIsNoOneTheStudentKnows() {
    // A memoir's sentence: the writer's pronoun after the opening words ("כי אני", "שלי"), or
    // the writer's verb right after a time phrase that opens with a month's name.
    for (String text : List.of(
        "במשך שנים רבות ידעתי שאני קשור לעיר הנמל, כי אני נולדתי בה בשנת {{1921|date|1921}}.",
        "הסבא שלי הגיע לעיר הנמל חיפה בשנת {{1921|date|1921}} יחד עם משפחות רבות.",
        "באוקטובר {{1921|date|1921}} הגעתי לעיר הנמל חיפה יחד עם משפחות רבות מאירופה.")) {
      Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.HE, "מכתב לקוראים\n\n"
          + text));
      assertFalse(asked(r, "1921"), text + ": " + r.report().format(r.bank()));
    }
    for (String text : List.of(
        "באוקטובר {{1921|date|1921}} הגיעו לעיר הנמל חיפה משפחות רבות מאירופה.",
        "הסבא של המשורר הגיע לעיר הנמל חיפה בשנת {{1921|date|1921}} יחד עם משפחות רבות.")) {
      Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.HE, "מכתב לקוראים\n\n"
          + text));
      assertTrue(asked(r, "1921"), text + ": " + r.report().format(r.bank()));
    }
  }
}
