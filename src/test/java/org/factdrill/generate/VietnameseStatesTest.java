package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;

/**
 * Issue 20, rubric 6: a Vietnamese clause that a year opens and that states a state (under a
 * rule, belonging, lying somewhere, reigning, holding, an ongoing action, a population) may hold in
 * other years too, so no wrong year is false without doubt; a change of state (began, came to the
 * throne, became) is an event whose year is. Invented clauses over generated years.
 */
class VietnameseStatesTest {
  private static final StativeClauses STATES = new StativeClauses();
  private static final List<String> STATE_CLAUSES = List.of(
      "xứ Hà Tiên nằm dưới quyền cai quản của họ Mạc",
      "vùng đất phía nam thuộc về nước Chân Lạp",
      "kinh đô nằm ở bờ bắc sông Hương",
      "vua Lê Hiển Tông trị vì trong cảnh triều chính suy yếu",
      "chúa Trịnh cai trị miền Bắc bằng phủ chúa",
      "ông làm vua ở thành Đồ Bàn",
      "quân Minh kiểm soát các thành lớn ở đồng bằng",
      "ông đang học ở trường Quốc Tử Giám",
      "dân số của phủ lên đến ba vạn người");
  private static final List<String> EVENT_CLAUSES = List.of(
      "vua Quang Trung lên ngôi ở núi Bân",
      "chúa Nguyễn bắt đầu cai trị vùng đất phía nam",
      "xứ Hà Tiên trở thành đất của chúa Nguyễn",
      "Nam Kỳ trở thành thuộc địa của Pháp",
      "quân Minh rút khỏi các thành lớn ở đồng bằng");

  private static boolean stative(String sentence, String date) {
    int at = sentence.indexOf(date);
    return STATES.stative(Language.VI, sentence, at, at + date.length());
  }

  @Property(tries = 40, seed = "1616")
  void aStateThatAYearOpensIsStative(@ForAll @IntRange(min = 900, max = 1990) int year,
      @ForAll @IntRange(min = 0, max = 8) int which, @ForAll boolean comma) {
    String date = "Năm " + year;
    assertTrue(stative(date + (comma ? ", " : " ") + STATE_CLAUSES.get(which) + ".", date));
  }

  @Property(tries = 30, seed = "1616")
  void aChangeOfStateIsAnEvent(@ForAll @IntRange(min = 900, max = 1990) int year,
      @ForAll @IntRange(min = 0, max = 4) int which) {
    String date = "Năm " + year;
    assertFalse(stative(date + ", " + EVENT_CLAUSES.get(which) + ".", date));
  }

  @Property(tries = 10, seed = "1616")
  void aStateAtAYearGetsNoChoiceNorTrueFalse(@ForAll @IntRange(min = 900, max = 1900) int year,
      @ForAll @IntRange(min = 0, max = 8) int which) {
    Result r = Fixtures.generate(Language.VI, "Lịch sử miền Nam\n\n{{Năm " + year + "|date|" + year
        + "}}, " + STATE_CLAUSES.get(which) + " và những vùng lân cận.\n");
    assertTrue(r.bank().questions().stream().noneMatch(q -> q.type() == QuestionType.CHOICE
        || q.type() == QuestionType.TRUEFALSE), r.bank().questions().toString());
  }
}
