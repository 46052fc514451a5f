package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A data box's row whose value is written as sentences (a label, its figure, a noun phrase with a
 * relative clause, a full stop, then "label: figure unit.") between the box's other rows is a row:
 * none of its figures is asked, while the page's prose is. Ship and engine made up for this test.
 */
class BoxRowWrittenAsSentencesTest {
  private static final String[][] PAGES = {
      {"he", "אלנור (ספינה)\n\n"
          + "אלנור הייתה משחתת של צי ארץ הגבעות, שהשתתפה במלחמת שלושת העמקים.\n\n"
          + "מאפיינים כלליים\nסוג משחתת\nהדחק 2,150 טון (2,430 טון)\n"
          + "הנעה 6 דודי קיטור שסיפקו קיטור לשתי טורבינות שהניעו את שני המדחפים של הספינה. הספק כולל: 47,500 כוחות סוס.\n"
          + "מהירות 36 קשר (67 קמ\"ש)\nצוות 187 מלחים\n\n"
          + "בשנת 1931 הפליגה אלנור לים הצפוני. בשנת 1934 היא הוצאה משירות ונמכרה לגריטה.\n",
          "47,500", "1931"},
      {"en", "Arlenne (ship)\n\n"
          + "Arlenne was a destroyer of the Hill Navy that served in the War of the Three Valleys.\n\n"
          + "General characteristics\nType destroyer\nDisplacement 2,150 tons (2,430 tons)\n"
          + "Propulsion 6 boilers that fed steam to two turbines which drove the shafts. Total power: 47,500 shaft horsepower.\n"
          + "Speed 36 knots (67 km/h)\nComplement 187 sailors\n\n"
          + "In 1931 Arlenne sailed to the northern sea. In 1934 she was decommissioned and sold for scrap.\n",
          "47,500", "1931"}};

  @Test
  void noFigureOfARowWrittenAsSentencesIsAskedAndTheProseIs() {
    for (String[] p : PAGES) {
      Language lang = Language.fromCode(p[0]).orElseThrow();
      Result r = Fixtures.extracted(lang, p[1]);
      for (Question q : r.bank().questions()) {
        String shown = q.prompt() == null ? "" : q.prompt();
        assertFalse(shown.contains(p[2]) || shown.contains("_____ " + (p[0].equals("he")
            ? "דודי" : "boilers")), shown);
      }
      assertTrue(r.bank().questions().stream().anyMatch(q -> q.answer().text().contains(p[3])),
          p[1]);
    }
  }
}
