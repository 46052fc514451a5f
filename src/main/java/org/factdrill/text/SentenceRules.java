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

  private static final byte OTHER = 0;
  private static final byte ATERM = 1;
  private static final byte STERM = 2;
  private static final byte CLOSE = 3;
  private static final byte SP = 4;
  private static final byte LOWER = 5;
  private static final byte UPPER = 6;
  private static final byte OLETTER = 7;
  private static final byte NUMERIC = 8;
  private static final byte SCONTINUE = 9;
  private static final byte LF = 10;
  /** Extend, Format, CR, Sep and surrogates: a text holding one is left to ICU. */
  private static final byte REFUSED = 11;

  /** The class of every BMP character, read once from ICU's Sentence_Break property. */
  private static final byte[] CLASSES = classes();

  private final BreakIterator icu;
  /** Whether the rules read the current text (else ICU's iterator does). */
  private boolean own;
  private String text;
  private int n;
  private int pos;

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
    own = covers(s);
    if (!own) {
      icu.setText(s);
      return;
    }
    text = s;
    n = s.length();
    pos = 0;
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
    int q = pos;
    while (q < n) {
      byte c = cls[t.charAt(q)];
      if (c == LF) {
        return pos = q + 1; // SB4 (the text's end, SB2, when the line feed is last)
      }
      if (c != ATERM && c != STERM) {
        q++;
        continue;
      }
      int b = afterTerm(t, q, c == ATERM, cls);
      if (b > 0) {
        return pos = b;
      }
      q = -b;
    }
    return pos = n;
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
