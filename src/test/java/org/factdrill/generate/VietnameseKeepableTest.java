package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, Vietnamese: questions a teacher keeps. Each rule is tested on sentences made up for
 * it, with a case that must not be asked and a near one that must: a pronoun subject after a
 * fronted clause (FrontedPronoun), an anniversary's count and a report's date (FramedValues), a
 * count followed by the names it counts (NamedSeries).
 */
class VietnameseKeepableTest {

  private static Result gen(String marked) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", Language.VI, marked));
  }

  private static List<Question> clozes(Result r) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE).toList();
  }

  private static boolean asked(Result r, String answer) {
    return clozes(r).stream().anyMatch(q -> q.answer().text().equals(answer));
  }

  private static Set<SkipReason> reasons(Result r, String answer) {
    return r.report().skipped().stream().filter(s -> s.text().equals(answer))
        .map(Report.Skipped::reason).collect(Collectors.toSet());
  }

  @Test
  void aPronounAfterAFrontedClauseIsNotAskedWhenTheSentenceBeforePointsBackToo() {
    Result r = gen("""
        Lịch sử làng Đông Sơn

        Ông là con trai thứ hai của một thầy đồ trong vùng. Sau khi quân triều đình chiếm lại thành \
        vào {{năm 1867|date|1867}}, ông trở về quê và mở một trường học nhỏ cho trẻ em trong làng.
        """);
    assertFalse(asked(r, "năm 1867"), r.report().format(r.bank()));
    assertTrue(reasons(r, "năm 1867").contains(SkipReason.DANGLING_START));
  }

  @Test
  void aPronounAfterAFrontedClauseShowsTheSentenceThatNamesHim() {
    Result r = gen("""
        Lịch sử làng Đông Sơn

        Thầy đồ Lê Văn Khiêm dạy học ở làng Đông Sơn trong nhiều năm liền. Sau khi quân triều đình \
        chiếm lại thành vào {{năm 1867|date|1867}}, ông trở về quê và mở một trường học nhỏ cho trẻ em.
        """);
    Question q = clozes(r).stream().filter(x -> x.answer().text().equals("năm 1867")).findFirst()
        .orElseThrow(() -> new AssertionError(r.report().format(r.bank())));
    assertTrue(q.prompt().contains("Lê Văn Khiêm"), q.prompt());
  }

  @Test
  void aKinWordBeforeANameIsATitleNotAPronoun() {
    Result r = gen("""
        Lịch sử làng Đông Sơn

        Ông là con trai thứ hai của một thầy đồ trong vùng. Sau khi quân triều đình chiếm lại thành \
        vào {{năm 1867|date|1867}}, ông Lê Văn Khiêm trở về quê và mở một trường học nhỏ trong làng.
        """);
    assertTrue(asked(r, "năm 1867"), r.report().format(r.bank()));
  }

  @Test
  void anAnniversarysCountIsNotAskedButTheCeremonysYearIs() {
    Result r = gen("""
        Trường Quốc học Nam Bình

        Vào {{năm 2016|date|2016}}, nhà trường long trọng tổ chức lễ kỷ niệm {{120|number|120}} năm \
        ngày thành lập với sự tham dự của hàng nghìn cựu học sinh.
        Ngôi trường có {{24|number|24}} phòng học được xây bằng gạch đỏ trên bờ sông Hương.
        """);
    assertFalse(asked(r, "120"), r.report().format(r.bank()));
    assertTrue(reasons(r, "120").contains(SkipReason.ANNIVERSARY));
    assertTrue(asked(r, "năm 2016"));
    assertTrue(asked(r, "24"), "a count of years with no word of commemoration is asked");
  }

  @Test
  void aDateInAnOpeningAttributionWithAWordOfReportingIsTheReportsNotTheEvents() {
    Result r = gen("""
        Trận lũ lớn ở tỉnh Hòa Phong

        Theo số liệu được công bố hôm {{12 tháng 4 năm 2015|date|2015-04-12}}, hơn \
        {{3.000|number|3000}} ngôi nhà đã bị nước cuốn trôi trong trận lũ lớn ở tỉnh Hòa Phong.
        Theo hiệp ước ký ngày {{5 tháng 6 năm 1862|date|1862-06-05}}, ba tỉnh miền Đông của vương \
        quốc bị nhượng lại cho quân viễn chinh.
        """);
    assertFalse(asked(r, "12 tháng 4 năm 2015"), r.report().format(r.bank()));
    assertTrue(reasons(r, "12 tháng 4 năm 2015").contains(SkipReason.CITATION));
    assertTrue(asked(r, "3.000"));
    assertTrue(asked(r, "5 tháng 6 năm 1862"), "a treaty's date is an event's, however it opens");
  }

  @Test
  void aCountFollowedByTheNamesItCountsGivesItselfAway() {
    Result r = gen("""
        Chiến dịch mùa xuân ở vùng Tây Nguyên

        {{Ba|number|3}} thị xã Hưng Lộc, Tân Mỹ, Bình Giang được quân giải phóng tiến vào trong \
        cùng một tuần của tháng đầu chiến dịch.
        Đoàn quân gồm {{hai|number|2}} sư đoàn bộ binh Sao Vàng tiến vào thị xã từ phía bắc trong \
        đêm mưa lớn của tháng đầu chiến dịch.
        """);
    assertFalse(asked(r, "Ba"), r.report().format(r.bank()));
    assertTrue(reasons(r, "Ba").contains(SkipReason.COUNTABLE_LIST));
    assertTrue(asked(r, "hai"), "one name after the noun is no list: " + r.report().format(r.bank()));
  }

  @Test
  void frontedPronounReadsThePacksWords() {
    Set<String> sub = Set.of("sau khi", "khi");
    Set<String> pro = Set.of("ông", "họ");
    assertTrue(FrontedPronoun.find("Sau khi thành mất, họ rút lên núi.", sub, pro, true));
    assertTrue(FrontedPronoun.find("Khi quân Pháp (và quân Tây Ban Nha, từ Manila) đến, ông đi.",
        sub, pro, true));
    assertFalse(FrontedPronoun.find("Sau khi thành mất, ông Hoàng rút lên núi.", sub, pro, true));
    assertFalse(FrontedPronoun.find("Sau khi thành mất, quân lính rút lên núi.", sub, pro, true));
    assertFalse(FrontedPronoun.find("Thành mất, họ rút lên núi.", sub, pro, true));
    assertFalse(FrontedPronoun.find("Sau khi thành mất, họa sĩ rút lên núi.", sub, pro, true),
        "a pronoun is a whole word");
    assertEquals(false, FrontedPronoun.find("Sau khi thành mất, họ đi.", Set.of(), pro, true));
  }
}
