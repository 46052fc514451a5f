package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.QuestionType;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, Vietnamese (tenth session): "hiện nay", "ngày nay" count from the text's date, "20
 * năm qua", "những năm gần đây", "hai mươi năm trước" from an unstated now (not asked), while
 * "đến tận ngày nay" only ends a period; a Sino-Vietnamese numeral in a name ("Thập quốc", the
 * ten states) states a count; a cycle year's name in the context line states the year. Every
 * sentence is made up.
 */
class VietnameseNowAndNamedCountsTest {

  private static Result gen(String marked) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", Language.VI, marked));
  }

  private static boolean asked(Result r, String answer) {
    return r.bank().questions().stream().anyMatch(q -> q.type() == QuestionType.CLOZE
        && q.answer().text().equals(answer));
  }

  @Test
  void aFigureOfNowOrOfTheLastYearsIsNotAskedWithoutADate() {
    for (String phrase : List.of("Hiện nay", "Ngày nay,", "Hiện tại", "Trong 15 năm qua,",
        "Những năm gần đây,", "Trong mấy thập niên qua,", "Thời gian gần đây,", "Ba mươi năm trước,",
        "Trong vài năm trở lại đây,")) {
      Result r = gen("Làng nghề Đông Hồ\n\n" + phrase
          + " làng có khoảng {{120|number|120}} hộ làm tranh dân gian.");
      assertFalse(asked(r, "120"), phrase + ": " + r.report().format(r.bank()));
    }
  }

  @Test
  void aPeriodUpToTheseDaysKeepsItsDates() {
    for (String end : List.of("đến tận ngày nay", "cho đến ngày nay", "tới tận hiện nay")) {
      Result r = gen("Làng nghề Đông Hồ\n\nXưởng tranh của dòng họ Nguyễn mở cửa vào "
          + "{{năm 1952|date|1952}} và hoạt động liên tục " + end + ".");
      assertTrue(asked(r, "năm 1952"), end + ": " + r.report().format(r.bank()));
    }
  }

  @Test
  void aNameWithASinoVietnameseNumeralStatesTheCount() {
    Value ten = Fixtures.value(org.factdrill.extract.FactKind.NUMBER, "10");
    assertEquals("'Thập' names the count", NameNumerals.givesAway(Language.VI,
        "Vương quốc ven biển là một trong _ nước thời Ngũ đại Thập quốc.", null, ten));
    assertTrue(NameNumerals.givesAway(Language.VI, "Có _ sứ quân chia nhau cát cứ.",
        "Loạn Thập nhị sứ quân", Fixtures.value(org.factdrill.extract.FactKind.NUMBER, "12"))
        != null, "ten and two after it");
    assertTrue(NameNumerals.givesAway(Language.VI, "Vùng Nam Kỳ lục tỉnh gồm _ tỉnh.", null,
        Fixtures.value(org.factdrill.extract.FactKind.NUMBER, "6")) != null, "after a name");
    assertTrue(NameNumerals.givesAway(Language.VI, "Bộ sách Nhị thập bát tú có _ chương.", null,
        Fixtures.value(org.factdrill.extract.FactKind.NUMBER, "28")) != null, "two tens and eight");
    assertNull(NameNumerals.givesAway(Language.VI,
        "Vương quốc ven biển là một trong _ nước thời Ngũ đại Thập quốc.", null,
        Fixtures.value(org.factdrill.extract.FactKind.NUMBER, "12")), "another value");
    assertNull(NameNumerals.givesAway(Language.VI, "Đội quân có _ người, tam giác trận.", null,
        Fixtures.value(org.factdrill.extract.FactKind.NUMBER, "3")), "a common word, no name");
    assertNull(NameNumerals.givesAway(Language.EN, "One of the _ states of the Thập quốc.", null,
        ten), "a pack without the list");
  }

  @Test
  void aCycleYearInTheContextLineStatesTheYear() {
    Result r = gen("Hòa ước Quý Mùi\n\nTriều đình và sứ thần nước ngoài ký bản hòa ước sơ bộ tại kinh thành vào "
        + "{{năm 1883|date|1883}} sau nhiều tuần thương thuyết.");
    assertFalse(asked(r, "năm 1883"), r.report().format(r.bank()));
    assertTrue(r.report().skipped().stream().anyMatch(s -> s.reason()
        == SkipReason.ANSWER_GIVEN_AWAY), r.report().format(r.bank()));
    Result other = gen("Hòa ước Giáp Thân\n\nTriều đình và sứ thần nước ngoài ký bản hòa ước sơ bộ tại kinh thành "
        + "vào {{năm 1883|date|1883}} sau nhiều tuần thương thuyết.");
    assertTrue(asked(other, "năm 1883"), other.report().format(other.bank()));
  }

  @Test
  void theFirstDaysOfTetAreDaysNotCounts() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("tet");
    for (String day : List.of("Mồng 1", "Mùng 2", "Mồng ba", "Mùng một")) {
      Result r = RealText.generate(dir, "t.txt", "Lịch sử đình làng Phú Mỹ\n\n" + day
          + " Tết năm 1931, dân làng mở hội đình và đón khoảng 600 khách từ các làng bên.\n");
      assertFalse(r.bank().questions().stream().anyMatch(q -> q.answer().text().matches(
          "(?i)1|2|ba|một")), day + ": " + r.report().format(r.bank()));
      // The day is asked as a date: whole, or (a holiday's day with its year, class 38 of the
      // nineteenth review) by its year with the holiday's day left in the prompt.
      assertTrue(r.bank().questions().stream().anyMatch(q -> q.answer().text()
          .equalsIgnoreCase(day + " Tết năm 1931") || q.answer().text().equals("1931")
          && q.prompt().contains(day + " Tết năm _____")), day + ": " + r.report().format(r.bank()));
    }
  }
}
