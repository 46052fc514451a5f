package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, Hebrew questions (sixth session): openers that point back through a preposition's
 * pronoun suffix, figures inside a run of another script, counts beside a list joined by the
 * pack's conjunction, hedges behind a prefix letter. Every text here is made up.
 */
class HebrewStandsAloneTest {

  private static Result gen(Language lang, String marked) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", lang, marked));
  }

  private static Set<SkipReason> reasons(Result r) {
    return r.report().skipped().stream().map(Report.Skipped::reason).collect(Collectors.toSet());
  }

  private static List<Question> clozes(Result r) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE).toList();
  }

  @Test
  void pronounSuffixPrepositionsAreAClassOfThePack() {
    Set<String> he = AnaphoricOpeners.of(Language.HE);
    for (String w : List.of("אחריה", "אחריו", "לפניהם", "בעקבותיו", "בזכותה", "במהלכו", "בה",
        "לאחר מכן", "אחרי כן")) {
      assertTrue(he.contains(w), w);
    }
    assertFalse(he.contains("אחרי"), "the bare preposition points nowhere");
    assertFalse(he.contains("בעקבותו"), "a stem takes only its own class's suffixes");
    Set<String> made = AnaphoricOpeners.expand(List.of("stem\tx\tab", "stem\tx\tcd",
        "suffix\tx\t1 2", "stem\ty\tef", "suffix\ty\t3", "after that"));
    assertEquals(Set.of("ab1", "ab2", "cd1", "cd2", "ef3", "after that"), made);
    Context c = new Context();
    assertTrue(c.opensWithPronoun(Language.HE, "ואחריה עלה לשלטון המלך."), "with the prefix ו");
    assertTrue(c.opensWithPronoun(Language.HE, "לאחר מכן נחתם ההסכם."));
    assertFalse(c.opensWithPronoun(Language.HE, "אחרי המלחמה נחתם ההסכם."));
    assertFalse(c.opensWithPronoun(Language.HE, "בהתאם לחוק נחתם ההסכם."), "a word, not a prefix");
    assertFalse(c.opensWithPronoun(Language.HE, "בנו של המלך עלה לשלטון."), "his son, of the king");
  }

  @Test
  void aClauseOpeningWithAPrepositionAndPronounGetsTheSentenceBefore() {
    Result r = gen(Language.HE, """
        המלכה הצעירה עלתה לכס המלוכה של הממלכה הגדולה בשנת 1720. אחריה עלה לשלטון בנה הבכור ב-{{1745|date|1745}} ומשל בממלכה שנים רבות.
        """);
    List<Question> q = clozes(r);
    assertEquals(1, q.size(), r.report().format(r.bank()));
    assertTrue(q.get(0).prompt().startsWith("המלכה הצעירה עלתה"), q.get(0).prompt());
    Result alone = gen(Language.HE, """
        אחריה עלה לשלטון בנה הבכור של המלכה הצעירה ב-{{1745|date|1745}} ומשל בממלכה שנים רבות.
        """);
    assertTrue(alone.bank().questions().isEmpty());
    assertEquals(Set.of(SkipReason.DANGLING_START), reasons(alone));
  }

  @Test
  void aFigureInsideANameInAnotherScriptIsNotAsked() {
    Result r = gen(Language.HE, """
        מרד תושבי ההרים הגדול (באנגלית: Great Mountain Revolt {{1821|date|1821}}–1824) פרץ בשנת {{1821|date|1821}} ונמשך שלוש שנים.
        """);
    List<Question> q = clozes(r);
    assertEquals(1, q.size(), r.report().format(r.bank()));
    assertFalse(q.get(0).prompt().contains("Revolt"), "the gloss leaves the prompt: " + q.get(0).prompt());
    assertTrue(q.get(0).prompt().startsWith("מרד תושבי ההרים הגדול פרץ"), q.get(0).prompt());
    assertTrue(reasons(r).contains(SkipReason.FOREIGN_RUN));
    Language he = Language.HE;
    String t = "הם נסעו 300 km ביום אחד";
    int at = t.indexOf("300");
    assertFalse(ForeignRuns.inside(he, t, 0, at, at + 3, t.length()), "one unit word is no name");
    String en = "The Great Revolt 1821 began in spring.";
    at = en.indexOf("1821");
    assertFalse(ForeignRuns.inside(Language.EN, en, 0, at, at + 4, en.length()),
        "a text's own script");
  }

  @Test
  void aCountBesideAListJoinedByThePrefixConjunctionIsNotAsked() {
    Result after = gen(Language.HE, """
        בברית החדשה חברו {{ארבע|number|4}} מדינות – צרפת, בלגיה, הולנד ולוקסמבורג, שחתמו על האמנה בעיר הבירה.
        """);
    assertTrue(after.bank().questions().isEmpty(), after.report().format(after.bank()));
    assertEquals(Set.of(SkipReason.COUNTABLE_LIST), reasons(after));
    Result before = gen(Language.HE, """
        צרפת, בלגיה, הולנד ולוקסמבורג – {{ארבע|number|4}} המדינות הקטנות – חתמו על האמנה בעיר הבירה.
        """);
    assertEquals(Set.of(SkipReason.COUNTABLE_LIST), reasons(before));
    Result other = gen(Language.HE, """
        בברית החדשה חברו {{חמש|number|5}} מדינות – צרפת, בלגיה, הולנד ולוקסמבורג, שחתמו על האמנה בעיר הבירה.
        """);
    assertFalse(other.bank().questions().isEmpty(), "five is not the count of four names");
    Result en = gen(Language.EN, """
        The Treaty of Marsk was signed by {{four|number|4}} states, France, Belgium, the Netherlands and Luxembourg, in the capital.
        """);
    assertEquals(Set.of(SkipReason.COUNTABLE_LIST), reasons(en));
  }

  @Test
  void aHedgeBehindAPrefixLetterIsStillAHedge() {
    HedgePolicy h = new HedgePolicy();
    assertEquals(HedgePolicy.Side.ABOVE, h.side(Language.HE, "נהרגו ולפחות "));
    assertEquals(HedgePolicy.Side.ABOVE, h.side(Language.HE, "נהרגו לפחות "));
    assertEquals(HedgePolicy.Side.BELOW, h.side(Language.HE, "נהרגו פחות מ-"));
    assertTrue(h.hedged(Language.HE, "ונפצעו וכמעט "));
    assertFalse(h.hedged(Language.HE, "ונפצעו בדיוק "));
  }

  @Test
  void anHonestBankUnderAPrefixedHedge() {
    Result r = gen(Language.HE, """
        בקרב הגדול ליד הנהר נהרגו מאות חיילים, ונפצעו ולפחות {{400|number|400}} חיילים אחרים מן הצבא.
        """);
    for (Question q : r.bank().questions()) {
      if (q.type() == QuestionType.CHOICE) {
        for (String o : q.options()) {
          if (!o.equals(q.answer().text())) {
            assertTrue(new BigDecimal(o.replace(",", "")).compareTo(BigDecimal.valueOf(400)) > 0,
                "after 'at least 400' a wrong option is larger: " + o);
          }
        }
      }
      assertFalse(q instanceof Question.TrueFalse tf && !tf.truth(),
          "no false statement under a one-sided hedge");
    }
  }

  @Test
  void twoYearsAndTheYearsBetweenThemGiveEachOtherAway() {
    Result he = gen(Language.HE, """
        מרד תושבי ההרים פרץ בשנת {{1821|date|1821}} ונמשך {{שלוש|number|3}} שנים, עד שנת {{1824|date|1824}}.
        """);
    assertTrue(he.bank().questions().stream().noneMatch(q -> q.type() == QuestionType.CLOZE
        || q.type() == QuestionType.CHOICE || q.type() == QuestionType.TRUEFALSE),
        he.report().format(he.bank()));
    assertEquals(Set.of(SkipReason.SUM_OF_PARTS), reasons(he));
    Result en = gen(Language.EN, """
        The mountain revolt broke out in {{1821|date|1821}} and lasted {{three|number|3}} years, until {{1824|date|1824}}.
        """);
    assertTrue(reasons(en).contains(SkipReason.SUM_OF_PARTS));
    assertTrue(clozes(en).isEmpty(), en.report().format(en.bank()));
    Result apart = gen(Language.HE, """
        מרד תושבי ההרים פרץ בשנת {{1821|date|1821}} ונמשך {{חמש|number|5}} שנים, עד שנת {{1824|date|1824}}.
        """);
    assertEquals(3, clozes(apart).size(), "five years do not follow from 1821 and 1824");
  }

  @Test
  void aChronologyItemLeavesTheOwnCalendarDateWithItsGregorianGloss() {
    Result r = gen(Language.HE, """
        העיר גבעון הגדולה שבעמק נוסדה בשנת תרל"ח ({{1878|date|1878}} למניינם) בידי קבוצת מתיישבים מן הגליל.

        הנמל הראשון של העיר גבעון נפתח לאוניות בשנת {{1902|date|1902}} בטקס רב משתתפים.
        """);
    assertTrue(r.bank().questions().stream().anyMatch(q -> !q.events().isEmpty()),
        r.report().format(r.bank()));
    for (Question q : r.bank().questions()) {
      for (String t : q.events().stream().map(e -> e.text()).toList()) {
        assertFalse(t.contains("למניינם") || t.contains("()") || t.contains("( "), t);
      }
    }
  }
}
