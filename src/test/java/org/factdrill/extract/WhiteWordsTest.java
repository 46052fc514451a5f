package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The words of a clause read a character at a time are the ones the regular expression's split
 * after a trim gave (kept here as the oracle): on generated spans of words of several scripts,
 * every white space character Java's {@code \s} knows, the ones it does not (no-break and
 * ideographic spaces, the line separator, control characters that a trim removes), at either
 * end and in runs.
 */
class WhiteWordsTest {
  private static final Pattern WHITE = Pattern.compile("\\s+");

  @Provide
  Arbitrary<String> span() {
    List<String> parts = List.of("a", "Day", "ngày", "lễ", "יום", "הולדת", "1948", "-", ",", "(",
        " ", " ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\r\n", "\u00A0", "\u3000", "\u2028",
        "\u0001", "\u001F", "\u0000", "\u0085", "\u200B");
    return Arbitraries.of(parts).list().ofMaxSize(14).map(l -> String.join("", l));
  }

  @Property(tries = 20000, seed = "23")
  void theWordsAreTheOnesTheSplitOfTheTrimmedSpanGave(@ForAll("span") String s) {
    assertArrayEquals(WHITE.split(s.trim()), WhiteWords.split(s), "[" + s + "]");
  }
}
