package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.extract.Fact;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** Years that are part of a name do not block nor replace the dates a sentence tells. */
class NameYearsTest {
  private static final String[] SYLLABLES = {"Plim", "Varn", "Kes", "Dor", "Hal", "Mir", "Tov",
      "Bren", "Sal", "Quor", "Ny", "Lem"};
  private static final String[] VI_NAMES = {"Bắc Hải", "Hòa Lâm", "Lộc Thành", "Tây Sơn Hạ",
      "Kim Bảng", "Đông Vân", "Phú Lạc"};

  private static String name(Random r) {
    return SYLLABLES[r.nextInt(SYLLABLES.length)] + SYLLABLES[r.nextInt(SYLLABLES.length)]
        .toLowerCase();
  }

  private static String report(Result r) {
    return r.report().format(r.bank());
  }

  @Test
  void aWarNamedWithItsYearsNeitherBlocksNorReplacesThePeriodTheSentenceDates_en() {
    Random r = new Random(1612);
    for (int i = 0; i < 40; i++) {
      int y1 = 1600 + r.nextInt(350);
      int y2 = y1 + 1 + r.nextInt(8);
      int endYear = y1 + r.nextInt(y2 - y1 + 1);
      int m1 = r.nextInt(6);
      String d1 = (1 + r.nextInt(28)) + " " + Fixtures.EN_MONTHS.get(m1) + " " + y1;
      String d2 = (1 + r.nextInt(28)) + " " + Fixtures.EN_MONTHS.get(6 + r.nextInt(6)) + " "
          + endYear;
      String text = "The Siege of " + name(r) + "\n\nThe Siege of " + name(r) + " was part of the "
          + name(r) + "-" + name(r) + " War " + y1 + "–" + y2 + " and lasted from " + d1 + " to "
          + d2 + ".\n";
      Result res = Fixtures.extracted(Language.EN, text);
      assertFalse(Fixtures.clozes(res, d1).isEmpty(), text + report(res));
      assertFalse(Fixtures.clozes(res, d2).isEmpty(), text + report(res));
      assertTrue(Fixtures.asking(res, String.valueOf(y1)).isEmpty(), text + report(res));
      assertTrue(Fixtures.asking(res, String.valueOf(y2)).isEmpty(), text + report(res));
    }
  }

  @Test
  void aWarNamedWithItsYearsNeitherBlocksNorReplacesThePeriodTheSentenceDates_vi() {
    Random r = new Random(1613);
    for (int i = 0; i < 40; i++) {
      int y1 = 1600 + r.nextInt(350);
      int y2 = y1 + 1 + r.nextInt(8);
      int endYear = y1 + r.nextInt(y2 - y1 + 1);
      String d1 = "ngày " + (1 + r.nextInt(28)) + " tháng " + (1 + r.nextInt(6)) + " năm " + y1;
      String d2 = "ngày " + (1 + r.nextInt(28)) + " tháng " + (7 + r.nextInt(6)) + " năm "
          + endYear;
      String text = "Cuộc vây hãm " + VI_NAMES[r.nextInt(VI_NAMES.length)] + "\n\nCuộc vây hãm "
          + VI_NAMES[r.nextInt(VI_NAMES.length)] + " là một phần của Chiến tranh "
          + VI_NAMES[r.nextInt(VI_NAMES.length)] + " " + y1 + "–" + y2 + " và kéo dài từ " + d1
          + " đến " + d2 + ".\n";
      Result res = Fixtures.extracted(Language.VI, text);
      assertFalse(Fixtures.clozes(res, d1).isEmpty(), text + report(res));
      assertFalse(Fixtures.clozes(res, d2).isEmpty(), text + report(res));
      assertTrue(Fixtures.asking(res, String.valueOf(y1)).isEmpty(), text + report(res));
      assertTrue(Fixtures.asking(res, String.valueOf(y2)).isEmpty(), text + report(res));
    }
  }

  @Test
  void theYearOfAWarOfAYearIsNotAskedWhenTheSentenceHasItsOwnDate() {
    Random r = new Random(1614);
    for (int i = 0; i < 30; i++) {
      int y = 1600 + r.nextInt(350);
      String d = (1 + r.nextInt(28)) + " " + Fixtures.EN_MONTHS.get(r.nextInt(12)) + " "
          + (y + 1 + r.nextInt(3));
      String text = "The Battle of " + name(r) + "\n\nThe Battle of " + name(r)
          + " was fought during the War of " + y + " and ended on " + d + ".\n";
      Result res = Fixtures.extracted(Language.EN, text);
      assertTrue(Fixtures.asking(res, String.valueOf(y)).isEmpty(), text + report(res));
      assertFalse(Fixtures.clozes(res, d).isEmpty(), text + report(res));
    }
  }

  @Test
  void aYearAfterAWarNamedWithoutItOrAfterAWordThatDatesItIsStillAsked() {
    Random r = new Random(1615);
    for (int i = 0; i < 30; i++) {
      int y = 1600 + r.nextInt(350);
      int later = y + 3 + r.nextInt(5);
      String en = "The " + name(r) + " Guard\n\nThe " + name(r) + " Guard was disbanded after the "
          + name(r) + " War in " + y + " and raised again in " + later + ".\n";
      Result res = Fixtures.extracted(Language.EN, en);
      assertFalse(Fixtures.clozes(res, String.valueOf(y)).isEmpty(), en + report(res));
      // Marked facts: the extractor's reading of this invented frame is not what is tested.
      String vi = "Ông " + VI_NAMES[r.nextInt(VI_NAMES.length)]
          + " làm việc ở đài từ thời chiến tranh " + VI_NAMES[r.nextInt(VI_NAMES.length)]
          + " {{" + y + "|date|" + y + "}}, ông nghỉ hưu vào {{năm " + later + "|date|" + later
          + "}}.";
      res = Fixtures.generate(Language.VI, vi);
      assertFalse(Fixtures.clozes(res, String.valueOf(y)).isEmpty(), vi + report(res));
    }
  }

