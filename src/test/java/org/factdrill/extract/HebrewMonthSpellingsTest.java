package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 74 (twenty-fourth session): older spellings of the Gregorian month names in Hebrew (a
 * vowel letter the modern spelling drops: מארס, יאנואר, and one it adds: אקטובר) are the same
 * months, with or without a prefix letter. Sentences made up.
 */
class HebrewMonthSpellingsTest {
  private static final FactExtractor EXTRACTOR = new FactExtractor();

  private static List<String> dates(String text) {
    return EXTRACTOR.extract(new Document("t", text, Language.HE)).stream()
        .filter(f -> f.kind() == FactKind.DATE)
        .map(f -> f.text() + " = " + ((Value.Date) f.value()).iso()).toList();
  }

  @Test
  void anOlderSpellingOfMarchIsMarch() {
    assertEquals(List.of("ב-3 מארס 1952 = 1952-03-03"), dates("הוועדה התכנסה ב-3 מארס 1952 בבית העם."));
    assertEquals(List.of("17 במארס 1952 = 1952-03-17"),
        dates("הוועדה התכנסה ביום 17 במארס 1952 בבית העם."));
  }

  @Test
  void anOlderSpellingAfterAHebrewCalendarDateIsTheGregorianDayItGlosses() {
    List<String> d = dates("ישיבה שלישית, יום שלישי, ח׳ אדר תשי״ב 5 מארס 1952 – דברי הממשלה על חוק הנמלים.");
    assertEquals(true, d.contains("5 מארס 1952 = 1952-03-05"), d.toString());
    d = dates("ישיבה שנייה, יום ראשון, י״ב טבת תשי״א 21 דצמבר 1950 – דברי הממשלה על חוק הנמלים.");
    assertEquals(true, d.contains("21 דצמבר 1950 = 1950-12-21"), d.toString());
  }

  @Test
  void olderSpellingsOfJanuaryAndOctober() {
    assertEquals(List.of("ב-9 יאנואר 1949 = 1949-01-09"), dates("הספר יצא לאור ב-9 יאנואר 1949 בתל אביב."));
    assertEquals(List.of("ב-22 באקטובר 1951 = 1951-10-22"),
        dates("הספר יצא לאור ב-22 באקטובר 1951 בתל אביב."));
  }
}
