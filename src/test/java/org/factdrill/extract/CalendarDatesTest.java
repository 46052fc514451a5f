package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** Complete dates of the Hebrew and Islamic calendars read as their Gregorian days. */
class CalendarDatesTest {
  private static final FactExtractor EXTRACTOR = new FactExtractor();

  private static List<String> dates(Language l, String text) {
    return EXTRACTOR.extract(new Document("t", text, l)).stream()
        .filter(f -> f.kind() == FactKind.DATE)
        .map(f -> f.text() + " = " + ((Value.Date) f.value()).iso()
            + (f.calendar() == null ? "" : " " + f.calendar()))
        .toList();
  }

  @Test
  void hebrewDayMonthYearInLetters() {
    assertEquals(List.of("ה׳ באייר תש״ח = 1948-05-14 hebrew"),
        dates(Language.HE, "הטקס נערך ביום ה׳ באייר תש״ח בערב."));
    // ASCII quotes, the thousands letter, a final letter written plain.
    assertEquals(List.of("ה' באייר ה'תש\"ח = 1948-05-14 hebrew"),
        dates(Language.HE, "הטקס נערך ביום ה' באייר ה'תש\"ח בערב."));
    assertEquals(List.of("ז אייר תרפ = 1920-04-25 hebrew"),
        dates(Language.HE, "על המצבה נכתב ז אייר תרפ ושם הנפטר."));
  }

  @Test
  void hebrewDigitsAndBothAdars() {
    assertEquals(List.of("14 באדר ב׳ 5784 = 2024-03-24 hebrew"),
        dates(Language.HE, "החג חל ב-14 באדר ב׳ 5784 בירושלים."));
    assertEquals(List.of("14 באדר א׳ 5784 = 2024-02-23 hebrew"),
        dates(Language.HE, "החג הקטן חל ב-14 באדר א׳ 5784 בירושלים."));
    assertEquals(List.of("י\"ד באדר תשפ\"ג = 2023-03-07 hebrew"),
        dates(Language.HE, "החג חל בי\"ד באדר תשפ\"ג בעיר."));
  }

  @Test
  void aMonthAndYearIsThePeriodItCovers() {
    assertEquals(List.of("אייר תש״ח = 1948-05-10/1948-06-07 hebrew"),
        dates(Language.HE, "בחודש אייר תש״ח הוקמה המדינה."));
  }

  @Test
  void daysItCannotReadKeepTheMonthFromBeingTheWholeMonth() {
    List<String> d = dates(Language.HE, "בתמונה: הכינוס, א'ב'ג' אלול תרנ\"ז, בעיר.");
    assertEquals(0, d.stream().filter(s -> s.endsWith("hebrew")).count(), d.toString());
  }

  @Test
  void aRangeOfDaysInOneMonth() {
    assertEquals(List.of("א' עד ג' באלול תרנ\"ז = 1897-08-29/1897-08-31 hebrew"),
        dates(Language.HE, "הכינוס נערך בימים א' עד ג' באלול תרנ\"ז בעיר."));
  }

  @Test
  void aGlossBesideItsGregorianDateIsNoSecondFact() {
    assertEquals(List.of("14 במאי 1948 = 1948-05-14"),
        dates(Language.HE, "ביום ה' באייר ה'תש\"ח, 14 במאי 1948, הוכרז הדבר."));
    assertEquals(List.of("ב-2 בנובמבר 1917 = 1917-11-02"),
        dates(Language.HE, "ההצהרה נמסרה ב-2 בנובמבר 1917 (י\"ז בחשוון תרע\"ח) בלונדון."));
    // Another day beside it is a fact of its own.
    assertEquals(List.of("ב-3 בנובמבר 1917 = 1917-11-03", "י\"ז בחשוון תרע\"ח = 1917-11-02 hebrew"),
        dates(Language.HE, "ההצהרה פורסמה ב-3 בנובמבר 1917 (י\"ז בחשוון תרע\"ח) בלונדון."));
  }

  @Test
  void aDayGluedToAnotherWordIsNotReadFromItsLastLetter() {
    List<String> d = dates(Language.HE, "המרד (י\"ד בניסןי\"א באייר ה'תש\"ג) פרץ בעיר.");
    assertEquals(0, d.stream().filter(s -> s.startsWith("א באייר")).count(), d.toString());
  }

  @Test
  void aDayWithoutYearIsNotConverted() {
    List<String> d = dates(Language.HE, "החג חל בט\"ו בשבט בכל שנה.");
    assertEquals(0, d.stream().filter(s -> s.endsWith("hebrew")).count(), d.toString());
  }

  @Test
  void hijriDatesWithTheirMarker() {
    assertEquals(List.of("5 Rajab 1367 AH = 1948-05-14 islamic-umalqura"),
        dates(Language.EN, "The letter is dated 5 Rajab 1367 AH in the archive."));
    assertEquals(List.of("Ramadan 1, 1445 AH = 2024-03-11 islamic-umalqura"),
        dates(Language.EN, "The fast began on Ramadan 1, 1445 AH that year."));
    assertEquals(List.of("5 раджаба 1367 г. хиджры = 1948-05-14 islamic-umalqura"),
        dates(Language.fromCode("ru").orElseThrow(), "Письмо датировано 5 раджаба 1367 г. хиджры в архиве."));
  }

  @Test
  void hijriWithoutMarkerIsNotConverted() {
    List<String> d = dates(Language.EN, "The fast began on Ramadan 1, 1445 at dusk.");
    assertEquals(0, d.stream().filter(s -> s.contains("islamic")).count(), d.toString());
  }
}
