package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.Question;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * Issue 20, rubric line 6 (choice16, class (a) of the fifteenth review): an event the prompt ties
 * to a named war or life whose span the text states, dated in the span's first or last year,
 * takes no wrong year outside the span (the last fort of a war that ended in Y did not fall in
 * Y+2); its options then lie on one side of it. The span's own ends are still asked with years on
 * both sides: the sentence that states the span is where a student learns it. Names, places and
 * years are invented and generated.
 */
class SpanEndYearTest {
  private static final String[] FRAMES = {
      """
      The wars of the coast

      In the south the Valley War ({{%1$d–%2$d|date|%1$d/%2$d}}) was fought between the river towns and the hill clans.

      The last fort of the Valley War surrendered to the hill clans in {{%3$d|date|%3$d}} after a long siege.
      """,
      """
      Các cuộc chiến ven biển

      Chiến tranh Velka ({{%1$d–%2$d|date|%1$d/%2$d}}) diễn ra giữa các thị trấn ven sông và các bộ tộc vùng đồi.

      Pháo đài cuối cùng trong Chiến tranh Velka đầu hàng các bộ tộc vùng đồi vào năm {{%3$d|date|%3$d}} sau một cuộc vây hãm dài.
      """,
      """
      מלחמות החוף

      מלחמת ולקה ({{%1$d–%2$d|date|%1$d/%2$d}}) התנהלה בין עיירות הנהר לשבטי הגבעות.

      המבצר האחרון במלחמת ולקה נכנע לשבטי הגבעות בשנת {{%3$d|date|%3$d}} לאחר מצור ארוך.
      """};
  private static final Language[] LANGS = {Language.EN, Language.VI, Language.HE};

  @Property(tries = 60, seed = "1616")
  void anEventInTheFirstOrLastYearOfANamedSpanTakesWrongYearsInsideIt(
      @ForAll @IntRange(min = 1500, max = 1950) int start,
      @ForAll @IntRange(min = 4, max = 12) int length, @ForAll boolean atEnd,
      @ForAll @IntRange(min = 0, max = 2) int lang, @ForAll long seed) {
    int end = start + length;
    int year = atEnd ? end : start;
    Result r = Fixtures.generate(seed, Fixtures.doc("t.txt", LANGS[lang],
        FRAMES[lang].formatted(start, end, year)));
    for (Question q : r.bank().questions()) {
      if (q.facts().isEmpty() || !q.facts().get(0).text().equals(String.valueOf(year))
          || q.prompt().contains(start + "–")) {
        continue;
      }
      for (String o : Fixtures.shownYears(q)) {
        int y = Integer.parseInt(o);
        assertTrue(y >= start && y <= end, o + " outside the war " + start + "–" + end + ": "
            + q.prompt());
      }
    }
  }

  @Property(tries = 50, seed = "1616")
  void theSpansOwnBracketIsNotBoundedByItself(
      @ForAll @IntRange(min = 1500, max = 1950) int start,
      @ForAll @IntRange(min = 4, max = 12) int length) {
    int end = start + length;
    String text = "In the south the Valley War (" + start + "–" + end + ") was fought by the river towns.";
    int open = text.indexOf('(') + 1;
    int close = text.indexOf(')');
    Fact period = new Fact(open, close, text.substring(open, close), FactKind.DATE,
        new Value.Date(start + "/" + end), null, false, new Span(0, text.length()));
    String template = "In the south the Valley War (" + start + "–" + PromptBuilder.HOLE + ") was fought.";
    java.util.function.IntPredicate ownEnd = NamedSpans.within(Language.EN, text,
        List.of(period), end, close - 4, template, "");
    assertTrue(ownEnd.test(end + 3), "the end of the bracket itself is not bounded by it");
    java.util.function.IntPredicate other = NamedSpans.within(Language.EN,
        text + " The last fort of the Valley War fell in " + end + ".", List.of(period), end,
        text.length() + 40, "The last fort of the Valley War fell in " + PromptBuilder.HOLE + ".",
        "");
    assertFalse(other.test(end + 3), "an event of the war's last year: no year after the war");
    assertTrue(other.test(end - 2));
  }
}
