package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The character loop of {@link DetachedPrefixes#signs} counts exactly what its regular
 * expression finds (a letter alone is one sign, with its hyphen two), on generated texts mixing
 * prefix letters, other letters, marks, digits, quotes, dashes, points and every white space.
 */
class DetachedPrefixesSignsTest {
  private static final String[] PIECES = {"ה", "ו", "ב", "ל", "מ", "ש", "כ", "כוחות", "מאמץ", "א",
      "ת", " ", "  ", "\t", "\n", "\r\n", "\u000b", "\f", "-", "\u05be", "'", "\"", "\u05f3", "\u05f4",
      "\u201c", "\u201d", "\u2018", "\u2019", ".", ",", "3", "٣", "\u05b8", "\u05bc", "abc", "Ж",
      "(", ")", "?", "\u00a0", "\u2009"};

  private static int byPattern(String prefixes, String s) {
    Matcher m = DetachedPrefixes.pattern(prefixes).matcher(s);
    int n = 0;
    while (m.find()) {
      n += m.group(2) == null ? 1 : 2;
    }
    return n;
  }

  @Test
  void theLoopCountsWhatThePatternFinds() {
    Random r = new Random(1402);
    String prefixes = "הובלמשכ";
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = 1 + r.nextInt(14); n > 0; n--) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String s = b.toString();
      assertEquals(byPattern(prefixes, s), DetachedPrefixes.signs(prefixes, s), s);
      assertEquals(byPattern("ה", s), DetachedPrefixes.signs("ה", s), s);
    }
    assertEquals(0, DetachedPrefixes.signs("", "כל ה כוחות"));
    // A letter outside the BMP before the prefix is a letter (the expression's look-behind saw
    // only its low surrogate and counted a sign there).
    assertEquals(0, DetachedPrefixes.signs("מ", "\ud835\udc00מ כוחות"));
  }
}
