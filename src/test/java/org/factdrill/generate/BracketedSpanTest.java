package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A period in round brackets after a name ("The war (1861–1865) …", a person's life dates, a
 * reign) is never asked by blanking one of its ends: "(_____–1865)" asks a detail of an aside.
 * How long it lasted may still be asked, and a period in the running text keeps its ends.
 */
class BracketedSpanTest {
  /** Invented sentences, {P} the bracketed period after a name, per language. */
  private static final Map<Language, String> AFTER_NAME = Map.of(
      Language.EN, "The Varkos Rebellion {P} was a rising of the hill towns against the crown.",
      Language.VI, "Cuộc khởi nghĩa Varkos {P} là cuộc nổi dậy của các thị trấn miền núi chống triều đình.",
      Language.HE, "מרד וארקוס {P} היה התקוממות של עיירות ההר נגד הכתר.");

  private static List<Question> asking(Result r, String year) {
    return r.bank().questions().stream().filter(q -> (q.type() == QuestionType.CLOZE
        || q.type() == QuestionType.CHOICE || q.type() == QuestionType.TRUEFALSE)
        && q.answer().text().equals(year)).toList();
  }

  @Property(tries = 30, seed = "1616")
  void neitherEndOfABracketedPeriodAfterANameIsAsked(
      @ForAll @IntRange(min = 1100, max = 1980) int start,
      @ForAll @IntRange(min = 3, max = 40) int length) {
    int end = start + length;
    for (Map.Entry<Language, String> e : AFTER_NAME.entrySet()) {
      for (String dash : List.of("–", "-", " – ")) {
        String text = e.getValue().replace("{P}", "(" + start + dash + end + ")") + "\n";
        Result r = Fixtures.extracted(e.getKey(), text);
        assertEquals(List.of(), asking(r, String.valueOf(start)), text);
        assertEquals(List.of(), asking(r, String.valueOf(end)), text);
        assertTrue(Fixtures.skipped(r, SkipReason.RANGE_END, String.valueOf(start))
            && Fixtures.skipped(r, SkipReason.RANGE_END, String.valueOf(end)),
            r.report().format(r.bank()));
      }
    }
  }

  @Test
  void itsLengthIsStillAsked() {
    Result r = Fixtures.extracted(Language.EN, AFTER_NAME.get(Language.EN).replace("{P}", "(1861–1865)")
        + "\n");
    assertTrue(r.bank().questions().stream().anyMatch(q -> q.type() == QuestionType.DURATION),
        r.report().format(r.bank()));
  }

  @Test
  void lifeDatesAfterANameInsideALongerBracketAreNotAsked() {
    Result r = Fixtures.extracted(Language.VI, "Nguyễn Văn Tân (bút hiệu: Lê Sơn; 1871–1935) là một"
        + " nhà giáo và nhà nghiên cứu sử học của miền Trung.\n");
    assertEquals(List.of(), asking(r, "1871"));
    assertEquals(List.of(), asking(r, "1935"));
  }

  @Test
  void aPeriodOfDaysInBracketsIsNotAskedByItsEnds() {
    Result r = Fixtures.extracted(Language.EN, "The northern campaign (2 May – 5 June 1945) ended the"
        + " Hill War in the provinces of the kingdom.\n");
    for (Question q : r.bank().questions()) {
      // The whole period may be the blank; one end of it never is.
      assertFalse(q.prompt().matches("(?s).*(?:_____\\s*–|–\\s*_____).*"), q.prompt());
    }
    assertTrue(Fixtures.skipped(r, SkipReason.RANGE_END, "5 June 1945")
        || Fixtures.skipped(r, SkipReason.RANGE_END, "5 June"), r.report().format(r.bank()));
  }

  @Test
  void aPeriodInTheRunningTextKeepsItsEnds() {
    Result r = Fixtures.extracted(Language.EN, "The council of the northern towns met from 1890 to 1899"
        + " in the old capital of the kingdom.\n");
    assertFalse(asking(r, "1899").isEmpty(), r.report().format(r.bank()));
  }
}
