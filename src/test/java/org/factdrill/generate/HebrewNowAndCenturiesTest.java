package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, Hebrew (tenth session): "כיום", "כעת" count from the text's date; "לפני עשרים שנה"
 * (a count of eleven or more takes the singular), "בשנים האחרונות", "N השנים האחרונות" from an
 * unstated now (not asked), while "עד היום" only ends a period; "מאה" and "אלף" before an ordinal
 * are a century and a millennium ("במאה השביעית לאלף השישי"), no count. Every sentence is made up.
 */
class HebrewNowAndCenturiesTest {

  @TempDir
  Path dir;

  private static Result gen(String marked) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", Language.HE, marked));
  }

  private static boolean asked(Result r, String answer) {
    return r.bank().questions().stream().anyMatch(q -> q.type() == QuestionType.CLOZE
        && q.answer().text().equals(answer));
  }

  @Test
  void aFigureOfNowOrOfTheLastYearsIsNotAskedWithoutADate() {
    for (String phrase : List.of("כיום", "כעת", "בימינו", "בשנים האחרונות", "בעשור האחרון",
        "במשך עשרים השנים האחרונות", "במהלך 15 השנים האחרונות", "לפני שלושים שנה",
        "לפני ארבע מאות שנה", "לפני 40 שנים", "בחודשים האחרונים")) {
      Result r = gen("הכפר בעמק\n\n" + phrase + " פועלים בכפר {{12|number|12}} בתי מלאכה.");
      assertFalse(asked(r, "12"), phrase + ": " + r.report().format(r.bank()));
    }
  }

  @Test
  void aPeriodUpToTodayKeepsItsDates() {
    Result r = gen("הכפר בעמק\n\nבית המלאכה של המשפחה נפתח בכפר בשנת {{1952|date|1952}} ופועל "
        + "ברציפות עד כיום.");
    assertTrue(asked(r, "1952"), r.report().format(r.bank()));
  }

  @Test
  void aHundredOrThousandBeforeAnOrdinalIsACenturyNotACount() throws Exception {
    for (String ord : List.of("השביעית", "השמינית", "הששית", "החמישית")) {
      Result r = RealText.generate(dir, "t" + ord.length() + ".txt", "תולדות הקהילה בעיר\n\n"
          + "במאה " + ord + " לאלף השישי עלו אל העיר משפחות רבות מארצות הים ובנו בה בתים.\n");
      assertFalse(r.bank().questions().stream().anyMatch(q -> q.answer().text().equals("מאה")
          || q.answer().text().equals("אלף")), ord + ": " + r.report().format(r.bank()));
    }
    Result counted = RealText.generate(dir, "c.txt", "תולדות הקהילה בעיר\n\n"
        + "בשנת 1890 עלו אל העיר מאה משפחות מארצות הים ובנו בה בתים חדשים.\n");
    assertTrue(counted.bank().questions().stream().anyMatch(q -> q.answer().text().equals("מאה")),
        counted.report().format(counted.bank()));
  }

  @Test
  void aLawsHebrewYearWithTheArticleGlossesItsGregorianYear() throws Exception {
    assertTrue(CalendarGloss.sameYear("התשי\"ח", 1958), "the article, not the number 5");
    assertTrue(CalendarGloss.sameYear("ה'תשי\"ח", 1958));
    Result r = RealText.generate(dir, "law.txt", "המועצה המקומית בעמק\n\n"
        + "חוק המועצות האזוריות, התשי\"ח-1958, קבע את גבולות המועצה החדשה בעמק.\n");
    // the Hebrew year glosses the Gregorian one: it leaves the prompt with the blank
    assertTrue(r.bank().questions().stream().filter(q -> q.answer().text().equals("1958"))
        .noneMatch(q -> q.prompt().contains("תשי")), r.report().format(r.bank()));
  }

  @Test
  void theTimeAFigureWasCountedIsNotAsked() throws Exception {
    Result r = RealText.generate(dir, "asof.txt", "המושבה בעמק\n\n"
        + "נכון ל-2021 מתגוררים במושבה כ-2,400 תושבים ותיקים וחדשים.\n");
    assertFalse(r.bank().questions().stream().anyMatch(q -> q.answer().text().contains("2021")),
        r.report().format(r.bank()));
    assertTrue(r.bank().questions().stream().anyMatch(q -> q.answer().text().equals("2,400")),
        r.report().format(r.bank()));
  }

  @Test
  void aDecadeInWordsKeepsItsPrefixAndDecadeWordOutsideTheBlank() {
    org.factdrill.lang.LanguagePack he = Language.HE.pack();
    for (String tens : List.of("העשרים", "השלושים", "הארבעים", "החמישים", "השישים", "השבעים",
        "השמונים", "התשעים")) {
      for (String lead : List.of("בשנות ", "ובשנות ", "משנות ", "שנות ")) {
        String text = lead + tens;
        assertTrue(HebrewPrefix.length(he, text) == text.length() - tens.length() + 1,
            text + ": " + HebrewPrefix.length(he, text));
      }
    }
    assertTrue(HebrewPrefix.length(he, "בשנות ה-90") == "בשנות ה-".length(), "digits as before");
  }
}
