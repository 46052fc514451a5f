package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.IntPredicate;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 69 (twenty-fourth session): a period "from A through B" whose clause dates an event C
 * inside it has no false start between A and C, nor a false end between C and B: such a
 * statement stays partly true. Sentences made up.
 */
class RangeInsideTest {
  private static final String H = String.valueOf(PromptBuilder.HOLE);

  @Test
  void aBlankedStartKeepsItsWrongYearsOutOfTheStretchBeforeAnInnerEvent() {
    IntPredicate ok = RangeInside.bound(Language.EN, "From " + H + " through 1966 the academy marked"
        + " its centenary, including the opening of its library in 1964.", 1961);
    for (int y = 1962; y <= 1964; y++) {
      assertFalse(ok.test(y), "start " + y);
    }
    assertTrue(ok.test(1958) && ok.test(1960) && ok.test(1965) && ok.test(1966));
  }

  @Test
  void aBlankedEndKeepsItsWrongYearsOutOfTheStretchAfterAnInnerEvent() {
    IntPredicate ok = RangeInside.bound(Language.EN, "From 1961 to " + H + " the academy marked"
        + " its centenary, including the opening of its library in 1963.", 1966);
    for (int y = 1963; y <= 1965; y++) {
      assertFalse(ok.test(y), "end " + y);
    }
    assertTrue(ok.test(1962) && ok.test(1967) && ok.test(1969));
  }

  @Test
  void aPeriodWithNoInnerYearAndAYearOutsideItAreLeftAlone() {
    IntPredicate none = RangeInside.bound(Language.EN, "From " + H + " through 1966 the academy"
        + " marked its centenary.", 1961);
    IntPredicate outside = RangeInside.bound(Language.EN, "From " + H + " through 1966 the academy"
        + " marked its centenary, founded in 1861.", 1961);
    IntPredicate notARange = RangeInside.bound(Language.EN, "In " + H + " the academy opened its"
        + " library, in 1964 its museum.", 1961);
    for (int y = 1955; y <= 1970; y++) {
      assertTrue(none.test(y) && outside.test(y) && notARange.test(y), "year " + y);
    }
  }

  @Test
  void theSameHoldsInVietnameseAndHebrew() {
    IntPredicate vi = RangeInside.bound(Language.VI, "Từ năm " + H + " đến năm 1966, học viện kỷ"
        + " niệm trăm năm, trong đó có lễ khánh thành thư viện năm 1964.", 1961);
    IntPredicate vi2 = RangeInside.bound(Language.VI, "Từ " + H + " đến 1966, học viện kỷ niệm trăm"
        + " năm, trong đó có lễ khánh thành thư viện năm 1964.", 1961);
    IntPredicate he = RangeInside.bound(Language.HE, "מ-" + H + " עד 1966 ציינה האקדמיה מאה שנה,"
        + " ובהן חנוכת הספרייה ב-1964.", 1961);
    assertFalse(vi2.test(1963));
    assertFalse(he.test(1963));
    assertTrue(he.test(1960) && he.test(1965));
    assertTrue(vi.test(1960));
  }

  @Test
  void aLifeSpanJoinedByADashKeepsEveryWrongYear() {
    IntPredicate life = RangeInside.bound(Language.EN, "Sir Alan Marr (" + H + "–1891; king from"
        + " 1858 to 1878) was the second ruler of the house.", 1840);
    for (int y = 1835; y <= 1880; y++) {
      assertTrue(life.test(y), "year " + y);
    }
  }

  @Test
  void noGeneratedOptionFallsBetweenTheStartAndTheInnerEvent(@TempDir Path dir) throws Exception {
    for (int seed = 1; seed <= 12; seed++) {
      Result r = RealText.generate(dir, "t" + seed + ".txt", "The Academy of Marr\n\n"
          + "The academy was founded in 1861 by a group of teachers from the northern towns.\n\n"
          + "From 1961 through 1966 the academy marked its centenary with public lectures, including"
          + " the opening of its new library in 1964.\n", seed);
      for (Question q : r.bank().questions()) {
        String p = q.prompt();
        if (!p.contains("through 1966")) {
          continue;
        }
        for (int y = 1962; y <= 1964; y++) {
          String shown = "From " + y + " through";
          assertFalse(q instanceof Question.TrueFalse && p.contains(shown), p);
          assertFalse(q instanceof Question.Choice c && c.options().contains(String.valueOf(y)),
              p + " " + q);
        }
      }
    }
  }
}
