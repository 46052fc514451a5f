package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, Hebrew chronology items (tenth session): a date that tells when something happened
 * takes a preposition ("ב-1929", "בשנת 1929", "בקיץ 1929"); a bare date right after a noun is
 * that noun's complement in the construct state ("מאורעות 1929", "מלחמת 1948"), and cutting it
 * out of an item would leave the noun incomplete. Every sentence is made up.
 */
class HebrewDateComplementTest {

  /** Nouns in the construct state that name an event by its year (made up or common words). */
  private static final List<String> CONSTRUCT = List.of("מאורעות", "מלחמת", "פרעות", "משבר",
      "מרד", "עליית", "ועידת", "שביתת", "מגפת", "רעידת", "מהפכת", "אסון", "הסכם", "הפגנות");
  // A noun whose own first letter is the preposition ב ("בחירות 1996") reads as a time: kept.
  /** Words that introduce a time: prefix ב, a lead, bound or period word. */
  private static final List<String> TIME_WORDS = List.of("בשנת", "בקיץ", "בחורף", "בסוף",
      "בתחילת", "באמצע", "במהלך", "מאז", "עד", "בין", "משנת", "בשנים");

  @Test
  void aBareYearAfterAConstructNounCompletesIt() {
    for (String noun : CONSTRUCT) {
      for (String lead : List.of("", "לאחר ", "בזמן ", "ערב ")) {
        assertTrue(DateComplement.ofNoun(Language.HE, "הכפר ננטש " + lead + noun + " "),
            lead + noun);
      }
    }
  }

  @Test
  void aYearAfterAPrepositionIsATime() {
    for (String w : TIME_WORDS) {
      assertFalse(DateComplement.ofNoun(Language.HE, "הכפר ננטש " + w + " "), w);
    }
    for (String before : List.of("הכפר ננטש ב-", "הכפר ננטש ב", "הכפר ננטש (", "הכפר ננטש, ",
        "", "הכפר ננטש ב־")) {
      assertFalse(DateComplement.ofNoun(Language.HE, before), before);
    }
  }

  @Test
  void aPackThatDoesNotSaySoKeepsEveryItem() {
    assertFalse(DateComplement.ofNoun(Language.EN, "the village was left after the riots "));
    assertFalse(DateComplement.ofNoun(Language.VI, "làng bị bỏ hoang sau biến cố "));
  }

  @Test
  void noChronologyItemLeavesTheNounWithoutItsYear() {
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.HE,
        "תולדות הכפר בעמק\n\n"
            + "בשנת {{1901|date|1901}} הקימו איכרים מן הגליל את הכפר הקטן בעמק.\n"
            + "לאחר מאורעות {{1911|date|1911}} עזבו את הכפר כמה משפחות של איכרים.\n"
            + "בשנת {{1921|date|1921}} נבנה בכפר בית ספר חדש לילדי האיכרים.\n"
            + "בשנת {{1931|date|1931}} נסלל כביש חדש מן הכפר אל העיר הגדולה.\n"
            + "בשנת {{1941|date|1941}} נפתחה בכפר מרפאה ראשונה לתושבי העמק.\n"));
    String events = r.bank().questions().stream()
        .flatMap(q -> q.events().stream()).map(e -> e.text()).toList().toString();
    assertFalse(events.contains("מאורעות"), events);
    assertTrue(events.contains("מרפאה"), events);
  }
}
