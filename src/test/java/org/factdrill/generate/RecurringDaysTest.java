package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A day and month without a year that is a day of every year (a named day's date, a yearly
 * observance, a date naming its festivities) is not an event of one year: it takes no year from
 * the paragraph or the document's date, in its own question or in another's prompt, and is not
 * asked. A yearless day that is an event still takes its paragraph's year.
 */
class RecurringDaysTest {
  @Property(tries = 25, seed = "1616")
  void aYearlyDayIsNeitherAskedNorGivenTheParagraphsYear(
      @ForAll @IntRange(min = 1, max = 28) int day, @ForAll @IntRange(min = 0, max = 11) int m,
      @ForAll @IntRange(min = 1850, max = 1990) int year) {
    String date = day + " " + Fixtures.EN_MONTHS.get(m);
    for (String frame : List.of("Every year on {D}, the veterans of the northern towns lay"
            + " wreaths at the old harbour memorial.",
        "The founding of the northern republic is celebrated on {D} with parades in every"
            + " town of the coast.",
        "Crowds gathered along the harbour for the {D} celebrations in the northern towns.",
        "About 4,000 veterans march through the harbour town on Harbour Day ({D}) with their"
            + " families.")) {
      String text = "The harbour town was rebuilt after the great fire of " + year + ". "
          + frame.replace("{D}", date) + "\n";
      Result r = Fixtures.extracted(Language.EN, text);
      assertEquals(List.of(), Fixtures.asking(r, date), text);
      for (Question q : r.bank().questions()) {
        assertFalse(q.prompt().contains(date + " (" + year + ")"), q.prompt());
      }
    }
  }

  @Test
  void vietnameseAndHebrewYearlyDaysAreNotAsked() {
    Result vi = Fixtures.extracted(Language.VI, "Thành phố được xây dựng lại vào năm 1951. Hằng năm vào"
        + " ngày 2 tháng 9, người dân thành phố cảng tổ chức lễ diễu hành lớn trên bến cảng.\n");
    assertTrue(vi.bank().questions().stream().noneMatch(q -> q.prompt().contains("(1951)")
        || q.answer().text().contains("tháng 9")), vi.report().format(vi.bank()));
    Result named = Fixtures.extracted(Language.VI, "Thành phố được xây dựng lại vào năm 1951. Khoảng"
        + " 4.000 cựu binh diễu hành qua bến cảng nhân Ngày Bến Cảng 2 tháng 9 cùng gia đình.\n");
    assertTrue(named.bank().questions().stream().noneMatch(q -> q.prompt().contains("(1951)")
        || q.answer().text().contains("tháng 9")), named.report().format(named.bank()));
    Result he = Fixtures.extracted(Language.HE, "העיר נבנתה מחדש בשנת 1951. מדי שנה ב-4 ביולי צועדים"
        + " ותיקי העיר לאורך הנמל עם משפחותיהם.\n");
    assertTrue(he.bank().questions().stream().noneMatch(q -> q.prompt().contains("(1951)")
        || q.answer().text().contains("ביולי")), he.report().format(he.bank()));
  }

  @Test
  void aDayChosenAsAnInternationalOrWorldDayIsNotAskedWithTheYearOfTheChoice() {
    for (String frame : List.of("lấy ngày 14-6 làm ngày Quốc tế Cựu binh",
        "chọn ngày 14/6 là Ngày Thế giới Cựu binh", "lấy 14 tháng 6, làm ngày quốc tế cựu binh")) {
      Result vi = Fixtures.extracted(Language.VI, "Năm 1951, hội nghị các cựu binh ở thành phố cảng"
          + " đã quyết định " + frame + ".\n");
      assertTrue(vi.bank().questions().stream().noneMatch(q -> q.prompt().contains("(1951)")
          || q.answer().text().contains("14")), vi.report().format(vi.bank()));
    }
  }

  @Test
  void aYearlessDayThatIsAnEventStillTakesItsParagraphsYear() {
    Result r = Fixtures.extracted(Language.EN, "The harbour town was rebuilt after the great fire of"
        + " 1951. The new harbour was opened by the governor on 8 May before a crowd of"
        + " dockers.\n");
    List<Question> q = Fixtures.asking(r, "8 May");
    assertFalse(q.isEmpty(), r.report().format(r.bank()));
    assertTrue(q.get(0).prompt().contains("(1951)"), q.get(0).prompt());
    Result weekday = Fixtures.extracted(Language.VI, "Thành phố được xây dựng lại vào năm 1951. Ngày Chủ"
        + " nhật 6 tháng 5, thống đốc khánh thành bến cảng mới trước đông đảo công nhân.\n");
    assertTrue(weekday.bank().questions().stream().anyMatch(x -> x.prompt().contains("(1951)")),
        weekday.report().format(weekday.bank()));
  }
}
