package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of English sentence splitting over sentences built from parts: an abbreviation,
 * initial or dotted acronym before a name never ends a sentence; a sentence that opens with a
 * function word after one ends the one before it, with or without a space between them.
 */
class SentencesPropertiesTest {
  /** Shortened forms that stand before a capitalized name. */
  private static final List<String> BEFORE_NAME = List.of("U.S.", "U.K.", "E.U.", "Gen.",
      "St.", "Dr.", "Mt.", "R. T.", "J.", "U. S.", "Capt.", "Sen.");
  /** Made-up capitalized names and nouns (never a word a sentence opens with). */
  private static final List<String> NAMES = List.of("Korvath", "Senate", "Elmsley", "Harbor",
      "Navy", "Quillon", "Department", "Brandt");
  private static final List<String> OPENERS = List.of("The", "In", "After", "It", "They",
      "However,", "During", "A");
  private static final List<String> ENDS = List.of("signed the accord in 1871",
      "reached the coast in 1904", "left office after two terms", "built the bridge in 1765");

  @Provide
  Arbitrary<String> sentence() {
    return Combinators.combine(Arbitraries.of(OPENERS), Arbitraries.of(BEFORE_NAME),
        Arbitraries.of(NAMES), Arbitraries.of(ENDS))
        .as((o, a, n, e) -> o + " " + a + " " + n + " " + e + ".");
  }

  @Property(tries = 300, seed = "20")
  void abbreviationsBeforeNamesNeverSplitAndOpenersAlwaysDo(
      @ForAll("sentence") String a, @ForAll("sentence") String b,
      @ForAll("sentence") String c, @ForAll boolean glued) {
    String text = a + " " + b + (glued ? "" : " ") + c;
    List<String> got = Sentences.split(text, Language.EN).stream().map(s -> s.of(text)).toList();
    assertEquals(List.of(a, b, c), got, text);
  }

  @Property(tries = 100, seed = "20")
  void anAcronymEndingASentenceEndsIt(@ForAll("sentence") String a,
      @ForAll("sentence") String b) {
    String first = a.substring(0, a.length() - 1) + " in the U.S.";
    String text = first + " " + b;
    List<String> got = Sentences.split(text, Language.EN).stream().map(s -> s.of(text)).toList();
    assertEquals(List.of(first, b), got, text);
  }
}
