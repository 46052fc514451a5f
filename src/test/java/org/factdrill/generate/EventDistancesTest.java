package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A clause that states its distance in years from another event ("two years after the charter")
 * is no chronology item: beside that event it states the years-between's count and the order.
 * Its own cloze is still asked; a clause without such a distance is still paired. Invented texts
 * in English, Vietnamese and Hebrew, generated years and counts.
 */
class EventDistancesTest {
  private static final String[] EN_COUNTS = {"two", "three", "four", "five", "six", "seven",
      "eight", "nine"};
  private static final String[] VI_COUNTS = {"hai", "ba", "bốn", "năm", "sáu", "bảy", "tám",
      "chín"};

  private static boolean paired(Result r, String words) {
    return r.bank().questions().stream().anyMatch(q -> (q.type() == QuestionType.WHICHFIRST
        || q.type() == QuestionType.YEARSBETWEEN) && eventsOf(q).stream()
        .anyMatch(e -> e.text().contains(words)));
  }

  private static List<Question.Event> eventsOf(Question q) {
    return q instanceof Question.WhichFirst w ? w.events()
        : q instanceof Question.YearsBetween y ? y.events() : List.of();
  }

  @Property(tries = 30, seed = "1719")
  void anEnglishClauseThatCountsYearsFromAnotherEventIsNotPaired(
      @ForAll @IntRange(min = 1800, max = 1950) int year, @ForAll @IntRange(min = 0, max = 7) int k,
      @ForAll boolean digits) {
    int n = k + 2;
    String count = digits ? String.valueOf(n) : EN_COUNTS[k];
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN, """
        The harbour of Ardell

        The town council of Ardell granted the harbour its first charter in {{%1$d|date|%1$d}} after long talks.

        The new stone pier of the harbour was finished in {{%2$d|date|%2$d}}, %3$s years after the charter.

        The fishing families of the bay founded a cooperative of their own in {{%4$d|date|%4$d}} with help.
        """.formatted(year, year + n, count, year + n + 11)));
    assertFalse(paired(r, "stone pier"), r.report().format(r.bank()));
    assertTrue(paired(r, "cooperative"), r.report().format(r.bank()));
    assertFalse(Fixtures.clozes(r, String.valueOf(year + n)).isEmpty(), r.report().format(r.bank()));
  }

  @Property(tries = 30, seed = "1720")
  void aVietnameseClauseThatCountsYearsFromAnotherEventIsNotPaired(
      @ForAll @IntRange(min = 1800, max = 1950) int year, @ForAll @IntRange(min = 0, max = 7) int k,
      @ForAll boolean digits) {
    int n = k + 2;
    String count = digits ? String.valueOf(n) : VI_COUNTS[k];
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.VI, """
        Lịch sử cảng Vân Đồn

        Hội đồng thị xã Vân Đồn cấp hiến chương đầu tiên cho bến cảng vào {{năm %1$d|date|%1$d}} sau nhiều cuộc họp.

        Cầu tàu bằng đá của bến cảng được xây xong vào {{năm %2$d|date|%2$d}}, %3$s năm sau khi hiến chương được cấp.

        Các gia đình ngư dân trong vịnh lập một hợp tác xã đánh cá vào {{năm %4$d|date|%4$d}} với sự giúp đỡ của tỉnh.
        """.formatted(year, year + n, count, year + n + 11)));
    assertFalse(paired(r, "Cầu tàu"), r.report().format(r.bank()));
    assertTrue(paired(r, "hợp tác xã"), r.report().format(r.bank()));
  }

  @Test
  void theDistancePhrasesOfEachPack() {
    EventDistances d = new EventDistances();
    assertTrue(d.states(Language.EN, "The pier was finished, two years after the charter."));
    assertTrue(d.states(Language.EN, "Five years before the war began, the pier was finished."));
    assertTrue(d.states(Language.VI, "Cầu tàu được xây xong, 10 năm sau khi hiến chương được cấp."));
    assertTrue(d.states(Language.HE, "המזח הושלם שלוש שנים לאחר מתן האמנה."));
    assertTrue(d.states(Language.HE, "המזח הושלם שנתיים לפני המלחמה."));
    // A relative time of the sentence before, not a distance from a named event.
    assertFalse(d.states(Language.HE, "המזח הושלם שלוש שנים לאחר מכן."));
    assertFalse(d.states(Language.EN, "The pier was finished after two years of work."));
    assertFalse(d.states(Language.VI, "Cầu tàu được xây trong hai năm."));
  }
}
