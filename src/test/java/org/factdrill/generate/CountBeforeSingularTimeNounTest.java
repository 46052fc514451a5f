package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A count above ten takes the singular time noun in Hebrew ("עשרים שנה לאחר מכן", "כ-20 שנה
 * אחר כך"): the number is the count of that noun, so the year is the one before plus the count,
 * never plus one; a count the reader cannot read leaves the year unknown (not asked); and when
 * the sentence writes the absolute year beside the relative one, no year is added. Made-up texts.
 */
class CountBeforeSingularTimeNounTest {
  private static final RelativeTime RELATIVE = new RelativeTime();

  private static List<String> years(Language lang, String text) {
    TimeAnchors anchors = TimeAnchors.of(lang, text,
        SharedExtractor.get().extract(new org.factdrill.text.Document("t", text, lang)));
    return RELATIVE.find(lang, text, 0, text.length()).stream()
        .map(f -> f.text() + "=" + RELATIVE.resolve(f, anchors).year()).toList();
  }

  @Test
  void aCountBeforeTheSingularYearCountsThatManyYears() {
    assertEquals(List.of("20 שנה לאחר מכן=1941"),
        years(Language.HE, "המבצר נבנה בשנת 1921. 20 שנה לאחר מכן הוא נהרס בשריפה."));
    assertEquals(List.of("עשרים שנה אחר כך=1941"),
        years(Language.HE, "המבצר נבנה בשנת 1921. עשרים שנה אחר כך הוא נהרס בשריפה."));
    assertEquals(List.of("וכעבור 15 שנה=1936"),
        years(Language.HE, "המבצר נבנה בשנת 1921, וכעבור 15 שנה הוא נהרס בשריפה."));
    assertEquals(List.of("12 שנה קודם לכן=1909"),
        years(Language.HE, "המבצר נבנה בשנת 1921. 12 שנה קודם לכן עמד שם כפר."));
  }

  @Test
  void aCountTheReaderCannotReadIsNoYearLater() {
    // "twenty-five year after that": never the year before plus one.
    List<String> got = years(Language.HE,
        "המבצר נבנה בשנת 1921. עשרים וחמש שנה לאחר מכן הוא נהרס בשריפה.");
    assertFalse(got.stream().anyMatch(s -> s.endsWith("=1922")), got.toString());
    List<String> en = years(Language.EN,
        "The fort was built in 1921. Twenty-two years later it burned down.");
    assertFalse(en.stream().anyMatch(s -> s.endsWith("=1923")), en.toString());
  }

  @Test
  void thePromptShowsTheCountedYearNotTheYearAfter() {
    Result r = Fixtures.generate(Language.HE, "המבצר הגדול נבנה על הגבעה בשנת {{1921|date|1921}}"
        + " על ידי המושל. 20 שנה לאחר מכן נהרס המבצר בשריפה גדולה שגבתה {{300|number|300}}"
        + " קורבנות בעיר.");
    List<Question> q = Fixtures.clozes(r, "300");
    assertEquals(1, q.size(), r.report().format(r.bank()));
    assertTrue(q.get(0).prompt().contains("(1941)"), q.get(0).prompt());
    assertFalse(q.get(0).prompt().contains("1922"), q.get(0).prompt());
  }

  @Test
  void anAbsoluteYearBesideTheRelativeOneGetsNoYearAdded() {
    Result r = Fixtures.generate(Language.HE, "המבצר הגדול נבנה על הגבעה בשנת {{1921|date|1921}}"
        + " על ידי המושל. כ-20 שנה לאחר מכן, בשנת {{1943|date|1943}}, נהרס המבצר בשריפה גדולה"
        + " שגבתה {{300|number|300}} קורבנות בעיר.");
    for (Question q : r.bank().questions()) {
      assertFalse(q.prompt().matches("(?s).*\\((?:1941|1922)\\).*"), q.prompt());
    }
    Result en = Fixtures.generate(Language.EN, "The great fort was built on the hill in"
        + " {{1921|date|1921}} by the governor. About 20 years later, in {{1943|date|1943}}, the"
        + " fort burned down in a great fire that killed {{300|number|300}} people in the town.");
    for (Question q : en.bank().questions()) {
      assertFalse(q.prompt().contains("(1941)"), q.prompt());
    }
  }
}
