package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.factdrill.generate.PromptBuilder;
import org.factdrill.text.Language;
import org.factdrill.text.Sentences;
import org.factdrill.text.Span;
import org.factdrill.text.WrappedNumbers;
import org.junit.jupiter.api.Test;

/**
 * A number cut by a page's fixed-width wrap ("12." at one line's end, "5 million" at the next
 * one's start) is one number in one sentence, in every language. Sentences made up for this test.
 */
class WrappedNumbersTest {
  /** A language, its decimal mark, a scale word of it and its value, and filler words. */
  private record Case(Language lang, char decimal, String verb, String scale, long times,
      String[] words) {}

  private static final List<Case> CASES = List.of(
      new Case(Language.EN, '.', "lost about", "million", 1_000_000L,
          "the army lost about men during long winter of war and its allies".split(" ")),
      new Case(Language.HE, '.', "איבד כמעט", "מיליון", 1_000_000L,
          "הצבא איבד כמעט חיילים במהלך החורף הארוך של המלחמה ובעלות בריתה".split(" ")),
      new Case(Language.VI, ',', "mất khoảng", "triệu", 1_000_000L,
          "quân đội mất khoảng người trong mùa đông dài của chiến tranh và đồng minh".split(" ")));

  @Test
  void aDecimalCutAtAWrapIsOneNumberInOneSentence() {
    Random r = new Random(7);
    for (int k = 0; k < 600; k++) {
      Case c = CASES.get(r.nextInt(CASES.size()));
      int head = 1 + r.nextInt(r.nextBoolean() ? 9 : 999);
      int frac = 1 + r.nextInt(9);
      String line = words(r, c, 40 + r.nextInt(30)) + " " + c.verb();
      String text = "A history\n\n" + line + " " + head + c.decimal() + "\n" + frac + " " + c.scale() + " "
          + words(r, c, 20) + ".";
      BigDecimal want = new BigDecimal(head + "." + frac)
          .multiply(BigDecimal.valueOf(c.times()));
      String value = want.stripTrailingZeros().toPlainString(); // a number's, or a sum's amount
      assertTrue(Facts.of(c.lang(), text).stream().map(f -> f.value().json().toString())
          .anyMatch(v -> v.equals(value) || v.contains("\"amount\":" + value + ",")), () -> text + " → "
          + Facts.describe(c.lang(), text));
      List<Span> s = Sentences.split(text, c.lang());
      assertEquals(2, s.size(), text); // the title and the one sentence
      assertTrue(PromptBuilder.clean(text.substring(s.get(1).start())).contains(head + "" + c.decimal() + frac + " "), text);
    }
  }

  @Test
  void aLineEndingInANumberThatIsNotCutStaysAsItIs() {
    // a short line (a list, a heading), a year, a space after the mark: the line's end is kept
    String shortLine = "Casualties: 12.\n5 million fled.";
    assertEquals(2, Sentences.split(shortLine, Language.EN).size());
    String year = "The treaty that ended the long war was signed in 1990.\n5 million people"
        + " left.";
    assertEquals(2, Sentences.split(year, Language.EN).size());
    assertTrue(Facts.describe(Language.EN, year).contains("number:5 million=5000000"));
    String spaced = "The treaty that ended the long war was signed by all 12. \n5 million people"
        + " left.";
    assertEquals(2, Sentences.split(spaced, Language.EN).size());
    assertEquals("The treaty was signed by 12. 5 million", PromptBuilder.clean(
        "The treaty was signed by 12. \n5 million"));
  }

  @Test
  void aGroupOfThreeCutAtAWrapIsOneNumber() {
    String text = "By the end of the long winter the garrison of the fort counted 12,\n500 men.";
    assertEquals("number:12,\n500=12500", Facts.describe(Language.EN, text)
        .replaceAll(" \\| .*", ""));
  }

  @Test
  void theShapeNeedsAShortHeadAloneAndADigitAtTheNextLinesStart() {
    assertTrue(WrappedNumbers.brokenAt("about 12.\n5", 0, 9));
    assertTrue(WrappedNumbers.brokenAt("about 12,\r\n5", 0, 10));
    assertTrue(!WrappedNumbers.brokenAt("in 1990.\n5", 0, 8)); // four digits: a year ends it
    assertTrue(!WrappedNumbers.brokenAt("1,200.\n5", 0, 6)); // a grouped number ends it
    assertTrue(!WrappedNumbers.brokenAt("v12.\n5", 0, 4)); // a name's digits
    assertTrue(!WrappedNumbers.brokenAt("about 12.\n five", 0, 9));
    assertEquals("about 12.5 million", WrappedNumbers.rejoin("about 12.\n5 million"));
    assertEquals("line one.\nTwo", WrappedNumbers.rejoin("line one.\nTwo"));
  }

  private static String words(Random r, Case c, int minChars) {
    StringBuilder b = new StringBuilder();
    while (b.length() < minChars) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(c.words()[r.nextInt(c.words().length)]);
    }
    return b.toString();
  }
}
