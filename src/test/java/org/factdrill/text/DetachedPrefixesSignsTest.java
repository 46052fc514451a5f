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

  /** {@code signs} as it read a {@link CharSequence} before it read arrays: the oracle. */
  private static int oldSigns(String prefixes, CharSequence s) {
    if (prefixes.isEmpty()) {
      return 0;
    }
    int n = 0;
    int len = s.length();
    for (int p = 0; p + 1 < len; p++) {
      char after = s.charAt(p + 1);
      boolean hyphen = after == '-' || after == '\u05be';
      if (!hyphen && !oldSpace(after)) {
        continue;
      }
      char c = s.charAt(p);
      if (prefixes.indexOf(c) < 0 || p > 0 && oldBlocksBefore(Character.codePointBefore(s, p))) {
        continue;
      }
      int q = p + 1;
      if (hyphen) {
        q++;
      }
      int ws = q;
      while (q < len && oldSpace(s.charAt(q))) {
        q++;
      }
      if (q > ws && q < len && Character.isLetter(Character.codePointAt(s, q))) {
        n += hyphen ? 2 : 1;
      }
    }
    return n;
  }

  private static boolean oldBlocksBefore(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER || "'\"\u05f3\u05f4\u201c\u201d\u2018\u2019-\u05be."
        .indexOf(c) >= 0;
  }

  private static boolean oldSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  @Test
  void aRangeOfTheArrayCountsWhatTheOldLoopCountedOnThatPieceOfText() {
    Random r = new Random(1818);
    // Letters, digits and marks outside the BMP, and lone surrogates, beside the pieces above.
    String[] more = {"\ud835\udc00", "\ud801\udc00", "\ud835\udfce", "\ud834\udd65", "\ud835",
        "\udc00", "\u200f", "\u00b7", "מ", "ה"};
    String prefixes = "הובלמשכ";
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = 1 + r.nextInt(16); n > 0; n--) {
        b.append(r.nextInt(4) == 0 ? more[r.nextInt(more.length)] : PIECES[r.nextInt(PIECES.length)]);
      }
      String s = b.toString();
      int from = r.nextInt(s.length() + 1);
      int to = from + r.nextInt(s.length() - from + 1);
      char[] chars = s.toCharArray();
      CharSequence piece = s.subSequence(from, to);
      assertEquals(oldSigns(prefixes, piece), DetachedPrefixes.signs(prefixes, chars, from, to),
          s + " " + from + ".." + to);
      assertEquals(oldSigns("ה", piece), DetachedPrefixes.signs("ה", chars, from, to), s);
      assertEquals(oldSigns(prefixes, s), DetachedPrefixes.signs(prefixes, s), s);
    }
  }
}
