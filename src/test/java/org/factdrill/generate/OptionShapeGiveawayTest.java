package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.Question;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, options that give the answer away by their shape: a count is never the only option
 * of its number of digits ("97" among 170, 240, 290); and a date that states a state at a time
 * ("as of 1918, X was ..."), which may hold before and after it, is neither a choice nor a
 * true/false item, in every pack.
 */
class OptionShapeGiveawayTest {
  private static final Language[] LANGS = {Language.EN, Language.VI, Language.HE,
      Language.fromCode("ru").orElseThrow()};

  /** Counts just below a power of ten, where larger wrong values have one digit more. */
  @Property(tries = 300, seed = "1616")
  void aCountIsNeverTheOnlyOptionOfItsDigits(@ForAll @IntRange(min = 80, max = 99) int base,
      @ForAll @IntRange(min = 0, max = 2) int zeros, @ForAll @IntRange(min = 0, max = 3) int lang,
      @ForAll @IntRange(min = 1, max = 1_000_000) int seed) {
    BigDecimal n = BigDecimal.valueOf(base).movePointRight(zeros);
    String shown = n.toPlainString();
    Fact f = new Fact(0, shown.length(), shown, FactKind.NUMBER, new Value.Num(n), null, false,
        null);
    List<Option> wrong = new Distractors(List.of()).wrong(f, shown, LANGS[lang], 3,
        new SplittableRandom(seed), Set.of());
    assertTrue(wrong.size() == 3, "three options for " + shown);
    boolean shared = false;
    for (Option o : wrong) {
      shared |= Grid.digits(Grid.number(o.value())) == Grid.digits(n);
    }
    assertTrue(shared, shown + " alone of its digits among " + wrong.stream().map(Option::text)
        .toList());
  }

  @Test
  void keepShapeSwapsTheFarthestOptionForOneOfTheAnswersDigits() {
    List<Option> out = new java.util.ArrayList<>(List.of(opt(170), opt(240), opt(290)));
    Grid.keepShape(out, new Value.Num(BigDecimal.valueOf(97)), List.of(opt(150), opt(58)));
    assertTrue(out.stream().anyMatch(o -> o.text().equals("58")), out.toString());
    assertFalse(out.stream().anyMatch(o -> o.text().equals("290")), "the farthest goes");
    List<Option> mixed = new java.util.ArrayList<>(List.of(opt(58), opt(170), opt(240)));
    Grid.keepShape(mixed, new Value.Num(BigDecimal.valueOf(97)), List.of(opt(68)));
    assertTrue(mixed.stream().anyMatch(o -> o.text().equals("240")), "a mixed set is kept");
  }

  private static Option opt(int x) {
    return new Option(new Value.Num(BigDecimal.valueOf(x)), String.valueOf(x),
        Distractors.sortKey(new Value.Num(BigDecimal.valueOf(x))));
  }

  @Test
  void aStateAtADateIsNeitherAChoiceNorATrueFalseItem() {
    String[][] cases = {
        {"en", "As of the start of {{1918|date|1918}}, the northern railway of Velm carried more"
            + " freight than all the river boats together.\n"},
        {"en", "As of {{1990|date|1990}}, the harbour of Velm was the largest harbour in the"
            + " whole northern province.\n"},
        {"en", "Fishing boats from the northern coast used the harbour of Velm as early as"
            + " {{1905|date|1905}}, long before the railway came.\n"},
        {"vi", "Tính đến {{năm 1990|date|1990}}, cảng Velm là cảng lớn nhất của cả tỉnh phía"
            + " bắc.\n"},
        {"he", "נכון ל-{{1990|date|1990}}, נמל ולם היה הנמל הגדול ביותר בכל המחוז הצפוני.\n"},
        {"ru", "По состоянию на {{1990|date|1990}} год порт Вельм был крупнейшим портом всей"
            + " северной провинции.\n"},
    };
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      for (long seed = 1; seed <= 5; seed++) {
        Result r = Fixtures.generate(seed, Fixtures.doc("t.txt", lang, c[1]));
        assertTrue(r.bank().questions().stream().anyMatch(q -> q instanceof Question.Cloze),
            c[0] + ": the fact is still asked as a cloze: " + c[1]);
        for (Question q : r.bank().questions()) {
          assertFalse(q instanceof Question.Choice || q instanceof Question.TrueFalse,
              c[0] + ": a state at a date asked as " + q.type() + ": " + q.prompt());
        }
      }
    }
  }

  @Test
  void aDayMonthAndYearWrittenAsThreeSpacedNumbersAreNoCounts() {
    assertTrue(DateNeighbours.partOfDate("at the palace (", "22", " 8 45)."));
    assertTrue(DateNeighbours.partOfDate("at the palace (22 ", "8", " 45)."));
    assertTrue(DateNeighbours.partOfDate("the palace (22 8 ", "45", ")."));
    assertFalse(DateNeighbours.partOfDate("the teams scored ", "45", " 37 88 points"),
        "45 is no day");
    assertFalse(DateNeighbours.partOfDate("a price of 1,", "22", " 8 45"));
    String[][] cases = {
        {"en", "The decree was sealed at the old palace of the northern province ({{14|number|14}}"
            + " 9 {{52|number|52}}).\n"},
        {"vi", "Chiếu được ban tại cung điện cũ của tỉnh phía bắc ({{14|number|14}} 9"
            + " {{52|number|52}}).\n"},
        {"he", "הצו נחתם בארמון הישן של המחוז הצפוני ({{14|number|14}} 9 {{52|number|52}}).\n"},
        {"ru", "Указ был скреплён печатью в старом дворце северной провинции ({{14|number|14}} 9"
            + " {{52|number|52}}).\n"},
    };
    for (String[] c : cases) {
      Result r = Fixtures.generate(1, Fixtures.doc("t.txt",
          Language.fromCode(c[0]).orElseThrow(), c[1]));
      assertTrue(r.bank().questions().isEmpty(), c[0] + ": " + r.bank().questions());
    }
  }

  @Test
  void aYearAboutWhichTheTextHedgesKeepsWrongYearsADecadeAway() {
    assertFalse(YearOptions.clearOfHedge(1370, true).test(1377), "about 1377 ~ about 1370");
    assertTrue(YearOptions.clearOfHedge(1370, true).test(1360));
    assertTrue(YearOptions.clearOfHedge(1370, false).test(1371), "no hedge, no reach");
  }
}
