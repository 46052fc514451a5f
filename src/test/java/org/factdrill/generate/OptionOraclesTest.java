package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * Oracles for rubric line 6 (every wrong option wrong and plausible) that hold for any value:
 * no year option after the ceiling (the document's date, or today), every option inside a period
 * the context line shows, hedged years clear of their reach, and no two options (nor an option
 * and the answer) that read the same once displayed.
 */
class OptionOraclesTest {
  private static final List<Language> LANGS = List.of(Language.EN, Language.VI, Language.HE);

  private static Fact year(int y) {
    String t = String.valueOf(y);
    return new Fact(0, t.length(), t, FactKind.DATE, new Value.Date(t), null, false, null);
  }

  @Property(tries = 200, seed = "1616")
  void noYearOptionIsLaterThanTheCeiling(@ForAll @IntRange(min = 1000, max = 2026) int answer,
      @ForAll @IntRange(min = 0, max = 6) int ahead, @ForAll long seed) {
    int ceiling = Math.min(2026, answer + ahead);
    Distractors d = new Distractors(List.of(answer - 10, answer + 7, ceiling + 3));
    List<Option> wrong = d.wrong(year(answer), String.valueOf(answer), Language.EN, 3,
        new SplittableRandom(seed), Set.of(), HedgePolicy.Side.EITHER,
        YearCeiling.bound(answer, ceiling));
    for (Option o : wrong) {
      int y = ((Value.Date) o.value()).year();
      assertTrue(y <= ceiling, y + " after " + ceiling + " for " + answer);
    }
  }

  @Property(tries = 200, seed = "1616")
  void everyOptionLiesInsideTheDecadeOrCenturyShownAbove(
      @ForAll @IntRange(min = 1100, max = 1999) int answer, @ForAll boolean century,
      @ForAll long seed) {
    String iso = century ? String.valueOf(answer / 100) : String.valueOf(answer / 10);
    String heading = century ? (answer / 100 + 1) + "th century" : (answer / 10 * 10) + "s";
    Fact shown = new Fact(0, heading.length(), heading, FactKind.DATE, new Value.Date(iso), null,
        false, null);
    var window = YearOptions.window(answer, List.of(shown), "Trade in the " + heading);
    int[] p = YearOptions.period(iso);
    List<Option> wrong = new Distractors(List.of()).wrong(year(answer), String.valueOf(answer),
        Language.EN, 3, new SplittableRandom(seed), Set.of(), HedgePolicy.Side.EITHER, window);
    for (Option o : wrong) {
      int y = ((Value.Date) o.value()).year();
      assertTrue(y >= p[0] && y <= p[1], y + " outside " + heading);
    }
  }

  @Property(tries = 200, seed = "1616")
  void aHedgedYearsOptionsAreNeverWithinItsReach(
      @ForAll @IntRange(min = 1000, max = 2000) int answer, @ForAll long seed) {
    List<Option> wrong = new Distractors(List.of()).wrong(year(answer), String.valueOf(answer),
        Language.EN, 3, new SplittableRandom(seed), Set.of(), HedgePolicy.Side.EITHER,
        YearOptions.clearOfHedge(answer, true));
    for (Option o : wrong) {
      int y = ((Value.Date) o.value()).year();
      assertTrue(Math.abs(y - answer) >= YearOptions.APPROX_GAP, y + " near about " + answer);
    }
  }

  @Property(tries = 300, seed = "1616")
  void noTwoOptionsReadTheSame(@ForAll @IntRange(min = 2, max = 2_000_000) int n,
      @ForAll @IntRange(min = 0, max = 2) int lang, @ForAll boolean grouped,
      @ForAll long seed) {
    Language l = LANGS.get(lang);
    String sep = l == Language.EN ? "," : ".";
    String text = grouped && n >= 1000 ? String.format(Locale.ROOT, "%,d", n).replace(",", sep)
        : String.valueOf(n);
    Fact f = new Fact(0, text.length(), text, FactKind.NUMBER, new Value.Num(BigDecimal.valueOf(n)),
        null, false, null);
    Option answer = new Distractors(List.of()).answer(f, text, l);
    List<Option> wrong = new Distractors(List.of()).wrong(f, text, l, 3,
        new SplittableRandom(seed), Set.of());
    Set<String> seen = new HashSet<>();
    if (answer != null) {
      seen.add(norm(answer.text()));
    }
    for (Option o : wrong) {
      assertTrue(seen.add(norm(o.text())), o.text() + " repeats among " + wrong + " / " + text);
      assertFalse(o.value().json().equals(f.value().json()), "the answer as a wrong option");
    }
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
