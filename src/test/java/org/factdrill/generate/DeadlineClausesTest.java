package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;

/**
 * Issue 20, rubric 6: a fronted Vietnamese "đến"/"tới" date whose clause is in the perfect ("Đến
 * năm Y, quân đội đã …") is a deadline, "by Y": a later date is true as well, an earlier one
 * undecided, so neither a choice nor a true/false item is made; with "vẫn" (still) it is a state
 * at Y. Without the perfect ("Đến năm Y, X lên ngôi") the date is the event's own and every other
 * date is false. A bound phrase's "…" stands for the few words of the clause's subject.
 * Invented sentences, over generated years and subjects.
 */
class DeadlineClausesTest {
  private static final DateSides SIDES = new DateSides();
  private static final List<String> SUBJECTS = List.of("quân đội", "[[Quân đội Hoàng gia]]",
      "triều đình nhà Lý ở kinh thành", "nghĩa quân");

  private static Result gen(String marked, long seed) {
    return Fixtures.generate(seed, Fixtures.doc("t.txt", Language.VI,
        "Những cuộc chiến ở miền núi\n\n" + marked + "\n"));
  }

  @Property(tries = 40, seed = "1616")
  void aPerfectClauseAfterAFrontedDateMakesNoChoiceNorTrueFalse(
      @ForAll @IntRange(min = 1100, max = 1980) int year,
      @ForAll @IntRange(min = 0, max = 3) int subject, @ForAll @IntRange(min = 0, max = 1) int word,
      @ForAll long seed) {
    String prep = word == 0 ? "Đến" : "Tới";
    Result r = gen(prep + " {{năm " + year + "|date|" + year + "}}, " + SUBJECTS.get(subject)
        + " đã mất hầu hết các đồn lũy dọc biên giới phía bắc.", seed);
    assertTrue(r.bank().questions().stream().noneMatch(q -> q.type() == QuestionType.CHOICE
        || q.type() == QuestionType.TRUEFALSE), r.bank().questions().toString());
    assertEquals(1, Fixtures.clozes(r, "năm " + year).size(), r.report().format(r.bank()));
  }

  @Property(tries = 20, seed = "1616")
  void aFrontedDateOfAnEventStillGetsItsChoice(@ForAll @IntRange(min = 1100, max = 1980) int year) {
    boolean choice = false;
    for (long seed = 1; seed <= 4 && !choice; seed++) {
      Result r = gen("Đến {{năm " + year + "|date|" + year + "}}, vua Lê Thánh Tông mở khoa thi "
          + "đầu tiên ở kinh thành Thăng Long.", seed);
      choice = r.bank().questions().stream().anyMatch(q -> q.type() == QuestionType.CHOICE);
    }
    assertTrue(choice, "no perfect: the year is the event's");
  }

  @org.junit.jupiter.api.Test
  void theGapStandsForAFewWordsOfOneClauseOnly() {
    assertEquals(HedgePolicy.Side.BELOW, SIDES.bound(Language.VI, "x đến ", ", quân đội đã mất"));
    assertEquals(HedgePolicy.Side.BELOW, SIDES.bound(Language.VI, "Đến ", ", đã có ba đồn"));
    assertEquals(HedgePolicy.Side.BELOW, SIDES.bound(Language.VI, "x tới ", ", ông vẫn giữ chức"));
    assertEquals(HedgePolicy.Side.EITHER, SIDES.bound(Language.VI, "x đến ", ", vua lên ngôi"));
    assertEquals(HedgePolicy.Side.EITHER, SIDES.bound(Language.VI, "x đến ",
        ", vua lên ngôi, quân đội đã"), "another clause after a comma");
    assertEquals(HedgePolicy.Side.EITHER, SIDES.bound(Language.VI, "x đến ",
        ", một hai ba bốn năm sáu bảy tám chín mười đã"), "more words than a subject");
    assertFalse(DateSides.after(", … đã").matcher(", quân đội đang đánh").find());
  }
}
