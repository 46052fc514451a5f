package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;
import org.junit.jupiter.api.Test;

/** Where an excerpt a page cut off may be asked up to. Made-up sentences. */
class ClippedSentenceTest {
  /** The text kept of {@code text} (one sentence, cut off) for the year {@code year} in it. */
  private static String kept(Language lang, String text, String year) {
    int at = text.indexOf(year);
    Span s = new Span(0, text.length());
    Fact f = new Fact(at, at + year.length(), year, FactKind.DATE, new Value.Date(year), null, false,
        s);
    Span k = ClippedSentence.clipped(text, s, f, lang);
    return k == null ? null : k.of(text);
  }

  @Test
  void aRunOfShortClausesAfterTheBlankIsNoListAndItsCommasAreCutPoints() {
    assertEquals("מלחמת זלבין פרצה בשנת 1931, נמשכה שנים רבות, הסתיימה בשנת 1937",
        kept(Language.HE, "מלחמת זלבין פרצה בשנת 1931, נמשכה שנים רבות, הסתיימה בשנת 1937,"
            + " ונחתם הסכם", "1931"));
  }

  @Test
  void aListOfNamesAfterTheBlankIsStillNeverCutInside() {
    assertNull(kept(Language.EN, "The army took Varn in 1712, Lin, Mer, Tal, Orvin and", "1712"));
    assertEquals("The army took Varn in 1712 after a siege", kept(Language.EN,
        "The army took Varn in 1712 after a siege, and then the towns of Lin, Mer, Tal and",
        "1712"));
  }
}
