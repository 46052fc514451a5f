package org.factdrill.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokenizer and the citation-free copy as they were written before tokens became arrays
 * (session 10): the reference the fast path is compared with in {@link ToksArraysPropertyTest}.
 */
final class LegacyTokens {
  private LegacyTokens() {}

  private static final byte OTHER = 0;
  private static final byte SPACE = 1;
  private static final byte DIGIT = 2;
  private static final byte LETTER = 3;
  private static final byte[] CLASSES = classes();

  private static byte[] classes() {
    byte[] b = new byte[0x10000];
    for (int c = 0; c < b.length; c++) {
      char ch = (char) c;
      if (ch >= '0' && ch <= '9') {
        b[c] = DIGIT;
      } else if (ch <= ' ' || ch >= 0x80 && isSpace(ch)) {
        b[c] = SPACE;
      } else if (Tokenizer.isLetter(ch)) {
        b[c] = LETTER;
      }
    }
    return b;
  }

  private static boolean hebrewLetter(char c) {
    return c >= '\u05D0' && c <= '\u05EA';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u2009'
        || c == '\u202F' || c == '\u200B' || c == '\u200E' || c == '\u200F' || c == '\uFEFF'
        || c == '\u2028' || c == '\u2029' || c == '\f' || Character.isSpaceChar(c);
  }

  static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    scan(text, out, false);
    return out;
  }

  /** Adds the tokens to {@code out}; returns the marks (ended by -1) when asked, else null. */
  static int[] scan(String text, List<Token> out, boolean withMarks) {
    int[] marks = withMarks ? new int[16] : null;
    int marked = 0;
    // A char array: indexing a String checks its coder and bounds on every character.
    char[] cs = text.toCharArray();
        int n = cs.length;
    int i = 0;
    boolean gap = true;
    int newlines = 2;
    while (i < n) {
      char c = cs[i];
      byte k = CLASSES[c];
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
        while (i < n && CLASSES[cs[i]] == DIGIT) {
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
        boolean hebrew = hebrewLetter(c);
        while (i < n) {
          char d = cs[i];
          if (CLASSES[d] == LETTER) {
            lowerAscii &= d >= 'a' && d <= 'z';
            ascii &= d < 0x80;
            hebrew &= hebrewLetter(d);
            i++;
          } else if ((d == '\'' || d == '\u2019' || d == '"' || d == '\u05F4' || d == '\u05F3')
              && i + 1 < n && CLASSES[cs[i + 1]] == LETTER
              && (hebrewLetter(cs[i - 1]) || d == '\'' || d == '\u2019')) {
            lowerAscii &= d == '\'';
            ascii &= d == '\'';
            hebrew = false;
            i++;
          } else {
            break;
          }
        }
        // A Hebrew abbreviation may end in a geresh: עמ' , אש"ח is handled above.
        if (i < n && (cs[i] == '\'' || cs[i] == '\u05F3') && hebrewLetter(cs[i - 1])) {
          i++;
          ascii = false;
          hebrew = false;
        }
        type = Token.Type.WORD;
        raw = text.substring(s, i);
        // What normalize gives, without its three passes over the word: Hebrew letters have no
        // case and need no folding; ASCII is lowered letter by letter.
        norm = lowerAscii || hebrew ? raw : ascii ? Tokenizer.lowerAscii(cs, s, i) : Tokenizer.normalize(raw);
      } else {
        i++;
        if (Character.isHighSurrogate(c) && i < n) {
          i++;
        }
        type = Token.Type.PUNCT;
        raw = i == s + 1 && c < 0x3000 && Tokenizer.punctString(c) != null ? Tokenizer.punctString(c)
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

  /** The old copy without citation markers, over a list, with the marks given as arrays. */
  static List<Token> withoutCitations(List<Token> list, boolean[] citation, int[] splitAt) {
    Token[] tokens = list.toArray(new Token[0]);
    boolean[] blocked = new boolean[tokens.length];
    int n = tokens.length;
    int keep = 0;
    for (int i = 0; i < n; i++) {
      keep += citation[i] ? 0 : splitAt[i] > 0 ? 2 : 1;
    }
    if (keep == n) {
      return list;
    }
    // Arrays filled in place: this copy runs once per document with any citation marker.
    Token[] kept = new Token[keep];
    int m = 0;
    int[] index = new int[keep];
    boolean[] marks = new boolean[keep];
    boolean gap = false;
    int newlines = 0;
    boolean dropped = false;
    for (int i = 0; i < n; i++) {
      Token tok = tokens[i];
      if (citation[i]) {
        gap |= tok.gapBefore();
        newlines += tok.newlinesBefore();
        dropped = true;
        continue;
      }
      if (dropped) {
        tok = new Token(tok.start(), tok.end(), tok.type(), tok.text(), tok.norm(),
            gap || tok.gapBefore(), newlines + tok.newlinesBefore(), tok.punct());
      }
      if (splitAt[i] > 0) {
        int k = splitAt[i];
        index[m] = i;
        marks[m] = blocked[i];
        boolean word = tok.isWord(); // a label glued to a month: each half normalized anew
        String head = tok.text().substring(0, k);
        String tail = tok.text().substring(k);
        kept[m++] = new Token(tok.start(), tok.start() + k, tok.type(), head,
            word ? Tokenizer.normalize(head) : head, tok.gapBefore(), tok.newlinesBefore(),
            tok.punct());
        tok = new Token(tok.start() + k, tok.end(), tok.type(), tail,
            word ? Tokenizer.normalize(tail) : tail, true, 0, tok.punct());
      }
      index[m] = i;
      marks[m] = blocked[i];
      kept[m++] = tok;
      gap = false;
      newlines = 0;
      dropped = false;
    }
    return List.of(kept);
  }

}
