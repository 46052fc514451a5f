package org.factdrill.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;

/**
 * The sentence boundaries ICU's sentence iterator gives (the rules of Unicode's UAX #29, with the
 * characters' Sentence_Break classes read from ICU), found without ICU for a text whose characters
 * need none of the rules for combining marks, format controls, CR or other separators: a break
 * can only follow a line feed or a run of a terminator, closing marks and spaces, so only those
 * runs are read, where ICU's iterator reads every character through its state table. A text with
 * such a character is left to ICU's iterator (given). Not thread-safe.
 */
final class SentenceRules {
  /** What {@link #next} returns after the text's end, as ICU's {@code BreakIterator.DONE}. */
  static final int DONE = -1;

  // The classes a boundary can follow, and '…', are numbered last: one comparison per
  // character finds them (setText notes where they are, so next reads only those).
  private static final byte OTHER = 0;
  private static final byte CLOSE = 1;
  private static final byte SP = 2;
  private static final byte LOWER = 3;
  private static final byte UPPER = 4;
  private static final byte OLETTER = 5;
  private static final byte NUMERIC = 6;
  private static final byte SCONTINUE = 7;
  private static final byte ATERM = 8;
  private static final byte STERM = 9;
  private static final byte LF = 10;
  /**
   * '…', of class Other in UAX #29 (and read as Other by the rules below), noted with the
   * terminators because the ellipsis test of {@link Sentences} looks for it.
   */
  private static final byte ELLIPSIS = 11;
  /** Extend, Format, CR, Sep and surrogates: a text holding one is left to ICU. */
  private static final byte REFUSED = 12;

  /** The class of every BMP character, read once from ICU's Sentence_Break property. */
  private static final byte[] CLASSES = classes();

  private final BreakIterator icu;
  /** Whether the rules read the current text (else ICU's iterator does). */
  private boolean own;
  private String text;
  private int n;
  private int pos;
  /**
   * Where the current text (when the rules read it) has a terminator, a line feed or a '…',
   * ascending: the only characters a boundary can follow, and the only ones the glued-sentence
   * and ellipsis tests of {@link Sentences} look at.
   */
  private int[] marks = new int[64];
  private int markCount;
  /** The first mark that {@link #next} has not passed. */
  private int mark;

  /** Rules that leave the texts they do not cover to {@code icu} (a sentence iterator). */
  SentenceRules(BreakIterator icu) {
    this.icu = icu;
  }

