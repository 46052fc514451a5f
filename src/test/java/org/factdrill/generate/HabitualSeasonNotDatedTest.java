package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 44 of the twentieth review: a month or a range of months in a habitual clause (an adverb
 * of "usually", "every year", "as a rule", a verb of habit) is a season of every year. On an
 * archive page whose title is "<month> <year>" it takes no year from the page's date, it is not
 * asked as the time of an event, and neither end of the range is asked alone; a dated one-off
 * event of the same page is still asked. Several wordings: the adverb before and after the verb,
 * a range and a single month, with and without a comma, a list row. Texts made up.
 */
class HabitualSeasonNotDatedTest {
  private static final String HE_PAGE = "נובמבר 2014\n\n";
  private static final String EN_PAGE = "November 2014\n\n";
  private static final String VI_PAGE = "Tháng 11 năm 2014\n\n";
  private static final String HE_EVENT = "ב-12 בנובמבר 2014 נחנך המוזיאון החדש לתולדות הנגב בעיר,"
      + " לאחר שלוש שנות בנייה.";
  private static final String EN_EVENT = "On 12 November 2014 the new museum of the desert's history"
      + " opened in the old town, after three years of building.";
  private static final String VI_EVENT = "Ngày 12 tháng 11 năm 2014, bảo tàng lịch sử vùng sa mạc"
      + " được khánh thành tại thị xã cũ sau ba năm xây dựng.";

  private static final List<String> HE = List.of(
      "החצב פורח בדרך כלל מפברואר עד אפריל בגבעות המערביות של הגליל.",
      "בדרך כלל, מפברואר ועד אפריל, נודדות העגורים מעל העמק בדרכן צפונה.",
      "מדי שנה במאי עולים אלפי מטיילים אל פסגות ההר.",
      "הרועים נוהגים לרדת אל העמק במרץ ולחזור אל ההרים ביוני.",
      "- פריחת השקדיות: לרוב מינואר עד מרץ, בכל רחבי הארץ.");
  private static final List<String> EN = List.of(
      "The wild crocus usually flowers from February to April on the limestone hills.",
      "Every year in May thousands of walkers climb to the summit of the old mountain.",
      "As a rule, between March and June the herders drive their flocks up to the high pastures.",
      "The cranes generally cross the valley in February, on their way north.",
      "- Almond blossom: typically January to March, across the whole country.");
  private static final List<String> VI = List.of(
      "Hoa ban thường nở từ tháng 2 đến tháng 4 trên các sườn đồi phía tây của tỉnh.",
      "Hằng năm vào tháng 5, nông dân trong vùng bắt đầu gieo mạ cho vụ mùa mới.",
      "Thông thường, từ tháng 3 đến tháng 6 đàn sếu bay qua đồng bằng về phương bắc.",
      "Người dân trên núi thường xuống chợ vào tháng 1 để đổi muối và vải.");

  @Test
  void aMonthOrMonthRangeInAHabitualClauseTakesNoYearAndIsNotAsked() {
    check(Language.HE, HE_PAGE, HE, HE_EVENT, "12 בנובמבר 2014");
    check(Language.EN, EN_PAGE, EN, EN_EVENT, "12 November 2014");
    check(Language.VI, VI_PAGE, VI, VI_EVENT, "Ngày 12 tháng 11 năm 2014");
  }

  private static void check(Language lang, String page, List<String> seasons, String event,
      String eventDate) {
    for (String s : seasons) {
      String text = page + s + "\n\n" + event + "\n";
      int at = page.length();
      int end = at + s.length();
      for (Fact f : SharedExtractor.get().extract(new Document("t.txt", text, lang))) {
        if (f.start() >= at && f.end() <= end && f.value() instanceof Value.Date d) {
          assertFalse(d.iso().contains("2014"), f.text() + " " + d.iso() + "\n" + text);
        }
      }
      Result res = Fixtures.extracted(lang, text);
      for (Question q : res.bank().questions()) {
        assertFalse(q.prompt().contains("(2014)") || s.contains(q.answer().text())
            && q.answer().value() instanceof org.factdrill.bank.AnswerValue.Date,
            q.prompt() + "\n" + text);
      }
      assertTrue(res.bank().questions().stream()
          .anyMatch(q -> q.answer().text().equals(eventDate)), text + "\n"
          + res.report().format(res.bank()));
    }
  }
}
