package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 1: a Hebrew verb in the first person ("עליתי", I immigrated) as the
 * clause's first word, or the first after an opening time phrase, has the writer for its hidden
 * subject; nothing on screen says who that is, so the sentence points back as a pronoun does
 * (pack data: {@code first-person-ending} in {@code he/fronted-time.txt}). Every sentence is made
 * up.
 */
class FirstPersonVerbTest {
  private final TimePhrasePronoun t = new TimePhrasePronoun();

  @Test
  void aFirstPersonVerbOpeningTheClauseIsFound() {
    for (String s : List.of("עליתי לארץ ב-1890 עם הוריי.", "ועליתי לארץ ב-1890.",
        "בשנת 1890 עליתי לארץ עם משפחתי.", "ב-1890 כתבתי את ספרי הראשון.",
        "בסוף שנת 1890, הגעתי לנמל יפו.")) {
      assertTrue(t.find(Language.HE, s), s);
    }
  }

  @Test
  void aThirdPersonVerbANameOrAnAdjectiveIsNot() {
    for (String s : List.of("בשנת 1890 עלתה המשפחה לארץ.", "בשנת 1890 הוקם מוסד ממשלתי בעיר.",
        "הוקם מוסד ממשלתי בעיר ב-1890.", "שבתי לוי הגיע לנמל ב-1890.",
        "המשפחה עלתה לארץ, ובשנת 1890 קנתה כרם.")) {
      assertFalse(t.find(Language.HE, s), s);
    }
    // English has no person endings; since en14 its first-person words (fronted-time.txt) find
    // the writer anywhere outside quotes, and a name's numeral "I" is no writer.
    assertTrue(t.find(Language.EN, "In 1890 I arrived in Jaffa."), "the writer's word");
    assertFalse(t.find(Language.EN, "In 1890 Charles I arrived in Jaffa."), "a name's numeral");
  }

  @Test
  void theWritersOwnDateIsNotAsked() {
    Result r = Fixtures.generate(Language.HE, """
        זכרונות מן המושבה

        הכרמים נטעו על הגבעה שמעל הנחל. בשנת {{1890|date|1890}} עליתי לארץ עם הוריי ועם שני אחיי.
        """);
    assertTrue(Fixtures.clozes(r, "1890").isEmpty(), r.report().format(r.bank()));
    Result third = Fixtures.generate(Language.HE, """
        זכרונות מן המושבה

        הכרמים נטעו על הגבעה שמעל הנחל. בשנת {{1890|date|1890}} עלתה משפחת לוי לארץ עם שני בניה.
        """);
    assertEquals(1, Fixtures.clozes(third, "1890").size(), third.report().format(third.bank()));
  }
}
