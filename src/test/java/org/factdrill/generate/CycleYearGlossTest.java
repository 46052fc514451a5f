package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.IntStream;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A Gregorian year asked beside its name in the sexagenary cycle or a lunar date
 * (OtherCalendarGloss); made-up sentences.
 */
class CycleYearGlossTest {

  private static Result gen(String marked) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", Language.VI, marked));
  }

  private static Optional<Question> cloze(Result r, String answer) {
    return r.bank().questions().stream()
        .filter(q -> q.type() == QuestionType.CLOZE && q.answer().text().equals(answer)).findFirst();
  }

  @Test
  void aCycleNameOfTheAnswersYearKeepsItFromBeingAsked() {
    Result r = gen("""
        Quân Thanh ở Thăng Long

        Quân Thanh kéo vào Thăng Long cuối năm Mậu Thân {{1788|date|1788}} rồi bị đánh bại ở ngoại thành.
        """);
    assertTrue(cloze(r, "1788").isEmpty(), r.report().format(r.bank()));
  }

  @Test
  void aCycleNameOfAnotherYearGivesNothingAway() {
    Result r = gen("""
        Quân Thanh ở Thăng Long

        Cuộc khởi nghĩa nổ ra năm Giáp Thìn ở vùng núi phía tây của trấn Thanh Hoa và kết thúc vào \
        {{năm 1790|date|1790}} sau nhiều trận đánh lớn.
        """);
    assertTrue(cloze(r, "năm 1790").isPresent(), r.report().format(r.bank()));
  }

  @Test
  void aNumberRightAfterACycleNameIsTheYearItNames() {
    Result r = gen("""
        Các vị vua đời Tiền Lê

        Vua Lê Văn An sinh năm Tân Sửu {{941|number|941}} tại trang Bảo Thái, châu Ái, ở phía nam kinh thành.
        """);
    assertTrue(cloze(r, "941").isEmpty(), r.report().format(r.bank()));
  }

  @Test
  void aBracketedCycleNameBesideTheBlankLeavesWithIt() {
    Result r = gen("""
        Các nhà giáo xứ Nghệ

        Nhà giáo Trần Văn Giáp sinh {{năm 1883|date|1883}} (Quý Mùi) tại làng Kiều Linh, tỉnh Hà Tĩnh.
        """);
    Question q = cloze(r, "năm 1883").orElseThrow(() -> new AssertionError(r.report().format(r.bank())));
    assertFalse(q.prompt().contains("Quý Mùi"), q.prompt());
    assertTrue(q.prompt().contains("sinh _____ tại làng"), q.prompt());
  }

  @Test
  void aBracketedLunarDateBesideTheBlankLeavesWithIt() {
    Result r = gen("""
        Trận Ngọc Hồi

        Quân Tây Sơn tiến vào Thăng Long {{ngày 30 tháng 1 năm 1789|date|1789-01-30}} ({{mồng 5 tháng \
        Giêng|date|--01-05}} âm lịch) sau khi phá đồn Ngọc Hồi.
        """);
    Question q = cloze(r, "ngày 30 tháng 1 năm 1789")
        .orElseThrow(() -> new AssertionError(r.report().format(r.bank())));
    assertFalse(q.prompt().contains("âm lịch"), q.prompt());
  }

  @Test
  void aSolarYearInBracketsAfterItsCycleNameIsAskedWithoutTheNameOrTheReignYear() {
    Result r = gen("""
        Các khoa thi cuối thế kỷ

        Năm Giáp Ngọ ({{1894|date|1894}}) là năm Thành Thái thứ 6, triều đình mở khoa thi hương ở \
        nhiều tỉnh miền Trung.
        """);
    Question q = cloze(r, "1894").orElseThrow(() -> new AssertionError(r.report().format(r.bank())));
    assertFalse(q.prompt().contains("Giáp Ngọ"), q.prompt());
    assertFalse(q.prompt().contains("Thành Thái"), q.prompt());
    assertTrue(q.prompt().startsWith("Năm _____, triều đình mở khoa thi"), q.prompt());
  }

  @Test
  void aBracketedYearAfterItsCycleNameLosesTheNameEvenWithoutAReignYear() {
    Result r = gen("""
        Đê sông Hồng

        Sau trận lụt lớn năm Đinh Dậu ({{1897|date|1897}}), dân các huyện ven sông đắp lại toàn bộ \
        đoạn đê bị vỡ.
        """);
    Question q = cloze(r, "1897").orElseThrow(() -> new AssertionError(r.report().format(r.bank())));
    assertFalse(q.prompt().contains("Đinh Dậu"), q.prompt());
    assertTrue(q.prompt().contains("lụt lớn năm _____, dân các huyện"), q.prompt());
  }

  @Test
  void aBracketAfterALunarDateEndingInACycleYearGlossesTheWholeDate() {
    String hole = String.valueOf(PromptBuilder.HOLE);
    for (String raw : new String[] {
        "Nghe tin, ngày 12 tháng 10 năm Bính Thân (" + hole + "), quân ta lên đường.",
        "Tháng Chạp năm Bính Thân (" + hole + "), quân ta lên đường."}) {
      String out = CalendarGloss.without(Language.VI, raw, 1896);
      assertTrue(out.contains("Bính Thân"), out);
      assertFalse(out.contains("năm " + hole), out);
    }
  }

  @Test
  void aCycleNameOfAnotherYearBeforeABracketedYearIsNoGlossOfIt() {
    String hole = String.valueOf(PromptBuilder.HOLE);
    String raw = "Sau trận lụt năm Bính Thân (" + hole + "), dân đắp đê.";
    assertTrue(CalendarGloss.without(Language.VI, raw, 1897).contains("Bính Thân"),
        "Bính Thân is 1896, not 1897");
    assertFalse(CalendarGloss.without(Language.VI, raw, 1896).contains("Bính Thân"));
  }

  @Test
  void everyYearHasExactlyOneCycleNameAndItRepeatsAfterSixty() {
    for (int year = 1800; year < 1860; year++) {
      int y = year;
      long names = IntStream.range(0, 10).boxed().flatMap(s -> IntStream.range(0, 12)
          .filter(b -> OtherCalendarGloss.names(y, s, b)).boxed()).count();
      assertTrue(names == 1, "year " + year);
      for (int s = 0; s < 10; s++) {
        for (int b = 0; b < 12; b++) {
          assertTrue(OtherCalendarGloss.names(y, s, b) == OtherCalendarGloss.names(y + 60, s, b));
        }
      }
    }
    assertTrue(OtherCalendarGloss.names(1984, 0, 0), "1984 is Giáp Tý");
    assertTrue(OtherCalendarGloss.names(1968, 4, 8), "1968 is Mậu Thân");
  }

  @Test
  void aDayOfJanuaryMayStillBeInTheOldLunarYear() {
    String hole = String.valueOf(PromptBuilder.HOLE);
    assertTrue(OtherCalendarGloss.givesAway(Language.VI, "Tết Đinh Mùi, " + hole + ", quân …",
        new Value.Date("1968-01-30")) != null, "Đinh Mùi is 1967");
    assertNull(OtherCalendarGloss.givesAway(Language.VI, "Tết Đinh Mùi, " + hole + ", quân …",
        new Value.Date("1968-05-30")));
    assertNull(OtherCalendarGloss.givesAway(Language.EN, "In " + hole + " …", new Value.Date("1968")));
  }

  @Test
  void aLineOpeningItemNumberAndACountOfPeopleThankedAreNotAsked() {
    Result r = gen("""
        Các vị vua đời Tiền Lê

        {{1|number|1}}/ Vua Lê Văn An lên ngôi {{năm 980|date|980}} sau khi nhà Đinh suy yếu và mất ngôi.

        Ban biên tập xin cảm ơn {{12|number|12}} cộng tác viên đã gửi tư liệu cho bài viết về nhà Tiền Lê.
        """);
    assertTrue(cloze(r, "1").isEmpty(), r.report().format(r.bank()));
    assertTrue(cloze(r, "năm 980").isPresent(), r.report().format(r.bank()));
    assertTrue(cloze(r, "12").isEmpty(), r.report().format(r.bank()));
  }
  @Test
  void oldSpellingsAndHyphensOfCycleNamesCount() {
    String hole = String.valueOf(PromptBuilder.HOLE);
    assertTrue(OtherCalendarGloss.givesAway(Language.VI, "vua mất năm giáp-thìn " + hole + " ở kinh thành",
        new Value.Num(java.math.BigDecimal.valueOf(1844))) != null);
    assertTrue(OtherCalendarGloss.givesAway(Language.VI, "năm quí-mảo " + hole,
        new Value.Num(java.math.BigDecimal.valueOf(1843))) != null);
  }

  @Test
  void aCountOfPastYearsIsNoLastYear() {
    RelativeTime rt = new RelativeTime();
    String counted = "Nhìn lại 20 năm qua, tôi thấy một đất nước năng động.";
    // "the past 20 years" counts back from an unstated now: no year at all, never "last year"
    assertTrue(rt.find(Language.VI, counted, 0, counted.length()).stream()
        .allMatch(f -> f.kind() == RelativeTime.Kind.NEVER));
    String last = "Trong năm qua, tôi đã thăm ba tỉnh miền Trung.";
    assertFalse(rt.find(Language.VI, last, 0, last.length()).isEmpty());
  }
}
