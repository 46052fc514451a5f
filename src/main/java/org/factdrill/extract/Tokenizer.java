package org.factdrill.extract;

import com.ibm.icu.text.Normalizer2;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words, digit runs and single punctuation characters in one pass. Words keep
 * inner apostrophes and Hebrew geresh/gershayim (ש"ח, בריה"ם) so abbreviations stay one token.
 */
final class Tokenizer {
  private Tokenizer() {}

  /** Character classes of the BMP, from {@link #isSpace} and {@link #isLetter}: bits 0-1. */
  private static final byte OTHER = 0;
  private static final byte SPACE = 1;
  private static final byte DIGIT = 2;
  private static final byte LETTER = 3;
  private static final int CLASS = 3;
  /**
   * What a letter (or a mark joining letters: an apostrophe, the geresh) tells of its word's
   * normal form, as bits ANDed over the word: every one "a" to "z" or the apostrophe (the word
   * is its own normal form); every one ASCII (lowered letter by letter); every one a Hebrew
   * letter (its own normal form); every one folded alone ({@link #FOLD}).
   */
  private static final int LOWER = 4;
  private static final int ASCII = 8;
  private static final int HEBREW = 16;
  private static final int FOLDS = 32;
  /**
   * A letter that {@code Character.isLetterOrDigit} takes for one lower-cased and that lowers
   * alone (not the capital sigma nor the dotted capital I): a word of such letters only is
   * {@link Toks#PLAIN}.
   */
  private static final int PLAIN_LETTER = 64;
  /** For each BMP character that {@link #normalize} folds on its own, what it becomes. */
  private static final char[] FOLD = foldTable();
  /**
   * Looked up per character: the class tests call Character.getType, too slow per char, and
   * one AND per letter keeps what the word's letters tell of its normal form.
   */
  private static final byte[] CLASSES = classes();
  /**
   * One shared string per one-character punctuation token below U+3000 (ASCII, quotes, dashes,
   * currency symbols), so punctuation allocates nothing and its hash code is computed once.
   */
  private static final String[] PUNCT = new String[0x3000];

  static {
    for (char c = 0; c < PUNCT.length; c++) {
      if ((CLASSES[c] & CLASS) == OTHER && !Character.isSurrogate(c)) {
        PUNCT[c] = String.valueOf(c);
      }
    }
  }

  private static byte[] classes() {
    byte[] b = new byte[0x10000];
    for (int c = 0; c < b.length; c++) {
      char ch = (char) c;
      int k = OTHER;
      if (ch >= '0' && ch <= '9') {
        k = DIGIT;
      } else if (ch <= ' ' || ch >= 0x80 && isSpace(ch)) {
        k = SPACE;
      } else if (isLetter(ch)) {
        k = LETTER | (ch >= 'a' && ch <= 'z' ? LOWER : 0) | (ch < 0x80 ? ASCII : 0)
            | (isHebrew(ch) ? HEBREW : 0) | (FOLD[c] != 0 ? FOLDS : 0)
            | (Character.isLetterOrDigit(Character.toLowerCase(ch)) && c != 0x3A3 && c != 0x130
                ? PLAIN_LETTER : 0);
      } else if (ch == '\'') {
        k = LOWER | ASCII | FOLDS; // an apostrophe inside a word keeps it lower-case ASCII
      } else if (ch == '\u2019' || ch == '"' || ch == '\u05F4' || ch == '\u05F3') {
        k = FOLDS; // the other marks inside a word: folded alone, to ASCII marks
      }
      b[c] = (byte) k;
    }
    return b;
  }

  static boolean isDash(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013'
        || c == '\u2014' || c == '\u2212' || c == '\u05BE';
  }

