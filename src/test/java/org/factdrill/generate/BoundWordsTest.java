package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Boundary words decide which dates are false: after "since Y" a later year is also true (the
 * state lasted), so a false statement takes an earlier one; after "until Y" a later one; after
 * "by Y" or "before Y" no date is false without doubt, so neither a true/false item nor a choice
 * is made; no choice is made under a one-sided bound (its answer would be the extreme option).
 */
class BoundWordsTest {
  private static final DateSides SIDES = new DateSides();

  @Test
  void everyBoundOfEveryPackIsReadAsItsKindSpacedAndWithAPrefixLetter() {
    int read = 0;
    for (Language l : Language.values()) {
      for (String line : LangWords.lines(l, "bounds")) {
        String[] p = line.split("\t", 2);
        HedgePolicy.Side want = DateSides.side(p[0].strip());
        assertTrue(want != null, l + ": unknown kind in " + line);
        String phrase = p[1].strip();
        int hash = phrase.indexOf('#');
        String before = "x " + phrase.substring(0, hash);
        String after = phrase.substring(hash + 1) + " y";
        assertEquals(want, SIDES.bound(l, before, after), l + ": " + line);
        if (!l.pack().prefixes().isEmpty() && hash > 0) {
          // "ומאז 1948" (and since): a prefix letter before the phrase is looked through.
          String prefixed = "x " + l.pack().prefixes().charAt(0) + phrase.substring(0, hash);
          assertEquals(want, SIDES.bound(l, prefixed, after), l + ": prefixed " + line);
        }
        read++;
      }
    }
    assertTrue(read >= 30, "packs declare their bounds: " + read);
    assertEquals(HedgePolicy.Side.EITHER, SIDES.bound(Language.EN, "The war began in ", ""));
    assertEquals(HedgePolicy.Side.EITHER, SIDES.bound(Language.EN, "x from ", " to y"),
        "'from' alone opens a period, not a start");
  }

  private static Result gen(Language lang, String marked, long seed) {
    return Fixtures.generate(seed, Fixtures.doc("t.txt", lang, marked));
  }

