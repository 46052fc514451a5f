package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, option shape: the answer is never alone at one end far from a cluster of wrong
 * options, and its rank among the options is drawn at random, so it sits at either end as often
 * as inside (an answer never at an end would be a pattern a student learns). Generated years and
 * counts.
 */
class LoneAnswerTest {
  private static final Language[] LANGS = {Language.EN, Language.VI, Language.HE};

  private static Option year(int y) {
    Value v = new Value.Date(String.valueOf(y));
    return new Option(v, String.valueOf(y), Distractors.sortKey(v));
  }

  private static List<Option> years(int... ys) {
    List<Option> out = new ArrayList<>();
    for (int y : ys) {
      out.add(year(y));
    }
    return out;
  }

  @Test
  void aClusterOnOneSideFarFromTheAnswerIsolatesIt() {
    assertTrue(LoneAnswer.isolated(years(1975, 1976, 1977), new Value.Date("1989")));
    assertTrue(LoneAnswer.isolated(years(1902, 1904, 1905), new Value.Date("1880")));
    // Three wrong years a few apart, the answer alone beyond them by more than their spacing.
    assertTrue(LoneAnswer.isolated(years(1961, 1964, 1966), new Value.Date("1972")));
    assertTrue(LoneAnswer.isolated(years(2004, 2006, 2008), new Value.Date("2011")));
    assertFalse(LoneAnswer.isolated(years(2004, 2006, 2008), new Value.Date("2010")));
    assertFalse(LoneAnswer.isolated(years(1944, 1947, 1948), new Value.Date("1942")));
    assertFalse(LoneAnswer.isolated(years(1975, 1980, 1990), new Value.Date("1985")));
    assertFalse(LoneAnswer.isolated(years(1960, 1970, 1975), new Value.Date("1980")));
  }

  /** A year without bound: the answer never isolated. */
  @Property(tries = 2000, seed = "1616")
  void unboundedYearsNeverIsolateTheAnswer(@ForAll @IntRange(min = 1100, max = 2024) int y,
      @ForAll @IntRange(min = 0, max = 2) int langIndex,
      @ForAll @IntRange(min = 1, max = 1_000_000) int seed) {
    String shown = String.valueOf(y);
    Fact f = new Fact(0, 4, shown, FactKind.DATE, new Value.Date(shown), null, false, null);
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Integer> corpus = new ArrayList<>();
    for (int i = rnd.nextInt(6); i > 0; i--) {
      corpus.add(y - 60 + rnd.nextInt(121));
    }
    List<Option> wrong = new Distractors(corpus).wrong(f, shown, LANGS[langIndex], 3, rnd,
        Set.of(), HedgePolicy.Side.EITHER);
    assertTrue(wrong.size() == 3, y + ": " + wrong);
    assertFalse(LoneAnswer.isolated(wrong, f.value()), y + " isolated in " + wrong);
  }

  /** A count without hedge: the answer never isolated. */
  @Property(tries = 2000, seed = "1616")
  void unboundedCountsNeverIsolateTheAnswer(@ForAll @IntRange(min = 12, max = 990) int mantissa,
      @ForAll @IntRange(min = 0, max = 4) int zeros,
      @ForAll @IntRange(min = 0, max = 2) int langIndex,
      @ForAll @IntRange(min = 1, max = 1_000_000) int seed) {
    BigDecimal n = BigDecimal.valueOf(mantissa).movePointRight(zeros);
    String shown = n.toPlainString();
    Fact f = new Fact(0, shown.length(), shown, FactKind.NUMBER, new Value.Num(n), null, false,
        null);
    List<Option> wrong = new Distractors(List.of()).wrong(f, shown, LANGS[langIndex], 3,
        new SplittableRandom(seed), Set.of(), HedgePolicy.Side.EITHER);
    if (wrong.size() == 3) {
      assertFalse(LoneAnswer.isolated(wrong, f.value()), n + " isolated in " + wrong);
    }
  }

  /**
   * Where only one side has candidates (a bound of the document), the options keep the answer
   * close to them: isolated only when even the three nearest candidates leave it so (and then
   * no choice is made).
   */
  @Property(tries = 2000, seed = "1616")
  void oneSidedCandidatesLeaveTheAnswerIsolatedOnlyWhenNoNearerSetExists(
      @ForAll @IntRange(min = 1200, max = 2024) int y,
      @ForAll @IntRange(min = 1, max = 1_000_000) int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Option> below = new ArrayList<>();
    for (int i = 3 + rnd.nextInt(8); i > 0; i--) {
      Option o = year(y - 1 - rnd.nextInt(80));
      if (!below.contains(o)) {
        below.add(o);
      }
    }
    List<Option> all = new ArrayList<>(below);
    Value answer = new Value.Date(String.valueOf(y));
    List<Option> out = OptionSides.pick(below, new ArrayList<>(), HedgePolicy.Side.EITHER, 3,
        rnd, answer);
    if (LoneAnswer.isolated(out, answer)) {
      all.sort(Comparator.comparing(o -> -((Value.Date) o.value()).year()));
      List<Option> nearest = all.subList(0, 3);
      assertTrue(LoneAnswer.isolated(nearest, answer)
          || Grid.singlesOut(nearest, Grid.number(answer)), y + ": " + out + " vs " + nearest);
    }
  }

  @Test
  void theAnswerOfAnUnboundedYearSitsAtEveryRank() {
    int[] rank = new int[4];
    SplittableRandom draw = new SplittableRandom(12);
    for (int k = 0; k < 2000; k++) {
      int y = 1300 + draw.nextInt(700);
      String shown = String.valueOf(y);
      Fact f = new Fact(0, 4, shown, FactKind.DATE, new Value.Date(shown), null, false, null);
      List<Option> wrong = new Distractors(List.of()).wrong(f, shown, Language.EN, 3,
          new SplittableRandom(draw.nextLong()), Set.of(), HedgePolicy.Side.EITHER);
      if (wrong.size() == 3) {
        rank[(int) wrong.stream().filter(o -> o.sortKey().compareTo(Distractors.sortKey(
            f.value())) < 0).count()]++;
      }
    }
    for (int r = 0; r < 4; r++) {
      assertTrue(rank[r] > 2000 / 10, "rank " + (r + 1) + ": " + java.util.Arrays.toString(rank));
    }
  }
}
