package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric 4: a scanned page's misread text is not asked. A bracket closed by another
 * kind is a misreading; a run of capitals ending in a date ("TREATY OF ZARNOV. MARCH 30, 1867.")
 * is a heading run into the line, not a statement. Generated brackets; invented sentences.
 */
class MisreadTextTest {
  private static final String OPEN = "([{";
  private static final String CLOSE = ")]}";

  /** Words with properly nested brackets of random kinds; kinds[] records each closer's index. */
  private static String nested(Random rnd, int depth, StringBuilder out) {
    int n = 1 + rnd.nextInt(3);
    for (int i = 0; i < n; i++) {
      out.append(" word").append(rnd.nextInt(99));
      if (depth < 3 && rnd.nextBoolean()) {
        int k = rnd.nextInt(3);
        out.append(" ").append(OPEN.charAt(k));
        nested(rnd, depth + 1, out);
        out.append(CLOSE.charAt(k));
      }
    }
    return out.toString();
  }

  @Test
  void nestedBracketsOfOneKindEachPairAndAnotherKindOfCloserDoesNot() {
    Random rnd = new Random(12);
    int swapped = 0;
    for (int i = 0; i < 2000; i++) {
      String t = nested(rnd, 0, new StringBuilder());
      assertFalse(Brackets.misPaired(t), t);
      assertFalse(Brackets.misPaired(t + ")"), "a closer with nothing open: " + t);
      assertFalse(Brackets.misPaired("[" + t), "an opener left open: " + t);
      int at = -1;
      for (int j = 0; j < t.length(); j++) {
        if (CLOSE.indexOf(t.charAt(j)) >= 0) {
          at = j;
          break;
        }
      }
      if (at >= 0) {
        char other = CLOSE.charAt((CLOSE.indexOf(t.charAt(at)) + 1 + rnd.nextInt(2)) % 3);
        String bad = t.substring(0, at) + other + t.substring(at + 1);
        assertTrue(Brackets.misPaired(bad), bad);
        swapped++;
      }
    }
    assertTrue(swapped > 500);
  }

  @Test
  void aSentenceWithAMisreadBracketIsNotAsked() {
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN, "Treaty of Zarnov\n\n"
        + "The treaty was ratified by the Senate on {{May 28, 1867|date|1867-05-28}} and proclaimed"
        + " by the [Unitcd} States in June.\n\nThe treaty was ratified by the council on"
        + " {{June 2, 1868|date|1868-06-02}} and proclaimed by the [United] States in July.\n"));
    assertTrue(Fixtures.clozes(r, "May 28, 1867").isEmpty(), r.report().format(r.bank()));
    assertTrue(Fixtures.skipped(r, SkipReason.MISREAD, "May 28, 1867"), r.report().format(r.bank()));
    assertFalse(Fixtures.clozes(r, "June 2, 1868").isEmpty(), r.report().format(r.bank()));
  }

  @Test
  void aRunOfCapitalsEndingInADateIsNotAskedButAnAcronymInProseIs() {
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN, "Treaty of Zarnov\n\n"
        + "TREATY WITH ZARNOV. MARCH 30, {{1867|date|1867}}. The ZNA council of Zarnov signed the"
        + " treaty with the Harbourton League in {{1871|date|1871}} after a long war.\n"));
    assertTrue(Fixtures.clozes(r, "1867").isEmpty(), r.report().format(r.bank()));
    assertFalse(Fixtures.clozes(r, "1871").isEmpty(), r.report().format(r.bank()));
  }
}