  static boolean isLetter(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    int t = Character.getType(c);
    return Character.isLetter(c) || t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isHebrew(char c) {
    return c >= '\u05D0' && c <= '\u05EA';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u2009'
        || c == '\u202F' || c == '\u200B' || c == '\u200E' || c == '\u200F' || c == '\uFEFF'
        || c == '\u2028' || c == '\u2029' || c == '\f' || Character.isSpaceChar(c);
  }

  /** The tokens of {@code text}, each made (for the pack's word lists and for tests). */
  static List<Token> tokenize(String text) {
    Toks t = toks(text);
    List<Token> out = new ArrayList<>(t.size());
    for (int i = 0; i < t.size(); i++) {
      out.add(t.get(i));
    }
    return out;
  }

  /** Line breaks before a token are counted up to this (a paragraph needs two). */
  static final int MAX_NEWLINES = 1 << 20;

  /** The class of {@code c}: 0 other (punctuation), 1 space, 2 ASCII digit, 3 letter. */
  static byte charClass(char c) {
    return (byte) (CLASSES[c] & CLASS);
  }

  /** The string of the punctuation token at {@code s} to {@code e}: shared when it can be. */
  static String punct(String text, char[] cs, int s, int e) {
    char c = cs[s];
    return e == s + 1 && c < PUNCT.length && PUNCT[c] != null ? PUNCT[c] : text.substring(s, e);
  }

  /**
   * The tokens of {@code text} as arrays, with the index {@link Toks#marks} of their digit runs
   * and "[" and "@" marks noted as they are made. No token object and no string is made here: a
   * word's normal form is recorded as how to make it, and its {@link WordSet#key} is read off its
   * characters, so the trigger filter runs on most words without one.
   */
  static Toks toks(String text) {
    // A char array: indexing a String checks its coder and bounds on every character.
    char[] cs = text.toCharArray();
    int cap = cs.length / 4 + 16;
    int[] starts = new int[cap];
    int[] ends = new int[cap];
    int[] info = new int[cap];
    int[] keys = new int[cap];
    int[] marks = new int[16];
    int marked = 0;
    int count = 0;
    byte[] cls = CLASSES;
    char[] fold = FOLD;
    int n = cs.length;
    int i = 0;
    int gap = Toks.GAP;
    int newlines = 2;
    while (i < n) {
      char c = cs[i];
      byte k = cls[c];
      if (k == SPACE) {
        gap = Toks.GAP;
        if ((c == '\n' || c == '\u2029') && newlines < MAX_NEWLINES) {
          newlines++;
        }
        i++;
        continue;
      }
      int s = i;
      int f;
      int key = 0;
      if (k == DIGIT) {
        i++;
        while (i < n && cls[cs[i]] == DIGIT) { // a digit's bits are its class alone
          i++;
        }
        f = Toks.DIGITS;
      } else if ((k & CLASS) == LETTER) {
        i++;
        int word = k; // the bits its letters tell of the normal form, ANDed
        while (i < n) {
          char d = cs[i];
          int b = cls[d];
          if ((b & CLASS) == LETTER) {
            word &= b;
            i++;
          } else if ((d == '\'' || d == '\u2019' || d == '"' || d == '\u05F4' || d == '\u05F3')
              && i + 1 < n && (cls[cs[i + 1]] & CLASS) == LETTER
              && (isHebrew(cs[i - 1]) || d == '\'' || d == '\u2019')) {
            word &= b & ~HEBREW; // an apostrophe is lower ASCII; the other marks are not
            i++;
          } else {
            break;
          }
        }
        // A Hebrew abbreviation may end in a geresh: עמ' , אש"ח is handled above.
        if (i < n && (cs[i] == '\'' || cs[i] == '\u05F3') && isHebrew(cs[i - 1])) {
          word &= cls[cs[i]] & ~(HEBREW | ASCII);
          i++;
        }
        // What normalize gives, recorded as how to make it: Hebrew letters have no case and
        // need no folding; ASCII is lowered letter by letter; a word whose every character
        // folds alone (Vietnamese in NFC) a character at a time; the rest by normalize.
        int last = i - 1;
        char c0 = cs[s];
        char c1 = cs[Math.min(s + 1, last)];
        char c2 = cs[Math.max(s, last - 1)];
        char c3 = cs[last];
        int plain = (word & PLAIN_LETTER) != 0 ? Toks.PLAIN : 0;
        if ((word & (LOWER | HEBREW)) != 0) {
          f = Toks.WORD | Toks.NORM_RAW;
        } else if ((word & ASCII) != 0) {
          f = Toks.WORD | Toks.NORM_ASCII;
          c0 = lowerAscii(c0);
          c1 = lowerAscii(c1);
          c2 = lowerAscii(c2);
          c3 = lowerAscii(c3);
        } else if ((word & FOLDS) != 0) {
          f = Toks.WORD | Toks.NORM_FOLDED;
          c0 = fold[c0];
          c1 = fold[c1];
          c2 = fold[c2];
          c3 = fold[c3];
        } else {
          f = Toks.WORD | Toks.NORM_FULL;
        }
        key = (f & Toks.NORM_FULL) == Toks.NORM_FULL
            ? WordSet.key(normalize(text.substring(s, i)), 0)
            : WordSet.key(c0, c1, c2, c3, last - s);
        f |= plain;
      } else {
        i++;
        if (Character.isHighSurrogate(c) && i < n) {
          i++;
        }
        f = Toks.PUNCT;
        if (c == '[' || c == '@') {
          f |= MARKED;
        }
      }
      if (count == starts.length) {
        int more = count * 2;
        starts = Arrays.copyOf(starts, more);
        ends = Arrays.copyOf(ends, more);
        info = Arrays.copyOf(info, more);
        keys = Arrays.copyOf(keys, more);
      }
      if (f == Toks.DIGITS || (f & MARKED) != 0) {
        if (marked + 1 >= marks.length) {
          marks = Arrays.copyOf(marks, marks.length * 2);
        }
        marks[marked++] = count;
        f &= ~MARKED;
      }
      starts[count] = s;
      ends[count] = i;
      info[count] = f | gap | newlines << Toks.NEWLINES;
      keys[count++] = key;
      gap = 0;
      newlines = 0;
    }
    marks[marked] = -1;
    return new Toks(text, cs, count, starts, ends, info, keys, marks);
  }

  /** A flag of the scan alone: a "[" or "@" mark, noted in the marks. */
  private static final int MARKED = 1 << 30;

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** {@code toLowerCase(Locale.ROOT)} of ASCII characters {@code from} to {@code to}. */
  static String lowerAscii(char[] cs, int from, int to) {
    char[] out = new char[to - from];
    for (int k = from; k < to; k++) {
      char c = cs[k];
      out[k - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(out);
  }

  /**
   * The curly apostrophe and the Hebrew geresh made {@code '}, the gershayim {@code "}: what
   * three {@code replace} calls gave, in one pass over the word (most words hold none).
   */
  static String asciiMarks(String s) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '\u2019' || c == '\u05F4' || c == '\u05F3') {
        char[] cs = s.toCharArray();
        for (int j = k; j < cs.length; j++) {
          char d = cs[j];
          cs[j] = d == '\u2019' || d == '\u05F3' ? '\'' : d == '\u05F4' ? '"' : d;
        }
        return new String(cs);
      }
    }
    return s;
  }

