package org.factdrill.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ellipses that mark omitted words in a source ("…", "...", "[…]", "(...)"): where one ends a
 * sentence, and whether a piece of text shows one. A sentence holding one is not whole (a quote
 * cut inside a clause, a list with items left out), so a question must not show it as if it were.
 */
public final class Ellipses {
  /** One ellipsis: three or more periods or "…", bare or in brackets. */
  private static final String MARK = "(?:[\\[(]\\s?(?:…|\\.{3,})\\s?[\\])]|…|\\.{3,})";
  private static final Pattern ANY = Pattern.compile(MARK);
  /** An ellipsis, white space, then a word that may open a sentence (an opening quote allowed). */
  private static final Pattern BEFORE_WORD = Pattern.compile(MARK
      + "(?=[ \\t\\u00a0]+[\"“‘'(]?(\\p{Lu}[\\p{L}\\p{M}]*))");
  /** The ellipsis a question prompt adds itself where it cut a long sentence at a clause. */
  // A quotation going on past the cut keeps its marks outside the generator's "…" (QuoteCut).
  private static final Pattern OWN_CUT = Pattern.compile(
      "^[“«„\"״]*… |(?<=\\S) …[”»“\"״]*$");

  private Ellipses() {}

  /**
   * The offsets in [s, e) right after an ellipsis that a capitalized sentence opener follows
   * ("… In 1920"), with words before it: the sentence ended there. Offsets ascending.
   */
  static List<Integer> breaks(String text, int s, int e, Set<String> openers) {
    List<Integer> out = new ArrayList<>();
    if (openers.isEmpty() || !mayHoldMark(text, s, e)) {
      return out;
    }
    return breaksAfterMarks(text, s, e, openers);
  }

  /**
   * As {@link #breaks}, for a span already known to hold a "…" or two periods in a row (the
   * sentence splitter knows where its periods are).
   */
  static List<Integer> breaksAfterMarks(String text, int s, int e, Set<String> openers) {
    List<Integer> out = new ArrayList<>();
    Matcher m = BEFORE_WORD.matcher(text).region(s, e);
    m.useTransparentBounds(true);
    while (m.find()) {
      // The opener and the span's end first: the letter test reads the whole span before the
      // mark, and nearly every mark is followed by no opener.
      if (m.end() < e && openers.contains(m.group(1).toLowerCase(Locale.ROOT))
          && text.substring(s, m.start()).codePoints().anyMatch(Character::isLetterOrDigit)) {
        out.add(m.end());
      }
    }
    return out;
  }

  /**
   * True when [s, e) holds a "…" or two periods in a row, which every ellipsis has: looked for
   * in the span only (the search to the text's end, once per sentence, grew with the paragraph).
   */
  private static boolean mayHoldMark(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c == '…' || c == '.' && i + 1 < e && text.charAt(i + 1) == '.') {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the text right before {@code end} is an ellipsis (bare or in brackets) within the
   * seven characters before it: what {@code MARK$} finds there, read backwards without a regex
   * (it is asked at every sentence break). Checked against the pattern in EllipsesTest.
   */
  static boolean endsAt(String para, int end) {
    char c = para.charAt(end - 1);
    int from = Math.max(0, end - 7);
    if (c == '…') {
      return true;
    }
    if (c == '.') {
      return end - from >= 3 && para.charAt(end - 2) == '.' && para.charAt(end - 3) == '.';
    }
    if (c != ']' && c != ')') {
      return false;
    }
    int k = end - 2;
    if (k >= from && regexSpace(para.charAt(k))) {
      k--;
    }
    if (k >= from && para.charAt(k) == '…') {
      k--;
    } else {
      int dots = 0;
      while (k >= from && para.charAt(k) == '.') {
        dots++;
        k--;
      }
      if (dots < 3) {
        return false;
      }
    }
    if (k >= from && regexSpace(para.charAt(k))) {
      k--;
    }
    return k >= from && (para.charAt(k) == '[' || para.charAt(k) == '(');
  }

  /** What {@code \s} matches in a pattern without UNICODE_CHARACTER_CLASS. */
  private static boolean regexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The word after {@code from} past spaces and an opening quote or bracket, or null. */
  static String nextWord(String para, int from) {
    int n = from;
    while (n < para.length() && (para.charAt(n) == ' ' || para.charAt(n) == '\t'
        || "\"“‘'(".indexOf(para.charAt(n)) >= 0)) {
      n++;
    }
    int ne = n;
    while (ne < para.length() && Character.isLetter(para.charAt(ne))) {
      ne++;
    }
    return ne > n ? para.substring(n, ne) : null;
  }

  /**
   * True when {@code prompt} shows an ellipsis of its source: anywhere but the "… " a prompt
   * opens with or the " …" it ends with where the generator cut a long sentence at a clause.
   */
  public static boolean shown(String prompt) {
    return ANY.matcher(OWN_CUT.matcher(prompt).replaceAll("")).find();
  }
}
