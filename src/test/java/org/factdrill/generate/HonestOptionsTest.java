package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, honest items: after an approximate hedge the wrong options lie clear of the hedge's
 * reach, and the answer takes any rank among them (choice16: options kept on both sides made a
 * hedged answer never the smallest nor the largest, a pattern of its own); a wrong year never falls inside the stated period the
 * answer is an end of; and no blank follows by one addition or subtraction from the figures the
 * student sees (context line and prompt). Sentences and figures are made up and generated.
 */
class HonestOptionsTest {
  private static final Language[] LANGS = {Language.EN, Language.VI, Language.HE};
  private static final HedgePolicy HEDGES = new HedgePolicy();

  /** Every "about" hedge of every pack reads as AROUND right before a figure. */
  @Test
  void everyApproximateHedgeOfEveryPackReadsAsAround() {
    int seen = 0;
    for (Language l : LANGS) {
      for (String line : LangWords.lines(l, "hedges")) {
        String[] p = line.split("\t", 2);
        if (p.length < 2 || !"about".equals(p[0].strip())) {
          continue;
        }
        String phrase = p[1].strip();
        HedgePolicy.Side spaced = HEDGES.side(l, "x " + phrase + " ");
        HedgePolicy.Side glued = HEDGES.side(l, "x " + phrase);
        assertTrue(spaced == HedgePolicy.Side.AROUND || glued == HedgePolicy.Side.AROUND,
            l + " " + phrase + ": " + spaced + "/" + glued);
        seen++;
      }
    }
    assertTrue(seen >= 9, "each pack has approximate hedges: " + seen);
  }

  /**
   * Oracle: "about D" is false whenever "about N" is true ({@link HedgeMargin}).
   */
  @Property(tries = 300, seed = "1616")
  void approximateOptionsLieClearOfTheHedge(
      @ForAll @IntRange(min = 12, max = 990) int mantissa, @ForAll @IntRange(min = 0, max = 4)
      int zeros, @ForAll @IntRange(min = 0, max = 2) int langIndex,
      @ForAll @IntRange(min = 1, max = 100_000) int seed) {
    BigDecimal n = BigDecimal.valueOf(mantissa).movePointRight(zeros);
    String shown = n.toPlainString();
    Fact f = new Fact(0, shown.length(), shown, FactKind.NUMBER, new Value.Num(n), null, true,
        null);
    List<Option> wrong = new Distractors(List.of()).wrong(f, shown, LANGS[langIndex], 3,
        new SplittableRandom(seed), Set.of(), HedgePolicy.Side.AROUND);
    for (Option o : wrong) {
      BigDecimal x = Grid.number(o.value());
      assertTrue(HedgeMargin.clearOf(n, x), "about " + x + " may be true of about " + n);
    }
  }

  @Test
  void aHedgedCountInASentenceGetsOptionsClearOfTheHedgeAtEveryRankInEveryLanguage() {
    String[] sentences = {
        "The northern army numbered about {{N|number|N}} soldiers when it crossed the river.",
        "Quân đội phía bắc có khoảng {{N|number|N}} binh sĩ khi vượt qua con sông lớn.",
        "הצבא הצפוני מנה כ-{{N|number|N}} חיילים כאשר חצה את הנהר הגדול."};
    SplittableRandom rnd = new SplittableRandom(3);
    int asked = 0;
    Set<Integer> ranks = new java.util.TreeSet<>();
    for (int i = 0; i < 60; i++) {
      int n = (2 + rnd.nextInt(97)) * 1000;
      Language l = LANGS[i % 3];
      Result r = Fixtures.generate(i, Fixtures.doc("t.txt", l,
          sentences[i % 3].replace("N|number|N", n + "|number|" + n) + "\n"));
      for (Question q : r.bank().questions()) {
        if (q.type() != QuestionType.CHOICE) {
          continue;
        }
        asked++;
        int below = 0;
        int above = 0;
        for (String o : q.options()) {
          BigDecimal x = new BigDecimal(o.replaceAll("[^0-9]", ""));
          if (x.compareTo(BigDecimal.valueOf(n)) == 0) {
            continue;
          }
          assertTrue(HedgeMargin.clearOf(BigDecimal.valueOf(n), x), o + " against " + n);
          if (x.intValue() < n) {
            below++;
          } else {
            above++;
          }
        }
        ranks.add(below);
        assertEquals(3, below + above, l + " " + n + ": " + q.options());
      }
    }
    assertTrue(asked >= 20, "choice questions asked: " + asked);
    assertTrue(ranks.contains(0) && ranks.contains(3),
        "the hedged answer is sometimes the smallest, sometimes the largest: " + ranks);
  }

