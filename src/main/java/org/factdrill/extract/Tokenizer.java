package org.factdrill.extract;

import com.ibm.icu.text.Normalizer2;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words, digit runs and single punctuation characters in one pass. Words keep
 * inner apostrophes and Hebrew geresh/gershayim (ש"ח, בריה"ם) so abbreviations stay one token.
 */
final class Tokenizer {
  private Tokenizer() {}

  /** Character classes of the BMP, from {@link #isSpace} and {@link #isLetter}. */
  private static final byte OTHER = 0;
  private static final byte SPACE = 1;
  private static final byte DIGIT = 2;
  private static final byte LETTER = 3;
  /** Looked up per character: the class tests call Character.getType, too slow per char. */
  private static final byte[] CLASSES = classes();
  /**
   * One shared string per one-character punctuation token below U+3000 (ASCII, quotes, dashes,
   * currency symbols), so punctuation allocates nothing and its hash code is computed once.
   */
  private static final String[] PUNCT = new String[0x3000];

  static {
    for (char c = 0; c < PUNCT.length; c++) {
      if (CLASSES[c] == OTHER && !Character.isSurrogate(c)) {
        PUNCT[c] = String.valueOf(c);
      }
    }
  }

  private static byte[] classes() {
    byte[] b = new byte[0x10000];
    for (int c = 0; c < b.length; c++) {
      char ch = (char) c;
      if (ch >= '0' && ch <= '9') {
        b[c] = DIGIT;
      } else if (ch <= ' ' || ch >= 0x80 && isSpace(ch)) {
        b[c] = SPACE;
      } else if (isLetter(ch)) {
        b[c] = LETTER;
      }
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

  static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(text.length() / 5 + 4);
    scan(text, out, false);
    return out;
  }

  /**
   * The tokens of {@code text} with the index {@link Toks#marks} of their digit runs and "[" and
   * "@" marks, noted as they are made: a later pass over every token to find them cost more
   * (loading each token again) than the marking passes that use it.
   */
  static Toks toks(String text) {
    List<Token> out = new ArrayList<>(text.length() / 5 + 4);
    return new Toks(text, out, scan(text, out, true));
  }

  /** Adds the tokens to {@code out}; returns the marks (ended by -1) when asked, else null. */
  private static int[] scan(String text, List<Token> out, boolean withMarks) {
    int[] marks = withMarks ? new int[16] : null;
    int marked = 0;
    // A char array: indexing a String checks its coder and bounds on every character.
    char[] cs = text.toCharArray();
    byte[] cls = CLASSES;
    int n = cs.length;
    int i = 0;
    boolean gap = true;
    int newlines = 2;
    while (i < n) {
      char c = cs[i];
      byte k = cls[c];
      if (k == SPACE) {
        gap = true;
        if (c == '\n' || c == '\u2029') {
          newlines++;
        }
        i++;
        continue;
      }
      int s = i;
      Token.Type type;
      String raw;
      String norm;
      if (k == DIGIT) {
        i++;
        while (i < n && cls[cs[i]] == DIGIT) {
          i++;
        }
        type = Token.Type.DIGITS;
        raw = text.substring(s, i);
        norm = raw;
      } else if (k == LETTER) {
        i++;
        boolean lowerAscii = c >= 'a' && c <= 'z';
        // ASCII letters and apostrophes ("The"), or Hebrew letters alone: no folding but case.
        boolean ascii = c < 0x80;
        boolean hebrew = isHebrew(c);
        while (i < n) {
          char d = cs[i];
          if (cls[d] == LETTER) {
            lowerAscii &= d >= 'a' && d <= 'z';
            ascii &= d < 0x80;
            hebrew &= isHebrew(d);
            i++;
          } else if ((d == '\'' || d == '\u2019' || d == '"' || d == '\u05F4' || d == '\u05F3')
              && i + 1 < n && cls[cs[i + 1]] == LETTER
              && (isHebrew(cs[i - 1]) || d == '\'' || d == '\u2019')) {
            lowerAscii &= d == '\'';
            ascii &= d == '\'';
            hebrew = false;
            i++;
          } else {
            break;
          }
        }
        // A Hebrew abbreviation may end in a geresh: עמ' , אש"ח is handled above.
        if (i < n && (cs[i] == '\'' || cs[i] == '\u05F3') && isHebrew(cs[i - 1])) {
          i++;
          ascii = false;
          hebrew = false;
        }
        type = Token.Type.WORD;
        raw = text.substring(s, i);
        // What normalize gives, without its three passes over the word: Hebrew letters have no
        // case and need no folding; ASCII is lowered letter by letter.
        norm = lowerAscii || hebrew ? raw : ascii ? lowerAscii(cs, s, i) : folded(cs, s, i, raw);
      } else {
        i++;
        if (Character.isHighSurrogate(c) && i < n) {
          i++;
        }
        type = Token.Type.PUNCT;
        raw = i == s + 1 && c < PUNCT.length && PUNCT[c] != null ? PUNCT[c]
            : text.substring(s, i);
        norm = raw;
      }
      if (withMarks && (type == Token.Type.DIGITS
          || type == Token.Type.PUNCT && (c == '[' || c == '@'))) {
        if (marked + 1 >= marks.length) {
          marks = java.util.Arrays.copyOf(marks, marks.length * 2);
        }
        marks[marked++] = out.size();
      }
      out.add(new Token(s, i, type, raw, norm, gap, newlines,
          type == Token.Type.PUNCT ? c : 0));
      gap = false;
      newlines = 0;
    }
    if (withMarks) {
      marks[marked] = -1;
    }
    return marks;
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
  private static final char[] FOLD = foldTable();

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
