package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The citation-free copy: none when nothing was marked, else markers dropped and runs split. */
class ToksEditsTest {

  private static List<String> texts(Toks t) {
    return java.util.stream.IntStream.range(0, t.size()).mapToObj(i -> t.get(i).text()).toList();
  }

  @Test
  void tokensWithNothingMarkedAreTheirOwnCitationFreeCopy() {
    Toks t = Tokenizer.toks("In 1945[3] the war ended.");
    assertSame(t, t.withoutCitations());
  }

  @Test
  void aCitedMarkerIsDroppedAndASplitRunBecomesTwoTokens() {
    Toks t = Tokenizer.toks("In 1945[3] on 198229 it ended.");
    t.cite(2);
    t.cite(3);
    t.cite(4);
    t.split(6, 4);
    Toks c = t.withoutCitations();
    assertNotSame(t, c);
    assertEquals(List.of("In", "1945", "on", "1982", "29", "it", "ended", "."), texts(c));
  }
}
