package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Hebrew events whose kind tells their place in time, in the forms a history text writes them
 * (plural, active, a prefix letter): a founding, building, opening or inauguration comes before a
 * destruction, burning, abandonment, evacuation or killing, so a "which happened first?" pairing
 * them is answered by its wording. Clauses made up from subjects and verbs of each kind.
 */
class HebrewEventKindsTest {
  // subjects and verbs made up for this test: {subject, begin verb, end verb}
  private static final String[] SUBJECTS = {"בית הכנסת של ורדינה", "בתי המושבה", "המבצר הישן",
      "הכפר על הגבעה", "בית הספר החקלאי"};
  private static final String[] BEGIN = {"נוסדו", "הוקמו", "נבנו", "נפתחו", "נחנך", "נחנכה",
      "ונחנכו", "ייסדו", "הקימו"};
  private static final String[] END = {"נהרס", "נהרסה", "נהרסו", "נחרב", "נחרבו", "נשרף", "ונשרפה",
      "ננטש", "ננטשו", "פונה", "פונו", "הושמד", "הושמדו", "נסגרו", "פורקו", "בוטלו"};

  @Test
  void aFoundingOrInaugurationComesBeforeADestructionOrAbandonment() {
    OrderWords he = OrderWords.of(Language.HE);
    int n = 0;
    for (String s : SUBJECTS) {
      for (String b : BEGIN) {
        for (String e : END) {
          String earlier = s + " " + b + " בידי אנשי המקום.";
          String later = s + " " + e + " בזמן המלחמה.";
          assertTrue(he.tellsOrder(earlier, later), earlier + " / " + later);
          assertFalse(he.tellsOrder(later, earlier), later + " / " + earlier);
          n++;
        }
      }
    }
    assertEquals(SUBJECTS.length * BEGIN.length * END.length, n);
  }

  @Test
  void killingsAndMurdersAreEndsAndNeutralEventsAreNeither() {
    OrderWords he = OrderWords.of(Language.HE);
    assertEquals(OrderWords.Kind.END, he.kind("ראש המושבה נרצח בדרכו אל העיר."));
    assertEquals(OrderWords.Kind.END, he.kind("שלושה מתיישבים נהרגו בהתקפה על הכפר."));
    assertEquals(OrderWords.Kind.BEGIN, he.kind("אבן הפינה לבית העם הונחה בטקס."));
    assertEquals(OrderWords.Kind.NONE, he.kind("המתיישבים נטעו כרמים על הגבעה."));
    assertEquals(OrderWords.Kind.NONE, he.kind("הוועד שלח משלחת אל הברון בפריז."));
  }
}
