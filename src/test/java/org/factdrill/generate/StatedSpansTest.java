package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 6: a span the text states in running prose for a named thing ("The
 * Varnholt War began in 1861 and ended in 1865", "… lasted from 1861 to 1865") bounds the wrong
 * years of a question whose prompt names the thing: no option dates an event of the war before it
 * began or after it ended. Invented texts, generated years.
 */
class StatedSpansTest {
  @Test
  void aSentenceOpensWithTheNameOfItsThing() {
    Set<String> lower = Set.of("the", "during", "in");
    assertEquals("Varnholt War", StatedSpans.subject("The Varnholt War began in ", lower));
    assertEquals("Orlan Vesk", StatedSpans.subject("Orlan Vesk reigned from ", lower));
    assertNull(StatedSpans.subject("the war began in ", lower));
    assertNull(StatedSpans.subject("In 1861 the war began", lower));
    assertEquals("מלחמת ורנהולט", StatedSpans.subject("מלחמת ורנהולט החלה ב-", lower));
  }

  /** Oracle: every year shown for an event of the named war lies inside the war's stated span. */
  @Property(tries = 30, seed = "1616")
  void noOptionDatesAnEventOfANamedWarOutsideItsStatedSpan(
      @ForAll @IntRange(min = 1600, max = 1950) int began,
      @ForAll @IntRange(min = 4, max = 12) int length, @ForAll @IntRange(min = 1, max = 11) int at,
      @ForAll boolean period) {
    int ended = began + length;
    int year = began + Math.min(at, length - 1);
    String span = period ? "The Varnholt War lasted from " + began + " to " + ended + "."
        : "The Varnholt War began in " + began + " and ended in " + ended + ".";
    String text = "The harbour of Dellin\n\n" + span + " The harbour of Dellin grew slowly in"
        + " those years.\n\nDuring the Varnholt War, the harbour of Dellin was blockaded by the"
        + " northern fleet in " + year + ".\n";
    var r = Fixtures.extracted(Language.EN, text);
    for (Question q : r.bank().questions()) {
      if (!q.answer().text().equals(String.valueOf(year))) {
        continue;
      }
      for (String o : Fixtures.shownYears(q)) {
        int y = Integer.parseInt(o);
        assertTrue(y >= began && y <= ended, o + " outside the war " + began + "–" + ended
            + ": " + q.prompt());
      }
    }
  }
}
