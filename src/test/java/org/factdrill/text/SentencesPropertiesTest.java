package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of English sentence splitting over sentences built from parts: an abbreviation,
 * initial or dotted acronym before a name never ends a sentence; a sentence that opens with a
 * function word after one ends the one before it, with or without a space between them; the
 * scan that finds sentences glued without a space finds what its regex found.
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

  /** The rule the scan in Sentences.glued implements, as the regex it replaced (the oracle). */
  private static final Pattern GLUED_REGEX =
      Pattern.compile("(?<=\\p{Ll}{2}[.!?])(?=\\p{Lu}[\\p{Ll} ])");

  @Provide
  Arbitrary<String> gluedText() {
    // Few characters, so marks, lower- and upper-case letters, spaces, non-Latin letters and
    // surrogate pairs (a lower-case mathematical letter) meet often.
    return Arbitraries.of("a", "b", "z", "A", "Q", "\u00e9", "\u00c9", "\u05d0", "\u0434",
        "\u0414", "\uD835\uDC1A", "\uD835\uDC00", ".", "!", "?", " ", "1", "\n", ",")
        .list().ofMinSize(0).ofMaxSize(24).map(l -> String.join("", l));
  }

  @Property(tries = 3000, seed = "20")
  void gluedSentenceBreaksAreTheRegexMatchesInsideTheSpan(@ForAll("gluedText") String text,
      @ForAll @IntRange(max = 6) int cutStart, @ForAll @IntRange(max = 6) int cutEnd) {
    int s = Math.min(cutStart, text.length());
    int e = Math.max(s, text.length() - cutEnd);
    List<Span> expected = new ArrayList<>();
    Matcher m = GLUED_REGEX.matcher(text).region(s, e);
    int from = s;
    while (m.find()) {
      trimmed(text, from, m.end(), expected);
      from = m.end();
    }
    trimmed(text, from, e, expected);
    List<Span> got = new ArrayList<>();
    Sentences.addGlued(text, s, e, got);
    assertEquals(expected, got, text + " [" + s + ", " + e + ")");
  }

  private static void trimmed(String text, int s, int e, List<Span> out) {
    String part = text.substring(s, e);
    String strip = part.strip();
    if (!strip.isEmpty()) {
      int at = s + part.indexOf(strip);
      out.add(new Span(at, at + strip.length()));
    }
  }

  @Property(tries = 100, seed = "20")
  void anAcronymEndingASentenceEndsIt(@ForAll("sentence") String a,
      @ForAll("sentence") String b) {
    String first = a.substring(0, a.length() - 1) + " in the U.S.";
    String text = first + " " + b;
    List<String> got = Sentences.split(text, Language.EN).stream().map(s -> s.of(text)).toList();
    assertEquals(List.of(first, b), got, text);
  }

  /**
   * Dotted initialisms and degrees built from parts: two to four capital letters each with its
   * period ("Q.R.", "U.S.S.R."), or a degree of one-letter and short parts ("Ph.D.", "LL.M.").
   */
  @Provide
  Arbitrary<String> dottedInitialism() {
    Arbitrary<String> letter = Arbitraries.chars().range('A', 'Z').map(String::valueOf);
    Arbitrary<String> initials = letter.list().ofMinSize(2).ofMaxSize(4)
        .map(l -> String.join(".", l) + ".");
    Arbitrary<String> shortPart = Combinators.combine(letter,
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(0).ofMaxLength(2))
        .as((c, rest) -> c + rest);
    Arbitrary<String> degree = Combinators.combine(shortPart, letter, Arbitraries.of(true, false))
        .as((p, one, oneFirst) -> (oneFirst ? one + "." + p : p + "." + one) + ".");
    return Arbitraries.oneOf(initials, degree);
  }

  @Property(tries = 300, seed = "20")
  void aDottedInitialismBeforeANameEndsNoSentenceAndBeforeAnOpenerDoes(
      @ForAll("dottedInitialism") String abbr, @ForAll("sentence") String a,
      @ForAll("sentence") String b) {
    String head = a.substring(0, a.length() - 1) + " with a " + abbr;
    for (String name : NAMES) {
      String one = head + " " + name + " report.";
      List<String> got = Sentences.split(one, Language.EN).stream().map(s -> s.of(one)).toList();
      assertEquals(List.of(one), got, one);
    }
    String two = head + " " + b;
    List<String> got = Sentences.split(two, Language.EN).stream().map(s -> s.of(two)).toList();
    assertEquals(List.of(head, b), got, two);
  }

  @Provide
  Arbitrary<String> ellipsis() {
    return Arbitraries.of("…", "...", "....", "[…]", "[...]", "(…)", "(...)", "[ … ]");
  }

  @Property(tries = 200, seed = "20")
  void anEllipsisBeforeAnOpenerEndsTheSentenceAndBeforeANameDoesNot(
      @ForAll("ellipsis") String mark, @ForAll("sentence") String a,
      @ForAll("sentence") String b) {
    String head = a.substring(0, a.length() - 1) + " " + mark;
    String two = head + " " + b;
    List<String> got = Sentences.split(two, Language.EN).stream().map(s -> s.of(two)).toList();
    assertEquals(List.of(head, b), got, two);
    for (String name : NAMES) {
      String one = head + " " + name + " and the rest came in 1920.";
      List<String> got1 = Sentences.split(one, Language.EN).stream().map(s -> s.of(one)).toList();
      assertEquals(List.of(one), got1, one);
    }
  }
}