  /**
   * For each BMP character that {@link #normalize} folds on its own, whatever stands beside it,
   * what it becomes (else 0): a character NFC keeps as it is next to any other (quick check yes,
   * combining class 0; no character of the kind composes with one before it), not one that
   * {@code toLowerCase} lowers by its context or to two characters (capital sigma, dotted capital
   * I), and not a surrogate; lowered, the marks {@link #asciiMarks} replaces made ASCII.
   */
  private static char[] foldTable() {
    char[] f = new char[0x10000];
    for (int c = 0; c < f.length; c++) {
      if (!Character.isSurrogate((char) c) && c != 0x130 && c != 0x3A3
          && com.ibm.icu.lang.UCharacter.getCombiningClass(c) == 0
          && com.ibm.icu.lang.UCharacter.getIntPropertyValue(c,
              com.ibm.icu.lang.UProperty.NFC_QUICK_CHECK) == 1) {
        char m = c == '\u2019' || c == '\u05F3' ? '\'' : c == '\u05F4' ? '"' : (char) c;
        f[c] = Character.toLowerCase(m);
      }
    }
    return f;
  }

  /**
   * {@link #normalize} of the word {@code raw} at {@code from} to {@code to} of {@code cs}, a
   * character at a time when every one folds on its own (a Vietnamese word in NFC): no NFC
   * check, no copies for the marks and the case; else normalize itself.
   */
  static String folded(char[] cs, int from, int to, String raw) {
    char[] fold = FOLD;
    char[] out = new char[to - from];
    for (int k = from; k < to; k++) {
      char f = fold[cs[k]];
      if (f == 0) {
        return normalize(raw);
      }
      out[k - from] = f;
    }
    return new String(out);
  }

  /** What {@link #folded} makes of {@code c} on its own, or 0 when it does not fold alone. */
  static char fold(char c) {
    return FOLD[c];
  }

  /** True when {@link #folded} folds {@code c} on its own (for tests). */
  static boolean foldsAlone(char c) {
    return FOLD[c] != 0;
  }

  /** ICU's NFC quick check: immutable and thread-safe. */
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /**
   * The word in NFC. Nearly every word already is (precomposed Vietnamese letters), and the
   * quick check says so without building a copy; only the rest are normalized.
   */
  private static String nfc(String s) {
    return NFC.spanQuickCheckYes(s) == s.length() ? s : Normalizer.normalize(s,
        Normalizer.Form.NFC);
  }

  /** Lower case in NFC, with curly apostrophes and Hebrew punctuation marks made ASCII. */
  static String normalize(String raw) {
    boolean lowerAscii = true;
    for (int k = 0; k < raw.length() && lowerAscii; k++) {
      char c = raw.charAt(k);
      lowerAscii = c >= 'a' && c <= 'z' || c == '\'';
    }
    if (lowerAscii) {
      return raw; // most English words: nothing to fold
    }
    boolean plain = true;
    for (int k = 0; k < raw.length(); k++) {
      char c = raw.charAt(k);
      if (c >= 0x80 && c < 0x5D0 || c > 0x5EA && c != '\u05F4') {
        plain = false;
        break;
      }
    }
    String s = raw;
    if (!plain) {
      s = asciiMarks(nfc(s));
    } else if (s.indexOf('\u05F4') >= 0) {
      s = s.replace('\u05F4', '"');
    }
    return s.toLowerCase(Locale.ROOT);
  }
}
