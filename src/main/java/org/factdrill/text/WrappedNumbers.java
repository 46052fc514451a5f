package org.factdrill.text;

/**
 * A number cut by a hard wrap: pages wrapped at a fixed width break a line wherever the width
 * ends, also inside "12.5 million", leaving "12." at one line's end and "5 million" at the next
 * one's start. The shape is that of no sentence end a writer would make: a short integer part
 * glued to a decimal or group mark, a bare line break (no space on either side), and digits at
 * the very start of the next line. What the number reads as is the grammar's affair; this tells
 * the sentence splitter (and the grammar) that the line break is inside it.
 */
public final class WrappedNumbers {
  /** The longest integer part read as cut: a year or any longer run ends sentences freely. */
  private static final int MAX_HEAD = 3;
  /** A line at least this long, broken without a sentence end, shows a wrapped paragraph. */
  static final int WRAPPED_LINE = 40;

  private WrappedNumbers() {}

  /**
   * True when the line feed at {@code lf} of {@code text} cuts a number: the line (from
   * {@code lineStart}) ends in one to three digits and a "." or "," with nothing after it, and
   * the next line opens with a digit. The line's length (that the paragraph is wrapped) is the
   * caller's test.
   */
  public static boolean brokenAt(CharSequence text, int lineStart, int lf) {
    int end = lf;
    if (end > lineStart && text.charAt(end - 1) == '\r') {
      end--;
    }
    if (lf + 1 >= text.length() || !isAsciiDigit(text.charAt(lf + 1))) {
      return false;
    }
    int mark = end - 1;
    if (mark <= lineStart || (text.charAt(mark) != '.' && text.charAt(mark) != ',')) {
      return false;
    }
    int head = mark;
    while (head > lineStart && isAsciiDigit(text.charAt(head - 1))) {
      head--;
    }
    int digits = mark - head;
    if (digits == 0 || digits > MAX_HEAD) {
      return false;
    }
    // "1,200." is a grouped number ending a sentence; "v2." a name: the head stands alone.
    return head == lineStart || !isNumberPart(text.charAt(head - 1));
  }

  /**
   * True when the line feed at {@code lf} cuts a number (as {@link #brokenAt}) in a line of a
   * wrapped paragraph: the line, without its trailing white space, is at least
   * {@value #WRAPPED_LINE} characters long.
   */
  public static boolean cutsNumber(CharSequence text, int lf) {
    int start = lf;
    while (start > 0 && text.charAt(start - 1) != '\n') {
      start--;
    }
    return lf - start >= WRAPPED_LINE && brokenAt(text, start, lf);
  }

  /**
   * {@code s} with the line breaks that cut a number (as {@link #brokenAt}) taken out, for text
   * shown to a student: a sentence holds such a break only where the splitter read it as inside a
   * number, so "12." + line break + "5 million" is shown "12.5 million".
   */
  public static String rejoin(String s) {
    int lf = s.indexOf('\n');
    if (lf < 0) {
      return s; // most sentences: one line
    }
    StringBuilder b = null;
    int lineStart = 0;
    int copied = 0;
    for (; lf >= 0; lf = s.indexOf('\n', lf + 1)) {
      if (brokenAt(s, lineStart, lf)) {
        if (b == null) {
          b = new StringBuilder(s.length());
        }
        int cut = lf > 0 && s.charAt(lf - 1) == '\r' ? lf - 1 : lf;
        b.append(s, copied, cut);
        copied = lf + 1;
      }
      lineStart = lf + 1;
    }
    return b == null ? s : b.append(s, copied, s.length()).toString();
  }

  private static boolean isNumberPart(char c) {
    return isAsciiDigit(c) || c == '.' || c == ',' || Character.isLetter(c);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
