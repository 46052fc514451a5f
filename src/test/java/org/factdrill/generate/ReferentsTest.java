package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Words whose referent is named before them (Referents, pack referents.txt), on sentences made up
 * for each rule: a subject dropped before an aspect word, a quantifier or pronoun with nothing
 * named before it, a day counted from another day; each with a near case that must stay asked.
 */
class ReferentsTest {

  private static Result gen(Language lang, String marked) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", lang, marked));
  }

  private static Optional<Question> cloze(Result r, String answer) {
    return r.bank().questions().stream()
        .filter(q -> q.type() == QuestionType.CLOZE && q.answer().text().equals(answer)).findFirst();
  }

  private static Set<SkipReason> reasons(Result r, String answer) {
    return r.report().skipped().stream().filter(s -> s.text().equals(answer))
        .map(Report.Skipped::reason).collect(Collectors.toSet());
  }

  @Test
  void aClauseOpeningWithAnAspectWordGetsTheSentenceThatNamesItsSubject() {
    Result r = gen(Language.VI, """
        Chiến dịch mùa xuân

        Tướng Trần Văn Khải chỉ huy sư đoàn bộ binh trong suốt chiến dịch mùa xuân ở vùng cao. Đã rút \
        khỏi thị xã vào {{năm 1972|date|1972}} sau ba tuần giao tranh ác liệt với đối phương.
        """);
    Question q = cloze(r, "năm 1972").orElseThrow(() -> new AssertionError(r.report().format(r.bank())));
    assertTrue(q.prompt().contains("Trần Văn Khải"), q.prompt());
  }

  @Test
  void aClauseOpeningAParagraphWithAnAspectWordIsNotAsked() {
    Result r = gen(Language.VI, """
        Chiến dịch mùa xuân

        Đã rút khỏi thị xã vào {{năm 1972|date|1972}} sau ba tuần giao tranh ác liệt với đối phương.
        """);
    assertTrue(cloze(r, "năm 1972").isEmpty(), r.report().format(r.bank()));
    assertTrue(reasons(r, "năm 1972").contains(SkipReason.DANGLING_START));
  }

  @Test
  void aParticiplePhraseSetOffByACommaHasItsSubjectAfterIt() {
    Result r = gen(Language.VI, """
        Lịch sử trường Quốc học

        Được thành lập vào {{năm 1896|date|1896}}, trường Quốc học nhanh chóng trở thành nơi đào tạo \
        của nhiều thế hệ học sinh miền Trung.
        """);
    assertTrue(cloze(r, "năm 1896").isPresent(), r.report().format(r.bank()));
    Result without = gen(Language.VI, """
        Lịch sử trường Quốc học

        Được bầu làm hiệu trưởng vào {{năm 1946|date|1946}} trong kỳ họp đầu tiên của hội đồng nhà trường.
        """);
    assertTrue(cloze(without, "năm 1946").isEmpty(), without.report().format(without.bank()));
  }

  @Test
  void anExistentialOpeningKeepsItsQuestion() {
    Result r = gen(Language.VI, """
        Trận lụt ở đồng bằng

        Đã có hơn {{3.000|number|3000}} ngôi nhà bị nước cuốn trôi trong trận lụt lớn ở đồng bằng sông Hồng.
        """);
    assertTrue(cloze(r, "3.000").isPresent(), r.report().format(r.bank()));
  }

  @Test
  void bothSidesWithNothingNamedBeforeThemAreNotAsked() {
    Result r = gen(Language.VI, """
        Hội nghị đình chiến

        Hai bên ký hiệp định đình chiến vào {{năm 1954|date|1954}} sau nhiều tuần đàm phán căng thẳng.
        """);
    assertTrue(cloze(r, "năm 1954").isEmpty(), r.report().format(r.bank()));
    assertTrue(reasons(r, "năm 1954").contains(SkipReason.DANGLING_START));
  }

  @Test
  void bothSidesTakeTheSentenceBeforeThatNamesThem() {
    Result r = gen(Language.VI, """
        Hội nghị đình chiến

        Pháp và Việt Minh đàm phán suốt nhiều tuần tại Genève với sự có mặt của các nước lớn. Hai bên \
        ký hiệp định đình chiến vào {{năm 1954|date|1954}} sau nhiều tuần đàm phán căng thẳng.
        """);
    Question q = cloze(r, "năm 1954").orElseThrow(() -> new AssertionError(r.report().format(r.bank())));
    assertTrue(q.prompt().contains("Việt Minh"), q.prompt());
  }

  @Test
  void bothSidesNamedEarlierInTheSentenceNeedNothingMore() {
    Result r = gen(Language.VI, """
        Hội nghị đình chiến

        Câu chuyện bắt đầu ở một thành phố nhỏ bên hồ. Pháp và Việt Minh ký hiệp định, cả hai bên đồng \
        ý ngừng bắn từ {{năm 1954|date|1954}} trên toàn cõi Đông Dương.
        """);
    Question q = cloze(r, "năm 1954").orElseThrow(() -> new AssertionError(r.report().format(r.bank())));
    assertFalse(q.prompt().contains("thành phố nhỏ"), q.prompt());
  }

  @Test
  void theNextDayTakesTheSentenceWithTheDayItCountsFrom() {
    Result r = gen(Language.VI, """
        Trận Chợ Mới

        Quân Pháp tấn công đồn Chợ Mới vào {{ngày 3 tháng 3 năm 1947|date|1947-03-03}}. Hôm sau, \
        {{200|number|200}} lính được đưa tới tiếp viện cho đồn.
        """);
    Question q = cloze(r, "200").orElseThrow(() -> new AssertionError(r.report().format(r.bank())));
    assertTrue(q.prompt().contains("ngày 3 tháng 3 năm 1947"), q.prompt());
  }

  @Test
  void theNextDayAfterOnlyAYearIsNotAsked() {
    Result r = gen(Language.VI, """
        Trận Chợ Mới

        Quân Pháp tấn công đồn Chợ Mới vào {{năm 1947|date|1947}}. Hôm sau, {{200|number|200}} lính \
        được đưa tới tiếp viện cho đồn.
        """);
    assertTrue(cloze(r, "200").isEmpty(), r.report().format(r.bank()));
    assertTrue(reasons(r, "200").contains(SkipReason.RELATIVE_TIME));
  }

  @Test
  void aDayCountedFromTheBlanksOwnDateNeedsNothingMore() {
    Result r = gen(Language.EN, """
        The river crossing

        The army crossed the river on {{12 May 1940|date|1940-05-12}} and the same day its tanks \
        reached the first town beyond the bridge.
        """);
    assertTrue(cloze(r, "12 May 1940").isPresent(), r.report().format(r.bank()));
  }

  @Test
  void theBlankRestatingTheNextDayIsNotAskedWithTheDayItCountsFrom() {
    // Class 47 of the twentieth review: a blank that writes its day and month restates the day
    // phrase (its apposition) and is asked; never beside the day it counts from (a subtraction).
    Result r = gen(Language.EN, """
        The river crossing

        The army crossed the river on {{12 May 1940|date|1940-05-12}}. The next day, on \
        {{13 May 1940|date|1940-05-13}}, its tanks reached the first town beyond the bridge.
        """);
    assertTrue(cloze(r, "13 May 1940").stream().noneMatch(q -> q.prompt().contains("12 May")),
        r.report().format(r.bank()));
  }

  @Test
  void theDropsSubjectRuleReadsOnlyThePacksWords() {
    Referents vi = Referents.of(Language.VI);
    assertTrue(vi.dropsSubject("Đã ký hiệp ước với nhà Thanh."));
    assertTrue(vi.dropsSubject("“Vẫn giữ chức thượng thư cho tới khi mất.”"));
    assertFalse(vi.dropsSubject("Đã có hơn 300 người chết."));
    assertFalse(vi.dropsSubject("Đà Nẵng đã bị chiếm."));
    assertFalse(vi.dropsSubject("Đãi tiệc ở kinh thành."), "a word that only begins with an opener");
    assertTrue(Referents.of(Language.EN).dropsSubject("Was appointed ambassador in 1995."));
    assertFalse(Referents.of(Language.EN).dropsSubject("Was it the first treaty of its kind?"));
    assertFalse(Referents.of(Language.HE).dropsSubject("הגיעו החיילים לעיר."));
    List<String> none = List.of();
    assertFalse(new Referents(none, false).dropsSubject("Đã ký hiệp ước."));
  }
  @Test
  void aCountOfDaysCountedFromADayTheBlankDoesNotShowIsNotAsked() {
    Result r = gen(Language.VI, """
        Đảo chính ở Đông Dương

        Quân đội Nhật đảo chính Pháp ở Đông Dương vào {{ngày 9 tháng 3 năm 1945|date|1945-03-09}}. \
        {{15|number|15}} ngày sau, chính quyền lưu vong ra một tuyên ngôn về Đông Dương.
        """);
    assertTrue(cloze(r, "15").isEmpty(), r.report().format(r.bank()));
  }

  @Test
  void suchUprisingsTakeTheSentenceThatSaysWhich() {
    Result r = gen(Language.VI, """
        Phong trào nông dân

        Những cuộc khởi nghĩa nông dân Bắc Hà nổ ra liên tiếp trong nửa đầu thế kỉ XIX. Sử cũ ghi lại \
        có hơn {{300|number|300}} cuộc khởi nghĩa như vậy ở khắp các trấn.

        Như vậy, triều đình đã huy động {{5.000|number|5000}} quân ra Bắc Hà để đàn áp các cuộc nổi dậy.
        """);
    Question q = cloze(r, "300").orElseThrow(() -> new AssertionError(r.report().format(r.bank())));
    assertTrue(q.prompt().contains("Bắc Hà"), q.prompt());
    assertTrue(cloze(r, "5.000").isPresent(), "'Như vậy,' opening is a connective: "
        + r.report().format(r.bank()));
  }
}
