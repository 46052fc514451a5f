package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 1: a definite noun of an event or place ("the war", "the colony",
 * "המלחמה") that nothing on screen names points to a name the student cannot see. The prompt
 * shows the sentence before when that one names it ("The Crimean War began …"); otherwise the
 * context line must name its kind, or the fact is not asked. Pack data, English and Hebrew
 * ({@code lang/<code>/topic-nouns.txt}). Every sentence is made up.
 */
class TopicNounNamedBeforeTest {

  private static Question only(Result r, String answer) {
    List<Question> q = Fixtures.clozes(r, answer);
    assertEquals(1, q.size(), r.report().format(r.bank()));
    return q.get(0);
  }

  @Test
  void anEnglishDefiniteNounNeedsItsNameOnScreen() {
    TopicNouns t = new TopicNouns();
    for (String p : List.of("The war ended in _____.", "In _____, the colony was abandoned.",
        "The treaty was ratified in _____.", "The agreement was signed by _____ states.",
        "The city had _____ inhabitants.", "The house burned down in _____.",
        "The town was founded in _____ by the king.",
        "The armistice was signed on _____.", "The uprising was crushed in _____.")) {
      assertTrue(t.unnamed(Language.EN, p, "Trade on the northern coast") != null, p);
    }
    assertNull(t.unnamed(Language.EN, "The war ended in _____.", "Crimean War"), "the context line");
    assertNull(t.unnamed(Language.EN, "The war ended in _____.", "Remembering WWII"),
        "an abbreviation of the war's name");
    assertNull(t.unnamed(Language.EN, "The agreement was signed in _____.", "Lisbon Accords"),
        "a word of the same kind names it");
    assertNull(t.unnamed(Language.EN, "The siege of Harlow lasted _____ days.", null),
        "the phrase after it says which");
    assertNull(t.unnamed(Language.EN, "In _____ the House voted for the bill.", null),
        "a capitalised noun inside a sentence is a name");
    assertNull(t.unnamed(Language.EN, "The Harlow War ended in _____.", null), "a name");
    assertNull(t.unnamed(Language.EN, "The pier of Karvo was built by the town in _____.", null),
        "a place any name in the prompt places");
    assertEquals("the war", t.unnamed(Language.EN, "The war reached Karvo in _____.", null),
        "an event is not placed by a name");
    assertEquals("the war", t.unnamed(Language.EN, "The war moved toward the coast in _____.",
        null), "a stem counts at a word's start only");
    assertNull(t.unnamed(Language.EN, "Russia sent _____ troops near Gyumri to the war.",
        null), "an English topic noun counts where it opens its clause, as what it is about");
    assertEquals("the war", t.unnamed(Language.EN,
        "Russia kept _____ troops near Gyumri throughout the war.", null),
        "or after a preposition of time: the clause is set in it (nineteenth review, class 8)");
  }

  @Test
  void theSentenceBeforeIsShownWhenItNamesTheThing() {
    Result r = Fixtures.generate(Language.EN, """
        Trade on the northern coast

        The Harlow War broke out over fishing rights along the northern coast. The war ended in \
        {{1856|date|1856}} with a treaty signed at Dunmere.
        """);
    assertTrue(only(r, "1856").prompt().contains("The Harlow War broke out"),
        only(r, "1856").prompt());
    Result colony = Fixtures.generate(Language.EN, """
        Trade on the northern coast

        The Swan Bay Colony was founded by merchants from the south. The colony had \
        {{4,000|number|4000}} settlers within ten years of its founding.
        """);
    assertTrue(only(colony, "4,000").prompt().contains("Swan Bay Colony"),
        only(colony, "4,000").prompt());
  }

  @Test
  void withNothingNamingItTheFactIsNotAsked() {
    Result r = Fixtures.generate(Language.EN, """
        Trade on the northern coast

        Fishing boats sailed from every harbour along the coast. The war ended in \
        {{1856|date|1856}} with a treaty signed at Dunmere.
        """);
    assertTrue(Fixtures.clozes(r, "1856").isEmpty(), r.report().format(r.bank()));
    assertTrue(Fixtures.skipped(r, SkipReason.BACK_REFERENCE, "1856"));
    Result titled = Fixtures.generate(Language.EN, """
        The Harlow War

        Fishing boats sailed from every harbour along the coast. The war ended in \
        {{1856|date|1856}} with a treaty signed at Dunmere.
        """);
    assertFalse(only(titled, "1856").prompt().contains("Fishing"), "the context line names it");
  }

  @Test
  void aHebrewWarNamedInTheSentenceBeforeIsShownWithIt() {
    Result r = Fixtures.generate(Language.HE, """
        סחר בחוף הצפוני

        מלחמת הדייגים פרצה בגלל זכויות הדיג לאורך החוף הצפוני. המלחמה הסתיימה ב-{{1856|date|1856}} \
        בהסכם שנחתם בנמל.
        """);
    assertTrue(only(r, "1856").prompt().contains("מלחמת הדייגים"), only(r, "1856").prompt());
  }
}
