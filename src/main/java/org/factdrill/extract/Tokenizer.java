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

  /** Every token of {@code text}, each made (for short phrases; a document uses {@link #toks}). */
  static List<Token> tokenize(String text) {
    Toks t = toks(text);
    List<Token> out = new ArrayList<>(t.size());
    for (int i = 0; i < t.size(); i++) {
      out.add(t.get(i));
    }
    return out;
  }

  /**
   * The tokens of {@code text} with the index {@link Toks#marks} of their digit runs and "[" and
   * "@" marks, noted as they are made: a later pass over every token to find them cost more
   * (loading each token again) than the marking passes that use it.
   */
  static Toks toks(String text) {
    // A char array: indexing a String checks its coder and bounds on every character.
    char[] cs = text.toCharArray();
    TokArrays out = new TokArrays(cs.length / 5 + 4);
    int[] marks = scan(cs, out);
    return new Toks(text, cs, out.caches(), marks);
  }

  /** The shared string of a one-character punctuation token, or null (none for that char). */
  static String punctString(char c) {
    return c < PUNCT.length ? PUNCT[c] : null;
  }

  /** The text of the punctuation token [s, e): its shared string when it is one character. */
  static String punctText(String text, char[] cs, int s, int e) {
    String shared = e == s + 1 ? punctString(cs[s]) : null;
    return shared != null ? shared : text.substring(s, e);
  }

  /** Adds the tokens to {@code out}; returns the marks, ended by -1. */
  private static int[] scan(char[] cs, TokArrays out) {
    int[] marks = new int[16];
    int marked = 0;
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
      int fold = TokArrays.SAME;
      if (k == DIGIT) {
        i++;
        while (i < n && cls[cs[i]] == DIGIT) {
          i++;
        }
        type = Token.Type.DIGITS;
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
        // What normalize gives, without its three passes over the word: Hebrew letters have no
        // case and need no folding; ASCII is lowered letter by letter (when first asked for).
        fold = lowerAscii || hebrew ? TokArrays.SAME
            : ascii ? TokArrays.LOWER_ASCII : TokArrays.NORMALIZE;
      } else {
        i++;
        if (Character.isHighSurrogate(c) && i < n) {
          i++;
        }
        type = Token.Type.PUNCT;
      }
      boolean punct = type == Token.Type.PUNCT;
      if (type == Token.Type.DIGITS || punct && (c == '[' || c == '@')) {
        if (marked + 1 >= marks.length) {
          marks = java.util.Arrays.copyOf(marks, marks.length * 2);
        }
        marks[marked++] = out.size();
      }
      out.add(s, i, type, fold, gap, newlines, punct ? c : 0);
      gap = false;
      newlines = 0;
    }
    marks[marked] = -1;
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
