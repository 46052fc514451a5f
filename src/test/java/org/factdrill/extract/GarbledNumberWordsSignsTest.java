package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The signs of prefix letters written apart, counted at a text's one-letter words only
 * ({@link GarbledNumberWords#signs}), are the signs the character loop counts over the whole
 * text: on generated texts of prefix letters, other Hebrew and Latin letters, points and other
 * marks, letters outside the BMP, digits of two scripts, every quote, dash, point and white
 * space; the old loop is kept here as the oracle.
 */
class GarbledNumberWordsSignsTest {
  private static final String[] PIECES = {"ה", "ו", "ב", "ל", "מ", "ש", "כ", "כוחות", "מאמץ", "א",
      "ת", "בית", " ", "  ", "\t", "\n", "\r\n", "\u000b", "\f", "-", "\u05be", "'", "\"",
      "\u05f3", "\u05f4", "\u201c", "\u201d", "\u2018", "\u2019", ".", ",", "3", "1948", "\u0663",
      "\u05b8", "\u05bc", "\u0301", "\u20dd", "\u2163", "abc", "Ж", "(", ")", "[", "]", "?", "_",
      "*", "\u00a0", "\u2009", "\u200b", "\u200f", "\ud835\udc00", "\ud800", "\udc00", "\u00ad"};

  /** Pieces that make signs: prefix letters alone, with their hyphen, and the words after. */
  private static final String[] DENSE = {" ה ", " ו ", "ב- ", "ה-", " מ ", "כוחות", " "};

  /** The whole-text loop as it was before the count moved to the words (the oracle). */
  private static int oldSigns(String prefixes, CharSequence s) {
    if (prefixes.isEmpty()) {
      return 0;
    }
    int n = 0;
    int len = s.length();
    for (int p = 0; p + 1 < len; p++) {
      char after = s.charAt(p + 1);
      boolean hyphen = after == '-' || after == '\u05be';
      if (!hyphen && !space(after)) {
        continue;
      }
      char c = s.charAt(p);
      if (prefixes.indexOf(c) < 0 || p > 0 && blocksBefore(Character.codePointBefore(s, p))) {
        continue;
      }
      int q = p + 1;
      if (hyphen) {
        q++;
      }
      int ws = q;
      while (q < len && space(s.charAt(q))) {
        q++;
      }
      if (q > ws && q < len && Character.isLetter(Character.codePointAt(s, q))) {
        n += hyphen ? 2 : 1;
      }
    }
    return n;
  }

  private static boolean blocksBefore(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER || "'\"\u05f3\u05f4\u201c\u201d\u2018\u2019-\u05be."
        .indexOf(c) >= 0;
  }

  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  private static String escaped(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return b.toString();
  }

  @Test
  void theOneLetterWordsHoldEverySignTheCharacterLoopCounts() {
    Random r = new Random(2006);
    String[] prefixSets = {"הובלמשכ", "ה", "ו", Language.HE.pack().prefixes(), "ה-", "a"};
    int signed = 0;
    for (int k = 0; k < 40_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = 1 + r.nextInt(18); n > 0; n--) {
        b.append(r.nextBoolean() ? PIECES[r.nextInt(PIECES.length)]
            : DENSE[r.nextInt(DENSE.length)]);
      }
      String s = b.toString();
      Toks t = Tokenizer.toks(s);
      for (String prefixes : prefixSets) {
        int old = oldSigns(prefixes, s);
        signed += old > 0 ? 1 : 0;
        assertEquals(old, GarbledNumberWords.signs(t, prefixes), prefixes + ": " + escaped(s));
        assertEquals(old, org.factdrill.text.DetachedPrefixes.signs(prefixes, s), s);
      }
    }
    // The texts hold signs of both kinds often enough for the comparison to mean something.
    assertEquals(true, signed > 20_000, "texts with a sign: " + signed);
  }
}