  @Test
  void aWrongStatementUnderAboutIsClearOfTheHedge() {
    int seen = 0;
    for (int seed = 1; seed <= 40; seed++) {
      Result r = Fixtures.generate(seed, Fixtures.doc("t.txt", Language.EN,
          "The northern army numbered about {{40,000|number|40000}} soldiers when it crossed "
              + "the river.\n"));
      for (Question q : r.bank().questions()) {
        if (q instanceof Question.TrueFalse tf && !tf.truth()) {
          Matcher m = Pattern.compile("about ([\\d,]+)").matcher(tf.prompt());
          assertTrue(m.find(), tf.prompt());
          BigDecimal x = new BigDecimal(m.group(1).replace(",", ""));
          assertTrue(HedgeMargin.clearOf(BigDecimal.valueOf(40000), x), tf.prompt());
          seen++;
        }
      }
    }
    assertTrue(seen > 5, "false statements seen: " + seen);
  }

  /** Oracle: no wrong year inside [start, end] when the answer is one end of that period. */
  @Property(tries = 60, seed = "1616")
  void noWrongYearInsideThePeriodTheAnswerEnds(
      @ForAll @IntRange(min = 1700, max = 1990) int start,
      @ForAll @IntRange(min = 1, max = EventSpans.MAX_SPAN) int length,
      @ForAll boolean askStart, @ForAll @IntRange(min = 1, max = 1000) int seed) {
    int end = start + length;
    int answer = askStart ? start : end;
    String marked = "The border war was fought from {{" + start + " to " + end + "|date|" + start
        + "/" + end + "}} between the two kingdoms.\n"
        + "The northern kingdom " + (askStart ? "opened the border war" : "signed the peace")
        + " on {{12 March " + answer + "|date|" + answer + "-03-12}}, after a long winter.\n"
        + "Trade between the kingdoms grew again in {{" + (end + 4) + "|date|" + (end + 4)
        + "}} under a new treaty.\n";
    Result r = Fixtures.generate(seed, Fixtures.doc("t.txt", Language.EN, marked));
    for (Question q : r.bank().questions()) {
      if (q.type() != QuestionType.CHOICE || !q.answer().text().contains("March")) {
        continue;
      }
      for (String o : q.options()) {
        int y = year(o);
        assertTrue(y == answer || y < start || y > end, o + " inside " + start + "-" + end);
      }
    }
  }

  @Test
  void aLifetimeIsNoEventSpan() {
    Fact life = new Fact(0, 9, "1875-1965", FactKind.DATE, new Value.Date("1875/1965"), null,
        false, null);
    assertEquals(null, EventSpans.span(life));
    Fact war = new Fact(0, 9, "1950-1953", FactKind.DATE, new Value.Date("1950/1953"), null,
        false, null);
    assertNotNull(EventSpans.span(war));
    EventSpans spans = EventSpans.of(List.of(war));
    assertFalse(spans.outside(1950).test(1952));
    assertTrue(spans.outside(1950).test(1948));
    assertTrue(spans.outside(1951).test(1952), "an answer inside keeps its neighbours");
  }

