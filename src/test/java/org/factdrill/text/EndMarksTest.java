package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The end marks found once per text serve every span of it as a scan of each span's characters
 * did: glued sentences split where the regex oracle splits them, span after span with one
 * {@link EndMarks}, and an ellipsis's marks seen in a span exactly when the span holds a "…" or
 * two periods in a row, asked in order or not.
 */
class EndMarksTest {
  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of("a", "b", "z", "A", "Q", "\u00e9", "\u00c9", "\u05d0", "\u0414", ".",
        "..", "!", "?", "\u2026", " ", "1", "\n", ",")
        .list().ofMinSize(0).ofMaxSize(40).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(0, 60).list().ofMaxSize(6);
  }

  @Property(tries = 3000, seed = "11")
  void spansInOrderSplitAsTheRegexDoes(@ForAll("text") String text,
      @ForAll("cuts") List<Integer> cuts) {
    EndMarks marks = new EndMarks(text);
    int from = 0;
    for (int c : bounds(text, cuts)) {
      List<Span> got = new ArrayList<>();
      Sentences.addGlued(text, from, c, marks, got);
      assertEquals(SentencesPropertiesTest.regexGlued(text, from, c), got, text + " " + cuts);
      from = c;
    }
  }

  @Property(tries = 3000, seed = "11")
  void ellipsisMarksAreSeenWhereTheSpanHoldsThem(@ForAll("text") String text,
      @ForAll("cuts") List<Integer> cuts, @ForAll boolean reversed) {
    EndMarks marks = new EndMarks(text);
    List<Integer> b = bounds(text, cuts);
    for (int k = 0; k < b.size(); k++) {
      int i = reversed ? b.size() - 1 - k : k;
      int s = i == 0 ? 0 : b.get(i - 1);
      int e = b.get(i);
      String span = text.substring(s, e);
      assertEquals(span.contains("\u2026") || span.contains(".."),
          marks.mayHoldEllipsis(s, e), text + " [" + s + ", " + e + ")");
    }
  }

  /** The cuts inside the text, ascending, then its length. */
  private static List<Integer> bounds(String text, List<Integer> cuts) {
    List<Integer> b = new ArrayList<>(cuts.stream().map(c -> Math.min(c, text.length()))
        .sorted().toList());
    b.add(text.length());
    return b;
  }
}
