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
    Result g = gen("""
        Phong trào du học sang phương Đông

        {{Bốn|number|4}} sinh viên đầu tiên gồm Lê Văn An, Trần Bình, Hồ Sĩ Cường và Đỗ Dũng được \
        đưa sang học ở trường quân sự của nước láng giềng trong mùa xuân.
        """);
    assertTrue(reasons(g, "Bốn").contains(SkipReason.COUNTABLE_LIST), g.report().format(g.bank()));
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
    assertTrue(FrontedPronoun.find("Năm 1885, họ rút lên núi.", sub, pro, true),
        "a short fronted adverbial");
    assertFalse(FrontedPronoun.find("Thành mất vào tay quân địch sau nhiều tuần bị vây hãm liên "
        + "tục, họ rút lên núi.", sub, pro, true), "a long opening with no subordinator");
    assertFalse(FrontedPronoun.find("Sau khi thành mất, họa sĩ rút lên núi.", sub, pro, true),
        "a pronoun is a whole word");
    assertTrue(FrontedPronoun.find("Sau khi thành mất, họ đi.", Set.of(), pro, true),
        "a short opening phrase is an adverbial even where the pack lists no subordinator");
    assertEquals(false, FrontedPronoun.find("Sau khi thành mất, họ đi.", sub, Set.of(), true),
        "a pack without pronouns finds none");
  }
  @Test
  void numbersGoingOnWithAListADesignatorHeadsAreLabels() {
    Result r = gen("""
        Chiến dịch mùa khô ở cao nguyên

        Vào {{năm 1972|date|1972}}, quân đội cắt đứt các đường số {{9|number|9}}, {{12|number|12}} \
        và {{18|number|18}} nối cao nguyên với đồng bằng ven biển trong nhiều tuần liền.
        """);
    for (String n : List.of("9", "12", "18")) {
      assertFalse(asked(r, n), n + ": " + r.report().format(r.bank()));
      assertTrue(reasons(r, n).contains(SkipReason.IDENTIFIER), n);
    }
    assertTrue(asked(r, "năm 1972"));
  }

  @Test
  void aCountBeforeAColonAndAListIsNotAsked() {
    Result r = gen("""
        Chiến dịch mùa khô ở cao nguyên

        Sau trận đánh mở màn, quân giải phóng có {{hai|number|2}} hướng tiến công: đánh xuống \
        đồng bằng ven biển phía đông; vượt sông lên vùng rừng núi phía tây của cao nguyên.
        Trận đánh mở màn kéo dài {{hai|number|2}} ngày và khiến quân phòng thủ phải rút khỏi \
        toàn bộ các đồn bốt ở phía nam của cao nguyên.
        """);
    assertTrue(reasons(r, "hai").contains(SkipReason.COUNTABLE_LIST), r.report().format(r.bank()));
    assertTrue(NamedSeries.colonList(" tỉnh: Hòa An, Bình Lạc, Tân Phú và một số huyện khác."));
    assertFalse(NamedSeries.colonList(" tỉnh ở phía bắc: đó là vùng núi cao."), "one part, no list");
    assertFalse(NamedSeries.colonList(" Quân đoàn: A, B"), "a name before the colon, no noun");
    assertEquals(1, clozes(r).stream().filter(q -> q.answer().text().equals("hai")).count(),
        "the count with no list after it is asked");
  }

  @Test
  void theYearAnAnniversaryFallsInIsNotAsked() {
    Result r = gen("""
        Ngày thống nhất đất nước

        {{Năm 2015|date|2015}} đánh dấu {{40|number|40}} năm ngày thống nhất đất nước sau cuộc \
        chiến tranh kéo dài, với nhiều hoạt động tưởng niệm trên khắp cả nước.
        Cuộc chiến kết thúc vào {{năm 1975|date|1975}} khi quân giải phóng tiến vào thành phố \
        lớn nhất ở phía nam của đất nước.
        """);
    assertFalse(asked(r, "Năm 2015"), r.report().format(r.bank()));
    assertFalse(asked(r, "40"));
    assertTrue(reasons(r, "Năm 2015").contains(SkipReason.ANNIVERSARY));
    assertTrue(asked(r, "năm 1975"));
  }
}
