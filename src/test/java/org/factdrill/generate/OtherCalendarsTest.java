package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.QuestionType;
import org.factdrill.extract.Fact;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 2, defect "dates in another calendar read as Gregorian": a lunar date, a Hijri
 * date or a day of a Hebrew month is never asked (nor used to date a yearless day) as a
 * Gregorian date; a Gregorian date beside such a gloss still is, and so is a year that a
 * sexagenary name only restates. Made-up sentences in en, vi, he, ru; the markers are pack words.
 */
class OtherCalendarsTest {
  private static final Language RU = Language.fromCode("ru").orElseThrow();

  /** For each marked fact of the text, its marker or "-" when it is Gregorian. */
  private static List<String> markers(Language lang, String marked) {
    DocFacts d = Fixtures.doc("t.txt", lang, marked);
    List<String> out = new ArrayList<>();
    for (Fact f : d.facts()) {
      String m = OtherCalendars.of(lang).marker(d.source().doc().text(), d.facts(), f);
      out.add(m == null ? "-" : m.toLowerCase(lang.pack().locale()));
    }
    return out;
  }

  @Test
  void aLunarDateIsMarkedAndTheGregorianDateItGlossesIsNot() {
    assertEquals(List.of("-", "âm lịch"), markers(Language.VI,
        "Đoàn quân Plimsoll vào thành ngày {{14 tháng 5 năm 1948|date|1948-05-14}} (tức ngày "
            + "{{6 tháng 4|date|--04-06}} âm lịch) sau ba ngày hành quân."));
    assertEquals(List.of("kỷ dậu"), markers(Language.VI,
        "Quân Plimsoll vào thành Quorvex ngày {{5 tháng Giêng|date|--01-05}} năm Kỷ Dậu."));
    assertEquals(List.of("âl"), markers(Language.VI,
        "Lễ hội làng Plimsoll mở vào {{ngày 10 tháng 3|date|--03-10}} ÂL hằng năm."));
    assertEquals(List.of("lunar calendar"), markers(Language.EN,
        "The Plimsoll fair opens on {{the 10th day of the third month|date|--03-10}} of the "
            + "lunar calendar every year."));
  }

  @Test
  void aSexagenaryNameThatRestatesTheGregorianYearIsAGloss() {
    // 1968 is a Mậu Thân year, 1984 Giáp Tý: the name only says the year again.
    assertEquals(List.of("-"), markers(Language.VI,
        "Cuộc tổng tấn công Mậu Thân {{1968|date|1968}} lan khắp tỉnh Plimsoll."));
    assertEquals(List.of("-"), markers(Language.VI,
        "Năm Giáp Tý {{1984|date|1984}}, làng Plimsoll xây đình mới."));
    assertEquals(List.of("giáp tý"), markers(Language.VI,
        "Năm Giáp Tý {{1985|date|1985}}, làng Plimsoll xây đình mới."));
  }

  @Test
  void hijriYearsAreMarkedInEveryLanguage() {
    assertEquals(List.of("ah"), markers(Language.EN,
        "The caravan reached Plimsoll in {{1445|date|1445}} AH after a long march."));
    assertEquals(List.of("hijri"), markers(Language.VI,
        "Đoàn lữ hành đến Plimsoll vào {{năm 1445|date|1445}} Hijri sau chuyến đi dài."));
    assertEquals(List.of("להג'רה"), markers(Language.HE,
        "השיירה הגיעה לפלימסול בשנת {{1445|date|1445}} להג'רה אחרי מסע ארוך."));
    assertEquals(List.of("хиджры"), markers(RU,
        "Караван пришёл в Плимсол в {{1445 году|date|1445}} хиджры после долгого пути."));
    assertEquals(List.of("-"), markers(RU,
        "Караван пришёл в Плимсол в {{1945 году|date|1945}} после долгого пути."));
  }

  @Test
  void aDayOfAHebrewMonthIsMarkedButAGregorianDateBesideAHebrewGlossIsNot() {
    assertEquals(List.of("באדר"), markers(Language.HE,
        "החג נחגג בפלימסול ב-{{14|number|14}} באדר בכל שנה."));
    assertEquals(List.of("-"), markers(Language.HE,
        "ביום ה' באייר תש\"ח, {{14 במאי 1948|date|1948-05-14}}, הוכרזה העצמאות בפלימסול."));
  }

  @Test
  void aLunarDateIsNotAskedNorDatedByTheYearBeforeIt() {
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.VI, """
        Plimsoll

        Năm {{1789|date|1789}}, quân Plimsoll tập trung ở phía nam thành Quorvex. Ngày {{5 tháng Giêng|date|--01-05}} năm Kỷ Dậu, quân Plimsoll tiến vào thành Quorvex.
        """));
    assertTrue(r.bank().questions().stream().noneMatch(q -> q.type() == QuestionType.CLOZE
        && q.answer().text().equals("5 tháng Giêng")), r.report().format(r.bank()));
    assertTrue(r.report().skipped().stream().anyMatch(s -> s.reason() == SkipReason.OTHER_CALENDAR
        && s.text().equals("5 tháng Giêng")), r.report().format(r.bank()));
  }

  @Test
  void aHijriYearDatesNoYearlessDayAfterIt() {
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN, """
        Plimsoll

        The caravan reached Plimsoll in {{1445|date|1445}} AH after a long march. On {{5 May|date|--05-05}} the traders opened the market by the river.
        """));
    assertTrue(r.bank().questions().stream().noneMatch(q -> q.answer().text().equals("5 May")),
        r.report().format(r.bank()));
  }
}
