package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A date of a clause stating a state is told apart from a date of an event (invented lines). */
class StativeClausesTest {
  private static final StativeClauses STATES = new StativeClauses();

  /** What a reading of StativeClauses says of the date at [start, end) of a sentence. */
  private interface Reading {
    boolean of(Language lang, String sentence, int start, int end);
  }

  private static boolean read(Reading r, String code, String sentence, String date) {
    int at = sentence.indexOf(date);
    return r.of(Language.fromCode(code).orElseThrow(), sentence, at, at + date.length());
  }

  private static boolean stative(String code, String sentence, String date) {
    return read(STATES::stative, code, sentence, date);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|In 1905 the village of Ashcombe had 12 schools.|1905",
      "en|In 1920 she was the mayor of Dunmore.|1920",
      "en|In 1871, the mill was the largest employer in the valley.|1871",
      "en|In 1833 the harbour remained closed to foreign ships.|1833",
      "en|In 1911 the painter lived in a flat above the shop.|1911",
      "en|In 1958 he served as treasurer of the guild.|1958",
      "vi|Năm 1920 ông là thị trưởng của thị xã.|1920",
      "vi|Năm 1933 ngôi chợ vẫn là nơi buôn bán lớn nhất vùng.|1933",
      "he|ב-1950 נותרו בכפר שלוש משפחות.|1950",
      "he|ב-1922 מנתה העיירה זלבין 4,000 תושבים.|1922",
      "he|בשנת 1870 כלל המבצר ארבעה מגדלים.|1870",
      "he|בשנת 1890 החזיקה המשפחה שלוש טחנות.|1890",
      "he|ב-1912 שימש זלבין מזכיר המועצה.|1912",
      "he|בשנת 1905 למד זלבין בבית המדרש במרנוב.|1905",
  })
  void aStateAtAYearIsStative(String lang, String sentence, String date) {
    assertTrue(stative(lang, sentence, date), sentence);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|In 1905 the village school was founded by the parish.|1905",
      "en|In 1920 she was elected mayor of Dunmore.|1920",
      "en|By then the bridge had been destroyed twice, in 1871 and 1874.|1871",
      "en|In 1871 the mill had been destroyed by a flood.|1871",
      "en|The harbour was closed in 1833.|1833",
      "en|In 1902 the guild opened four bakeries.|1902",
      "en|In 1911 the painter was born in a flat above the shop.|1911",
      "en|In 1958 he became treasurer of the guild, which was a small society.|1958",
      "en|In 1930 she was the first woman to cross the strait.|1930",
      "en|In 1898 the new council opened a library.|1898",
      "en|In 1899 a treaty signed by both towns was the end of the dispute.|1899",
      "en|The old mill was the site of the weavers' surrender in 1871.|1871",
      "vi|Ngôi đình là nơi hai làng ký hòa ước năm 1871.|1871",
      "vi|Năm 1905, trường học đầu tiên được xây dựng ở thị trấn.|1905",
      "vi|Năm 1920 ông được bầu làm thị trưởng.|1920",
      "vi|Năm 1933 ngôi chợ bị cháy, vốn là nơi buôn bán lớn nhất vùng.|1933",
      "vi|Năm 1940 ông trở thành thị trưởng.|1940",
      "he|ב-1905 נוסד בית הספר הראשון בעיירה.|1905",
      "he|ב-1920 הוא היה לראש המועצה.|1920",
      "he|ב-1950 נבחר לראש המועצה, שהיה אז גוף קטן.|1950",
      "he|ב-1930 עמד זלבין על דעתו מול המועצה.|1930",
      "he|ב-1922 נמנתה זלבין עם המייסדים.|1922",
  })
  void anEventIsNotStative(String lang, String sentence, String date) {
    assertFalse(stative(lang, sentence, date), sentence);
  }

  /**
   * "There was", the Hebrew bare copula and Vietnamese "có" tell an event ("an earthquake", "a
   * war") as well as a state ("four bakeries"): nothing in the clause's cues tells which, so such
   * a clause is not read as a state and its date is asked as an event's.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|In 1902 there were four bakeries on the square.|1902",
      "en|In 1905 there was a great fire in the harbour of Ashcombe.|1905",
      "vi|Năm 1905, thị trấn Bình Lạc có 12 trường học.|1905",
      "vi|Năm 1905, thị trấn Bình Lạc có trận động đất lớn.|1905",
      "he|ב-1905 היו בעיירה 12 בתי ספר.|1905",
      "he|בחורף 1905 היתה סערה גדולה בעיירה.|1905",
  })
  void anExistentialClauseIsNotReadAsAState(String lang, String sentence, String date) {
    assertFalse(stative(lang, sentence, date), sentence);
  }

  private static boolean lasting(String code, String sentence, String date) {
    return read(STATES::lasting, code, sentence, date);
  }

  /**
   * A word of continuation in the date's clause, before or after the date ("were still in use in
   * 1925"): the state went on before and after the date, so the date is read like "as of".
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|The old workshops were still in use in 1925, when the firm was sold.|1925",
      "en|The ferry remained in service in 1950 despite the new bridge.|1950",
      "en|In 1931 the tramway was no longer used by the mills.|1931",
      "vi|Năm 1925, xưởng sửa chữa vẫn hoạt động bên bờ sông.|1925",
      "vi|Chiếc phà không còn được dùng vào năm 1931.|1931",
      "he|בית הבד עדיין פעל בכפר ב-1925.|1925",
      "he|המעבורת נשארה בשימוש ב-1950 למרות הגשר החדש.|1950",
      "ru|В 1925 году мастерские всё ещё работали у реки.|1925",
  })
  void aWordOfContinuationMakesTheDateAState(String lang, String sentence, String date) {
    assertTrue(lasting(lang, sentence, date), sentence);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|The old workshops were sold in 1925, and the yard is still there.|1925",
      "en|The ferry was launched in 1950 at the northern yard.|1950",
      "vi|Năm 1925, xưởng sửa chữa được xây bên bờ sông.|1925",
      "he|בית הבד נבנה בכפר ב-1925.|1925",
  })
  void aClauseWithoutAWordOfContinuationIsNotLasting(String lang, String sentence, String date) {
    assertFalse(lasting(lang, sentence, date), sentence);
  }
}