  private static int statedYear(String prompt) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{4}").matcher(prompt);
    int y = -1;
    while (m.find()) {
      y = Integer.parseInt(m.group());
    }
    return y;
  }

  /** One sentence per bound kind, with {Y} for the year; invented. */
  private record Case(Language lang, String sentence, int falseSide) {}

  private static final List<Case> CASES = List.of(
      new Case(Language.EN, "The weekly market has been held in the square since {Y} by the guild.", -1),
      new Case(Language.EN, "The old charter stayed in force until {Y} across the whole province.", 1),
      new Case(Language.VI, "Chợ phiên được tổ chức ở quảng trường kể từ năm {Y} theo lệ của phường.", -1),
      new Case(Language.VI, "Hiến chương cũ còn hiệu lực cho đến năm {Y} trên toàn tỉnh.", 1),
      new Case(Language.HE, "השוק השבועי מתקיים בכיכר של יפו מאז {Y} בידי איגוד הסוחרים.", -1),
      new Case(Language.HE, "האמנה הישנה עמדה בתוקף עד {Y} בכל רחבי המחוז.", 1));

  @Property(tries = 60, seed = "1616")
  void aFalseStatementUnderAStartOrEndBoundLiesOnItsFalseSideAndNoChoiceIsMade(
      @ForAll @IntRange(min = 1200, max = 1990) int year,
      @ForAll @IntRange(min = 0, max = 5) int which, @ForAll long seed) {
    Case c = CASES.get(which);
    String lead = c.lang() == Language.VI ? "năm " : "";
    String marked = c.sentence().replace(lead + "{Y}",
        "{{" + lead + year + "|date|" + year + "}}");
    Result r = gen(c.lang(), "Records of the old trading towns\n\n" + marked + "\n", seed);
    assertTrue(r.bank().questions().stream().noneMatch(q -> q.type() == QuestionType.CHOICE),
        "one-sided: the answer would be the extreme option");
    assertTrue(r.bank().questions().stream().anyMatch(q -> q.type() == QuestionType.TRUEFALSE),
        "a decidable bound still gets a true/false item: " + r.report().format(r.bank()));
    for (Question q : r.bank().questions()) {
      if (q instanceof Question.TrueFalse tf && !tf.truth()) {
        int stated = statedYear(tf.prompt());
        assertEquals(c.falseSide(), Integer.signum(stated - year), tf.prompt());
      }
    }
  }

  @Test
  void aTrueFalseItemIsStillMadeUnderASinceBound() {
    int falseOnes = 0;
    for (long seed = 1; seed <= 12; seed++) {
      Result r = gen(Language.EN, "Records of the old trading towns\n\nThe weekly market has been"
          + " held in the square since {{1871|date|1871}} by the guild.\n", seed);
      for (Question q : r.bank().questions()) {
        if (q instanceof Question.TrueFalse tf && !tf.truth()) {
          falseOnes++;
          assertTrue(statedYear(tf.prompt()) < 1871, tf.prompt());
        }
      }
    }
    assertTrue(falseOnes > 0, "a false statement with an earlier year is honest");
  }

  @Test
  void byOrBeforeAYearLeavesNoFalseValueSoNoTrueFalseNorChoice() {
    for (String word : List.of("By", "Before")) {
      Result r = gen(Language.EN, "Records of the old trading towns\n\n" + word
          + " {{1871|date|1871}} most of the old guilds had closed their halls in the town.\n", 1);
      assertFalse(r.bank().questions().stream().anyMatch(q -> q.type() == QuestionType.TRUEFALSE
          || q.type() == QuestionType.CHOICE), word);
      assertTrue(r.bank().questions().stream().anyMatch(q -> q.type() == QuestionType.CLOZE));
    }
  }

  @Test
  void notUntilNamesTheDateItselfSoBothSidesAreFalse() {
    assertEquals(HedgePolicy.Side.EITHER, SIDES.bound(Language.EN, "It was not until ", " that"));
    assertEquals(HedgePolicy.Side.ABOVE_SURE, SIDES.bound(Language.EN, "It lasted until ", ""));
  }

  /**
   * Hebrew "עד" is both "until" and "by" (kind end-by): opening a sentence that tells an event
   * ("עד סוף Y הגיעו …") it counts what happened up to then, a deadline: a later year is also
   * true, so neither true/false nor choice is made. After its verb, in a clause of a state, or
   * English "until" (never "by") anywhere, it ends a period: a later year is false. he14.
   */
  @Test
  void hebrewUntilOpeningASentenceOfAnEventReadsAsByAndOneEndingAStateAsUntil() {
    String[] byLike = {
        "עד סוף שנת {Y} הגיעו לנמל ארבע מאות אוניות סוחר מארצות רחוקות.",
        "עד סוף {Y} הגיעו לנמל ארבע מאות אוניות סוחר מארצות רחוקות.",
        "עד {Y} נבנו בעמק שלושים כפרים חדשים בידי המתיישבים."};
    String[] untilLike = {
        "הסוחרים הזרים שלטו בעיר הנמל עד סוף שנת {Y} ועזבו אותה בגלל מגפה קשה.",
        "The merchant guild ruled the harbour town until {Y} and then left it for good.",
        "Until {Y}, the merchant guild collected the tolls of the harbour town."};
    java.util.Random rnd = new java.util.Random(1402);
    int untilFalse = 0;
    for (int k = 0; k < 24; k++) {
      int year = 1300 + rnd.nextInt(650);
      boolean by = k % 3 != 2;
      String sentence = by ? byLike[k % byLike.length] : untilLike[k % untilLike.length];
      Language lang = sentence.matches("(?s).*[a-z]{3}.*") ? Language.EN : Language.HE;
      String marked = sentence.replace("{Y}", "{{" + year + "|date|" + year + "}}");
      String title = lang == Language.EN ? "Records of the old trading towns" : "רשומות ערי המסחר הישנות";
      Result r = gen(lang, title + "\n\n" + marked + "\n", k + 1);
      for (Question q : r.bank().questions()) {
        if (by) {
          assertTrue(q.type() == QuestionType.CLOZE, "read as 'by': " + q.type() + " " + q.prompt());
        } else if (q instanceof Question.TrueFalse tf && !tf.truth()) {
          assertTrue(statedYear(tf.prompt()) > year, tf.prompt());
          untilFalse++;
        }
      }
      assertTrue(r.bank().questions().stream().anyMatch(q -> q.type() == QuestionType.CLOZE),
          sentence + "\n" + r.report().format(r.bank()));
    }
    assertTrue(untilFalse > 0, "an end of a state still gets a false statement with a later year");
  }
}