  @Test
  void aYearAfterTheSentencesFirstWordOrAWordOfAScriptWithoutCaseIsNoNameYear() {
    Language[] langs = {Language.EN, Language.VI, Language.HE};
    String[] marked = {
        "In {{1812|date|1812}} the town fell, and on {{4 May 1814|date|1814-05-04}} it was freed.",
        "Năm {{1812|date|1812}} thành thất thủ, đến {{ngày 4 tháng 5 năm 1814|date|1814-05-04}} thì"
            + " được giải phóng.",
        "העיר נפלה בשנת {{1812|date|1812}} ושוחררה ב-{{4 במאי 1814|date|1814-05-04}}."};
    for (int k = 0; k < langs.length; k++) {
      DocFacts d = Fixtures.doc("t.txt", langs[k], marked[k]);
      Fact year = d.facts().get(0);
      assertFalse(NameYears.inName(langs[k], d.source().doc().text(), year), marked[k]);
      assertFalse(NameYears.askedBesideOwnDates(langs[k], d.source().doc().text(), year,
          List.of(d.facts().get(1))), marked[k]);
    }
  }

  @Test
  void aYearRangeNamingTheSentencesSubjectStillStandsForItsDates() {
    String subject = "The Plimsoll War 1812–1815 began on   .";
    assertFalse(NameYears.rangeOfANameInPassing(null, subject, subject.indexOf("1812")));
    String passing = "The siege was part of the Plimsoll War 1812–1815 and lasted from   to 1813.";
    assertTrue(NameYears.rangeOfANameInPassing(null, passing, passing.indexOf("1812")));
  }

  private static final String[] HE_MONTHS = {"בינואר", "בפברואר", "במרץ", "באפריל", "במאי",
      "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"};
  private static final String[] HE_UNITS = {"גדוד הרובאים", "חיל הפרשים", "פלוגת התותחנים",
      "משמר העמק הצפוני", "צי הספינות הקלות"};
  private static final String[] HE_THINGS = {"מלחמת", "מהפכת", "מרד", "מבצע"};

  @Test
  void aHebrewWarInTheConstructWithItsYearsNeitherBlocksNorReplacesTheSentencesDates() {
    Random r = new Random(1717);
    for (int i = 0; i < 40; i++) {
      int y1 = 1600 + r.nextInt(350);
      int y2 = y1 + 1 + r.nextInt(8);
      int endYear = y1 + 1 + r.nextInt(y2 - y1);
      String d1 = (1 + r.nextInt(28)) + " " + HE_MONTHS[r.nextInt(6)] + " " + y1;
      String d2 = (1 + r.nextInt(28)) + " " + HE_MONTHS[6 + r.nextInt(6)] + " " + endYear;
      String unit = HE_UNITS[r.nextInt(HE_UNITS.length)];
      String prefix = List.of("מ", "ב", "ל", "").get(r.nextInt(4));
      String text = unit + "\n\n" + unit + " היה חלק " + (prefix.isEmpty() ? "של " : "") + prefix
          + HE_THINGS[r.nextInt(HE_THINGS.length)] + " " + y1 + "–" + y2 + " ולחם בה מ-" + d1
          + " עד " + d2 + ".\n";
      Result res = Fixtures.extracted(Language.HE, text);
      assertFalse(Fixtures.clozes(res, d2).isEmpty(), text + report(res));
      assertTrue(Fixtures.asking(res, String.valueOf(y1)).isEmpty(), text + report(res));
      assertTrue(Fixtures.asking(res, String.valueOf(y2)).isEmpty(), text + report(res));
    }
  }

  @Test
  void aHebrewYearAfterAConstructNounIsNotAskedBesideTheSentencesOwnDate() {
    Random r = new Random(1718);
    for (int i = 0; i < 30; i++) {
      int y = 1700 + r.nextInt(250);
      int later = y + 2 + r.nextInt(5);
      String marked = "אחרי " + HE_THINGS[r.nextInt(HE_THINGS.length)] + " {{" + y + "|date|" + y
          + "}} חזר הגדוד לעירו, וב-{{3 במרץ " + later + "|date|" + later + "-03-03}} פורק.";
      DocFacts d = Fixtures.doc("t.txt", Language.HE, marked);
      Fact year = d.facts().get(0);
      assertTrue(NameYears.inName(Language.HE, d.source().doc().text(), year), marked);
      assertTrue(NameYears.askedBesideOwnDates(Language.HE, d.source().doc().text(), year,
          List.of(d.facts().get(1))), marked);
    }
  }

  @Test
  void aHebrewRangeAfterAConstructNounOpeningTheSentenceStillStandsForItsDates() {
    String subject = "מלחמת 1812–1815 החלה ב-  .";
    assertFalse(NameYears.rangeOfANameInPassing(Language.HE, subject, subject.indexOf("1812")));
    String passing = "הגדוד היה חלק ממלחמת 1812–1815 ולחם בה מ-   עד 1813.";
    assertTrue(NameYears.rangeOfANameInPassing(Language.HE, passing, passing.indexOf("1812")));
    String year = "העיר נפלה בשנת 1812–1815 ושוחררה.";
    assertFalse(NameYears.rangeOfANameInPassing(Language.HE, year, year.indexOf("1812")));
  }
}
