package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A hedged count of years after or before a time ("about twenty years later", "כ-20 שנה לאחר
 * מכן", "כעשרים שנה אחר כך", "בערך 15 שנה לאחר מכן") covers no one year: no exact year (the year
 * before plus the count, nor plus one) is computed or shown for it. The same count unhedged still
 * gives its year. Made-up texts.
 */
class HedgedRelativeTimeTest {
  private static final RelativeTime RELATIVE = new RelativeTime();

  private static List<Integer> years(Language lang, String text) {
    TimeAnchors anchors = TimeAnchors.of(lang, text,
        SharedExtractor.get().extract(new org.factdrill.text.Document("t", text, lang)));
    return RELATIVE.find(lang, text, 0, text.length()).stream()
        .map(f -> RELATIVE.resolve(f, anchors).year()).toList();
  }

  @Test
  void aHedgedCountOfYearsGivesNoExactYear() {
    String[][] cases = {
        {"he", "המגדל נבנה בשנת 1907. כ-20 שנה לאחר מכן הוא נהרס ברעידת אדמה."},
        {"he", "המגדל נבנה בשנת 1907. כעשרים שנה לאחר מכן הוא נהרס ברעידת אדמה."},
        {"he", "המגדל נבנה בשנת 1907. כעשרים שנה אחר כך הוא נהרס ברעידת אדמה."},
        {"he", "המגדל נבנה בשנת 1907. בערך 15 שנה לאחר מכן הוא נהרס ברעידת אדמה."},
        {"he", "המגדל נבנה בשנת 1907. כמעט 30 שנה מאוחר יותר הוא נהרס ברעידת אדמה."},
        {"en", "The tower was built in 1907. About 20 years later it fell in an earthquake."},
        {"en", "The tower was built in 1907. Nearly twenty years later it fell in an earthquake."},
        {"vi", "Tháp được xây năm 1907. Khoảng 20 năm sau tháp bị đổ vì động đất."}};
    for (String[] c : cases) {
      List<Integer> got = years(Language.fromCode(c[0]).orElseThrow(), c[1]);
      assertTrue(got.stream().noneMatch(y -> y > 1907), c[1] + " -> " + got);
    }
    List<Integer> plain = years(Language.HE, "המגדל נבנה בשנת 1907. 20 שנה לאחר מכן הוא נהרס.");
    assertTrue(plain.contains(1927), plain.toString());
  }

  @Test
  void thePromptOfAHedgedCountShowsNoComputedYear() {
    Result r = Fixtures.generate(Language.HE, "המגדל הגבוה נבנה על הגבעה בשנת {{1907|date|1907}}"
        + " על ידי העירייה. כעשרים שנה לאחר מכן נהרס המגדל ברעידת אדמה שגבתה {{140|number|140}}"
        + " קורבנות בעיר.");
    for (Question q : r.bank().questions()) {
      assertFalse(q.prompt().matches("(?s).*\\((?:1908|1927)\\).*"), q.prompt());
    }
  }
}
