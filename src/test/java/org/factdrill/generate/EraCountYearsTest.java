package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;

/**
 * Issue 20, rubric 3 and 5: a year in another era's count in brackets beside the common-era year
 * ("năm Y (Phật lịch Y+544)") restates that year: it is never the blank, and when the common-era
 * year is the blank, the bracket leaves the prompt with it (the student could count back from
 * it); nor is a year whose era is named right after it ("năm 2510 Phật lịch"), which is no year
 * of the common era. Invented sentences over generated years and every era name of the pack.
 */
class EraCountYearsTest {
  private static final List<String> ERAS = List.of("Phật lịch", "Dân quốc", "Hoàng kỷ");

  @Property(tries = 30, seed = "1616")
  void theOtherErasYearIsNeverAskedNorShownBesideTheBlank(
      @ForAll @IntRange(min = 1920, max = 1990) int year, @ForAll @IntRange(min = 0, max = 2) int era,
      @ForAll @IntRange(min = 10, max = 2600) int other) {
    String name = ERAS.get(era);
    Result r = Fixtures.generate(Language.VI, "Lịch sử các ngôi chùa\n\nNăm {{" + year + "|date|" + year
        + "}} (" + name + " {{" + other + "|number|" + other + "}}), các tăng ni dựng lại ngôi chùa "
        + "cổ bên bờ sông sau trận lụt lớn.\n");
    for (Question q : r.bank().questions()) {
      assertFalse(q.answer().text().equals(String.valueOf(other)), q.prompt());
      assertFalse(q.prompt().contains(name), q.prompt());
    }
    assertTrue(Fixtures.clozes(r, String.valueOf(year)).size() == 1, r.report().format(r.bank()));
  }

  @Property(tries = 20, seed = "1616")
  void aYearWhoseEraIsNamedAfterItIsNotAskedAsACommonEraYear(
      @ForAll @IntRange(min = 1000, max = 2600) int year, @ForAll @IntRange(min = 0, max = 2) int era,
      @ForAll @IntRange(min = 12, max = 900) int n) {
    // vi16a: "năm 2510 Phật lịch" is a year of that era, not year 2510 of the common era.
    Result r = Fixtures.extracted(Language.VI, "Năm " + year + " " + ERAS.get(era) + ", các tăng ni"
        + " dựng lại " + n + " ngôi chùa cổ bên bờ sông Quorvex sau trận lụt lớn.\n");
    for (Question q : r.bank().questions()) {
      assertFalse(q.answer().text().contains(String.valueOf(year)), q.prompt());
    }
    assertFalse(Fixtures.asking(r, String.valueOf(n)).isEmpty(), r.report().format(r.bank()));
  }

  @Property(tries = 20, seed = "1616")
  void aCountAfterOtherWordsIsStillAsked(@ForAll @IntRange(min = 12, max = 900) int n) {
    Result r = Fixtures.generate(Language.VI, "Lịch sử các ngôi chùa\n\nNăm 1932, các tăng ni dựng "
        + "lại {{" + n + "|number|" + n + "}} ngôi chùa cổ bên bờ sông sau trận lụt lớn.\n");
    assertTrue(Fixtures.clozes(r, String.valueOf(n)).size() == 1, r.report().format(r.bank()));
  }
}
