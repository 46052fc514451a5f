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
 * Class 44's remainder (twentieth review): a month or a range of months in a Hebrew clause in the
 * present tense, with no adverb of habit, is a season of every year: a definite subject and an
 * article-less plural predicate ("העגורים נודדים") tell the present, and a history text tells its
 * events in the past. On an archive page of dated entries under a "<month> <year>" title the
 * month takes no year from the entry's date, and no question shows "(year)" beside it; the same
 * clause in the past tense keeps the entry's year. Texts made up; subject before and after the
 * month, a range, one month, two months, a second clause.
 */
class PresentClauseSeasonTest {
  private static final String PAGE = "נובמבר 2014\n\n";
  private static final String FIRST = "1 בנובמבר 2014\nהמגדל הישן הוא מבנה אבן בעיר העתיקה."
      + " המגדל נבנה בשנת 1850 בידי סוחרי העיר, ושימש כמגדלור.\n\n";
  private static final String ENTRY = "%d בנובמבר 2014\n%s %s %s\n\n";
  private static final String LEAD = "העגור האפור הוא עוף נודד גדול מאוד.";
  private static final String TAIL = "רבים מהם נשארים בעמק לאורך החורף כולו וניזונים בשדות.";
  private static final String EVENT = "15 בנובמבר 2014\nהמוזיאון לתולדות הנגב הוא מוזיאון גדול בדרום."
      + " ב-12 בנובמבר 2014 נחנך המוזיאון החדש לתולדות הנגב בעיר, לאחר שלוש שנות בנייה.\n";

  private static final List<String> SEASONS = List.of(
      "העגורים נודדים מעל העמק בין אוקטובר לדצמבר, ובכל עונה עוברים בו כ-500 אלף עגורים.",
      "החצבים פורחים מספטמבר עד נובמבר בגבעות הגליל, וגובהם מגיע ל-150 סנטימטרים.",
      "הדייגים יוצאים אל הים באפריל וחוזרים אל הנמל ביולי עם כ-3,000 טונות של דגים.",
      "בחודשים מרץ עד מאי הנחלים זורמים במלוא עוזם, ומושכים כ-20 אלף מבקרים.",
      "ביוני המבקרים מגיעים אל המערות הגדולות, שאורכן כ-400 מטרים.");

  @Test
  void aMonthInAPresentTenseClauseTakesNoYearFromThePage() {
    for (String s : SEASONS) {
      String text = PAGE + FIRST + String.format(ENTRY, 8, LEAD, s, TAIL) + EVENT;
      int at = text.indexOf(s);
      int end = at + s.length();
      for (Fact f : SharedExtractor.get().extract(new Document("t.txt", text, Language.HE))) {
        if (f.start() >= at && f.end() <= end && f.value() instanceof Value.Date d) {
          assertFalse(d.iso().contains("2014"), f.text() + " " + d.iso() + "\n" + text);
        }
      }
      Result res = Fixtures.extracted(Language.HE, text);
      for (Question q : res.bank().questions()) {
        assertFalse(q.prompt().contains("(2014)"), q.prompt() + "\n" + text);
      }
      assertTrue(res.bank().questions().stream()
          .anyMatch(q -> q.answer().text().equals("12 בנובמבר 2014")), text);
    }
  }

  @Test
  void aPastTenseClauseOfTheSameEntryKeepsTheEntrysYear() {
    String past = "העגורים נדדו מעל העמק בין אוקטובר לדצמבר, ובכל עונה עברו בו כ-500 אלף עגורים.";
    String text = PAGE + FIRST + String.format(ENTRY, 8, LEAD, past, TAIL) + EVENT;
    Result res = Fixtures.extracted(Language.HE, text);
    assertTrue(res.bank().questions().stream().anyMatch(q -> q.prompt().contains("לדצמבר (2014)")),
        res.report().format(res.bank()));
  }
}