  private static byte[] classes() {
    byte[] b = new byte[0x10000];
    for (int c = 0; c < b.length; c++) {
      b[c] = Character.isSurrogate((char) c) ? REFUSED : of(
          UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK));
    }
    if (b['\u2026'] != OTHER) {
      throw new IllegalStateException("'\u2026' is no longer of Sentence_Break class Other");
    }
    b['\u2026'] = ELLIPSIS;
    return b;
  }

  private static byte of(int sb) {
    switch (sb) {
      case UCharacter.SentenceBreak.ATERM: return ATERM;
      case UCharacter.SentenceBreak.STERM: return STERM;
      case UCharacter.SentenceBreak.CLOSE: return CLOSE;
      case UCharacter.SentenceBreak.SP: return SP;
      case UCharacter.SentenceBreak.LOWER: return LOWER;
      case UCharacter.SentenceBreak.UPPER: return UPPER;
      case UCharacter.SentenceBreak.OLETTER: return OLETTER;
      case UCharacter.SentenceBreak.NUMERIC: return NUMERIC;
      case UCharacter.SentenceBreak.SCONTINUE: return SCONTINUE;
      case UCharacter.SentenceBreak.LF: return LF;
      case UCharacter.SentenceBreak.OTHER: return OTHER;
      default: return REFUSED; // EXTEND, FORMAT, CR, SEP
    }
  }

  /** True when no character of {@code s} needs ICU's own rules. */
  static boolean covers(String s) {
    byte[] cls = CLASSES;
    for (int i = 0; i < s.length(); i++) {
      if (cls[s.charAt(i)] == REFUSED) {
        return false;
      }
    }
    return true;
  }

  /** Takes {@code s} to iterate over, positioned at its start (boundary 0). */
  void setText(String s) {
    // One read of every character: whether the rules cover the text, and where its marks are.
    byte[] cls = CLASSES;
    int[] at = marks;
    int k = 0;
    int len = s.length();
    for (int i = 0; i < len; i++) {
      byte c = cls[s.charAt(i)];
      if (c >= ATERM) {
        if (c == REFUSED) {
          own = false;
          markCount = 0;
          icu.setText(s);
          return;
        }
        if (k == at.length) {
          at = marks = java.util.Arrays.copyOf(at, k * 2);
        }
        at[k++] = i;
      }
    }
    own = true;
    markCount = k;
    mark = 0;
    text = s;
    n = len;
    pos = 0;
  }

  /**
   * The number of marks of the current text (see {@link #markAt}); valid only when
   * {@link #own()}.
   */
  int markCount() {
    return markCount;
  }

  /** The offset of the {@code k}-th mark: a terminator, a line feed or a '…'. */
  int markAt(int k) {
    return marks[k];
  }

  /** The index of the first mark at or after offset {@code from} ({@link #markCount} if none). */
  int firstMark(int from) {
    int lo = 0;
    int hi = markCount;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (marks[mid] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** True when the rules read the current text, false when ICU does (for tests). */
  boolean own() {
    return own;
  }

  /** The first boundary after the current one (the text's length last), then {@link #DONE}. */
  int next() {
    if (!own) {
      return icu.next();
    }
    if (pos >= n) {
      return DONE;
    }
    byte[] cls = CLASSES;
    String t = text;
    int[] at = marks;
    int q = pos;
    // Only the marks are read: a boundary follows a line feed or a terminator's run.
    for (int k = mark; ; k++) {
      while (k < markCount && at[k] < q) {
        k++;
      }
      if (k >= markCount) {
        mark = k;
        return pos = n;
      }
      q = at[k];
      byte c = cls[t.charAt(q)];
      if (c == LF) {
        mark = k + 1;
        return pos = q + 1; // SB4 (the text's end, SB2, when the line feed is last)
      }
      if (c == ELLIPSIS) {
        continue;
      }
      int b = afterTerm(t, q, c == ATERM, cls);
      if (b > 0) {
        mark = k + 1;
        return pos = b;
      }
      q = -b;
    }
  }

  /**
   * Reads the run after the terminator at {@code q}: its closing marks and spaces. The boundary
   * within or right after the run (positive), or minus the index where the search goes on (a
   * character that, by SB6 to SB8a, continues the sentence).
   */
  private int afterTerm(String t, int q, boolean aterm, byte[] cls) {
    boolean spaces = false;
    for (int p = q + 1; ; p++) {
      if (p >= n) {
        return n; // SB2
      }
      byte c = cls[t.charAt(p)];
      if (aterm && p == q + 1) {
        if (c == NUMERIC) {
          return -p; // SB6: "3.5"
        }
        if (c == UPPER && q > 0) {
          byte before = cls[t.charAt(q - 1)];
          if (before == UPPER || before == LOWER) {
            return -p; // SB7: "U.S"
          }
        }
      }
      if (aterm && lowerAhead(t, p, cls)) {
        // SB8: a lower-case letter after nothing but digits, marks or other characters.
        if (c == CLOSE && !spaces || c == SP) {
          spaces |= c == SP;
          continue;
        }
        return -p;
      }
      if (c == SCONTINUE || c == ATERM || c == STERM) {
        return -p; // SB8a: the terminator's run goes on into another, or a comma follows
      }
      if (c == CLOSE && !spaces) {
        continue; // SB9
      }
      if (c == SP) {
        spaces = true;
        continue; // SB9, SB10
      }
      if (c == LF) {
        return -p; // SB9, SB10: no break before it; SB4 breaks after it
      }
      return p; // SB11
    }
  }

  /**
   * SB8's look-ahead: past every character that is no letter, separator or terminator, is the
   * next one a lower-case letter?
   */
  private boolean lowerAhead(String t, int p, byte[] cls) {
    for (int k = p; k < n; k++) {
      byte c = cls[t.charAt(k)];
      if (c == LOWER) {
        return true;
      }
      if (c == OLETTER || c == UPPER || c == LF || c == ATERM || c == STERM) {
        return false;
      }
    }
    return false;
  }
}
