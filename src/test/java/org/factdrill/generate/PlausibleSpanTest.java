package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Options stay within the plausible span of the document's events: no decade outside the span of
 * years the text states (plus a margin) nor after the text was written; and the line above a
 * prompt does not give its answer away: a closing "from 1988 to 2004" is taken out of the title
 * above a question whose answer is 1988 or "the 1980s".
 */
class PlausibleSpanTest {

  @Property(tries = 60, seed = "1616")
  void decadeOptionsOverlapTheDocumentsOwnSpan(
      @ForAll @IntRange(min = 150, max = 199) int decade,
      @ForAll @IntRange(min = 0, max = 9) int a, @ForAll @IntRange(min = 0, max = 19) int b,
      @ForAll long seed) {
    int y1 = decade * 10 + a;
    int y2 = Math.min(decade * 10 + b, 2020);
    Result r = Fixtures.generate(seed, Fixtures.doc("t.txt", Language.EN, """
        The guilds of the river towns

        The river guilds grew quickly during the {{%1$d0s|date|%1$d}} as trade with the coast expanded.

        The first guild hall was built in {{%2$d|date|%2$d}} beside the old bridge of the town.

        The last charter of the guilds was sealed in {{%3$d|date|%3$d}} by the town council.
        """.formatted(decade, y1, y2)));
    int lo = Math.min(decade * 10, Math.min(y1, y2)) - YearOptions.DECADE_MARGIN;
    int hi = Math.max(decade * 10 + 9, Math.max(y1, y2)) + YearOptions.DECADE_MARGIN;
    for (Question q : r.bank().questions()) {
      List<String> shown = new ArrayList<>();
      if (q instanceof Question.Choice c && q.answer().text().endsWith("0s")) {
        shown.addAll(c.options());
      } else if (q instanceof Question.TrueFalse tf && q.answer().text().endsWith("0s")) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{4}s").matcher(tf.prompt());
        while (m.find()) {
          shown.add(m.group());
        }
      }
      for (String o : shown) {
        int first = Integer.parseInt(o.substring(0, 4));
        assertTrue(first + 9 >= lo && first <= hi, o + " outside " + lo + "–" + hi);
      }
    }
  }

  private static Question cloze(Result r, String answer) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE
        && q.answer().text().equals(answer)).findFirst()
        .orElseThrow(() -> new AssertionError(answer + ": " + r.report().format(r.bank())));
  }

  @Test
  void aClosingPeriodIsTakenOutOfATitleThatWouldStateTheAnswer() {
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN, """
        Rock music in Seattle from 1988 to 2004

        The grunge movement began in Seattle during the {{1980s|date|198}} as bands formed in garages.

        The first festival of the movement was held in {{1988|date|1988}} in a small club downtown.

        The album of the best known band sold millions of copies in {{1991|date|1991}} across the country.
        """));
    assertEquals("Rock music in Seattle", cloze(r, "1980s").context());
    assertEquals("Rock music in Seattle", cloze(r, "1988").context());
    assertEquals("Rock music in Seattle from 1988 to 2004", cloze(r, "1991").context(),
        "a title that does not state the answer stays whole");
  }

  @Test
  void aYearOfTheBlanksCenturyInThePromptGivesItAway() {
    for (int c = 15; c <= 20; c++) {
      int born = (c - 1) * 100 + 12 + c;
      int died = born + 58;
      String vi = "Thi sĩ Varo Lenk (" + born + "–" + died + ") sống vào nửa sau {{thế kỷ " + c
          + "|date|" + (c - 1) + "}} tại thành Velka bên bờ sông.\n";
      Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.VI, vi));
      assertTrue(Fixtures.skipped(r, SkipReason.ANSWER_GIVEN_AWAY, "thế kỷ " + c),
          r.report().format(r.bank()));
      String en = "The poet Varo Lenk (" + born + "–" + died + ") lived in the late {{" + c
          + "th century|date|" + (c - 1) + "}} in the town of Velka by the river.\n";
      Result e = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN, en));
      assertTrue(Fixtures.skipped(e, SkipReason.ANSWER_GIVEN_AWAY, c + "th century"),
          e.report().format(e.bank()));
      // Years of another century tell nothing of this one.
      String other = "Thi sĩ Varo Lenk, được in lại năm " + (c * 100 + 40) + ", sống vào nửa sau"
          + " {{thế kỷ " + c + "|date|" + (c - 1) + "}} tại thành Velka bên bờ sông.\n";
      Result o = Fixtures.generate(1, Fixtures.doc("t.txt", Language.VI, other));
      assertFalse(Fixtures.skipped(o, SkipReason.ANSWER_GIVEN_AWAY, "thế kỷ " + c),
          o.report().format(o.bank()));
    }
  }

  @Test
  void eachPackWritesAClosingPeriodItsOwnWay() {
    assertEquals("Nhạc rock ở Seattle", TitleYears.without(
        "Nhạc rock ở Seattle từ năm 1988 đến năm 2004", Language.VI));
    assertEquals("מוזיקת רוק בסיאטל", TitleYears.without("מוזיקת רוק בסיאטל בין 1988 ל-2004",
        Language.HE));
    assertEquals("Rock music in Seattle", TitleYears.without(
        "Rock music in Seattle between 1988 and 2004", Language.EN));
    assertNull(TitleYears.without("The war of 1812", Language.EN), "the year is its complement");
    assertNull(TitleYears.without("From 1988 to 2004", Language.EN), "nothing left to name");
  }

  @Property(tries = 40, seed = "1616")
  void aYearAboutANamedLifeOrWarStaysInsideItsBracketedSpan(
      @ForAll @IntRange(min = 1500, max = 1900) int born,
      @ForAll @IntRange(min = 20, max = 90) int life,
      @ForAll @IntRange(min = 1, max = 17) int at, @ForAll long seed) {
    int died = born + life;
    int year = born + Math.min(at, life - 1);
    Result r = Fixtures.generate(seed, Fixtures.doc("t.txt", Language.EN, """
        The scholars of the coast

        The grammarian Amadeo Varkos ({{%1$d–%2$d|date|%1$d/%2$d}}) wrote the first grammar of the island.

        Amadeo Varkos opened his school in the harbour town in {{%3$d|date|%3$d}} with four pupils.
        """.formatted(born, died, year)));
    for (Question q : r.bank().questions()) {
      if (!q.answer().text().equals(String.valueOf(year))) {
        continue;
      }
      for (String o : Fixtures.shownYears(q)) {
        int y = Integer.parseInt(o);
        assertTrue(y >= born && y <= died, o + " outside the life " + born + "–" + died);
      }
    }
  }

  @Test
  void aNameIsTheCapitalisedRunBeforeTheBracketOrTwoWordsWithoutCase() {
    assertEquals("Amadeo Varkos", NamedSpans.name("The grammarian Amadeo Varkos (", 29));
    assertEquals("Korean War", NamedSpans.name("During the Korean War (", 22));
    assertEquals("דוד בן-גוריון", NamedSpans.name("ראש הממשלה דוד בן-גוריון (", 25));
    assertNull(NamedSpans.name("it was signed in the town (", 26));
  }

  @Test
  void aYearInTheLineAboveInsideTheAnswersDecadeGivesItAway() {
    assertTrue(PromptGiveaways.contextGivesAway("Rock music in Seattle from 1988 to 2004",
        "1980s", new org.factdrill.extract.Value.Date("198")));
    assertFalse(PromptGiveaways.contextGivesAway("Rock music in Seattle from 1988 to 2004",
        "1970s", new org.factdrill.extract.Value.Date("197")));
  }
}