  /** Oracle: for every cloze or choice, no visible year plus or minus a visible count is it. */
  @Property(tries = 60, seed = "1616")
  void noBlankFollowsFromAYearAndADurationOnScreen(
      @ForAll @IntRange(min = 1700, max = 1990) int start,
      @ForAll @IntRange(min = 2, max = 12) int length,
      @ForAll @IntRange(min = 0, max = 2) int form) {
    int end = start + length;
    String[] second = {
        "It lasted {{" + length + "|number|" + length + "}} years, until {{" + end + "|date|" + end
            + "}}, when the last fort was taken.",
        "The siege lasted {{" + length + "|number|" + length + "}} years and ended in {{" + end
            + "|date|" + end + "}} when the last fort was taken.",
        "This war ended in {{" + end + "|date|" + end + "}}, {{" + length + "|number|" + length
            + "}} years after the first shots on the border."};
    String marked = "Siege of the Northern Fort\n\n"
        + "The siege of the northern fort began in {{" + start + "|date|" + start
        + "}} with a night attack.\n" + second[form] + "\n";
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN, marked));
    for (Question q : r.bank().questions()) {
      if (q.type() == QuestionType.CLOZE || q.type() == QuestionType.CHOICE) {
        assertFalse(derivable(q), q.context() + " | " + q.prompt() + " = " + q.answer().text());
      }
    }
  }

  /** Oracle: no count is the sum or difference of two counts on screen. */
  @Property(tries = 60, seed = "1616")
  void noBlankIsTheSumOrDifferenceOfTwoFiguresOnScreen(
      @ForAll @IntRange(min = 11, max = 900) int a, @ForAll @IntRange(min = 11, max = 900) int b,
      @ForAll boolean askTotal) {
    int total = a + b;
    String marked = "Losses at the Northern Fort\n\n"
        + "In the first assault {{" + a + "|number|" + a + "}} soldiers were killed and in the "
        + "second {{" + b + "|number|" + b + "}} soldiers were killed.\n"
        + "In these two assaults the garrison thus lost {{" + total + "|number|" + total
        + "}} soldiers in all, more than half of its strength.\n";
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN, marked));
    for (Question q : r.bank().questions()) {
      if (q.type() == QuestionType.CLOZE || q.type() == QuestionType.CHOICE) {
        assertFalse(derivable(q), q.context() + " | " + q.prompt() + " = " + q.answer().text());
      }
    }
  }

  @Test
  void aDerivedBlankIsSkippedAndCountedByReason() {
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN,
        "Siege of the Northern Fort\n\nThe siege of the northern fort began in {{1820|date|1820}}"
            + " with a night attack.\nIt lasted {{3|number|3}} years, until {{1823|date|1823}}, "
            + "when the last fort was taken.\n"));
    boolean counted = r.report().skipped().stream()
        .anyMatch(s -> s.reason() == SkipReason.DERIVABLE || s.reason() == SkipReason.SUM_OF_PARTS);
    for (Question q : r.bank().questions()) {
      assertFalse(derivable(q), q.context() + " | " + q.prompt());
    }
    assertTrue(counted || r.bank().questions().stream()
        .noneMatch(q -> q.answer().text().equals("1823")), r.report().format(r.bank()));
  }

  @Test
  void aPeriodWhoseEndTheShownFiguresReachIsDerivable() {
    // invented: a life span asked whole, beside a reign's start and length that reach its end
    for (int[] c : new int[][] {{5, 1}, {8, 0}}) {
      DocFacts d = Fixtures.doc("t.txt", Language.EN, "King Arvel ({{1385–1433|date|1385/1433}})"
          + " took the throne in {{1428|date|1428}} and ruled for {{" + c[0] + "|number|" + c[0]
          + "}} years.\n");
      String text = d.source().doc().text();
      List<Fact> all = d.facts();
      Fact span = all.stream().filter(f -> f.text().equals("1385–1433")).findFirst().orElseThrow();
      List<Fact> others = all.stream().filter(f -> f != span).toList();
      String template = text.strip().replace("1385–1433", String.valueOf(PromptBuilder.HOLE));
      String why = VisibleSums.derivable(Language.EN, text, span, others, all, template, null);
      assertEquals(c[1] == 1, why != null, c[0] + " years: " + why);
    }
    DocFacts died = Fixtures.doc("t.txt", Language.EN, "King Arvel ({{1385–1433|date|1385/1433}})"
        + " died at the harbour in {{1433|date|1433}}.\n");
    Fact span = died.facts().get(0);
    String template = died.source().doc().text().strip().replace("1385–1433",
        String.valueOf(PromptBuilder.HOLE));
    assertEquals("a shown year is an end of the period", VisibleSums.derivable(Language.EN,
        died.source().doc().text(), span, died.facts().subList(1, 2), died.facts(), template, null));
  }

  @Test
  void aChoiceUnderAOneSidedHedgeIsNotAskedForItsOptionsWouldMarkTheAnswer() {
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN,
        "The northern army lost more than {{2,000|number|2000}} soldiers when it crossed the "
            + "river in the spring.\n"));
    assertTrue(r.bank().questions().stream().noneMatch(q -> q.type() == QuestionType.CHOICE),
        r.report().format(r.bank()));
    assertTrue(r.bank().questions().stream().anyMatch(q -> q.type() == QuestionType.CLOZE));
    assertTrue(r.report().skipped().stream().anyMatch(s -> s.reason() == SkipReason.NO_DISTRACTORS
        && s.detail() != null && s.detail().contains("ABOVE")), r.report().format(r.bank()));
  }

  @Test
  void aPeriodCountedWithBothEndsStillGivesItsLengthAway() {
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN,
        "Five dynasties followed one another in the north.\nThe five dynasties lasted "
            + "{{53|number|53}} years (from {{1207|date|1207}} to {{1259|date|1259}}) and had fourteen "
            + "rulers.\n"));
    assertTrue(r.bank().questions().stream().noneMatch(q -> q.answer().text().equals("53")),
        r.report().format(r.bank()));
  }

  /** True when one addition or subtraction of two figures on screen gives the answer's figure. */
  private static boolean derivable(Question q) {
    String screen = (q.context() == null ? "" : q.context()) + " " + q.prompt().replace("_____",
        " ");
    List<Long> shown = new ArrayList<>();
    Matcher m = Pattern.compile("(?<![\\d,])\\d[\\d,]*(?![\\d,])").matcher(screen);
    while (m.find()) {
      shown.add(Long.parseLong(m.group().replace(",", "")));
    }
    String digits = q.answer().text().replaceAll("[^0-9]", "");
    if (digits.isEmpty()) {
      return false;
    }
    long answer = Long.parseLong(digits);
    for (int i = 0; i < shown.size(); i++) {
      for (int j = 0; j < shown.size(); j++) {
        long x = shown.get(i);
        long y = shown.get(j);
        if (i != j && (x + y == answer || x - y == answer) && answer >= 10) {
          return true;
        }
      }
    }
    return false;
  }

  private static int year(String option) {
    Matcher m = Pattern.compile("\\d{4}").matcher(option);
    return m.find() ? Integer.parseInt(m.group()) : -1;
  }
}
