package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The backward scan for an ellipsis before a break finds what the pattern it replaced found. */
class EllipsesEndsAtTest {
  /** The pattern Ellipses.endsAt ran on the seven characters before the break (the oracle). */
  private static final Pattern AT_END = Pattern.compile(
      "(?:[\\[(]\\s?(?:…|\\.{3,})\\s?[\\])]|…|\\.{3,})$");

  /** Ellipses.endsAt as it was: the last character tested, then the pattern. */
  private static boolean old(String para, int end) {
    char c = para.charAt(end - 1);
    if (c != '.' && c != '…' && c != ']' && c != ')') {
      return false;
    }
    return AT_END.matcher(para.substring(Math.max(0, end - 7), end)).find();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(".…[]() \t\n\u000Bxa\u00A0").ofMinLength(1)
        .ofMaxLength(14);
  }

  @Property(tries = 5000, seed = "1616")
  void theScanFindsWhatThePatternFound(@ForAll("texts") String text) {
    for (int end = 1; end <= text.length(); end++) {
      assertEquals(old(text, end), Ellipses.endsAt(text, end), text + " @" + end);
    }
  }

  @Test
  void bracketedAndBareEllipsesEndASentenceAndOnePeriodDoesNot() {
    assertTrue(Ellipses.endsAt("went on [ … ]", 13));
    assertTrue(Ellipses.endsAt("and so....", 10));
    assertTrue(Ellipses.endsAt("Paris (...)", 11));
    assertFalse(Ellipses.endsAt("ended.", 6));
    assertFalse(Ellipses.endsAt("x [ .... ]", 10), "wider than the seven characters looked at");
  }
}
