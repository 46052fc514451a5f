package org.factdrill.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokenizer as it was before tokens became arrays (a {@link Token} and its strings made for
 * every token), kept as the oracle the array tokenizer is compared with.
 */
final class ListTokenizer {
  private ListTokenizer() {}

  private static final byte[] CLS = classes();

  private static byte[] classes() {
    byte[] b = new byte[0x10000];
    for (int c = 0; c < b.length; c++) {
      b[c] = Tokenizer.charClass((char) c);
    }
    return b;
  }

  static boolean isHebrew(char c) {
    return c >= '\u05D0' && c <= '\u05EA';
  }

  static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    scan(text, out);
    return out;
  }

  private static void scan(String text, List<Token> out) {
    char[] cs = text.toCharArray();
    int n = cs.length;
    int i = 0;
    boolean gap = true;
    int newlines = 2;
    while (i < n) {
      char c = cs[i];
      byte k = CLS[c];
      if (k == 1) {
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
      if (k == 2) {
        i++;
        while (i < n && CLS[cs[i]] == 2) {
          i++;
        }
        type = Token.Type.DIGITS;
        raw = text.substring(s, i);
        norm = raw;
      } else if (k == 3) {
        i++;
        boolean lowerAscii = c >= 'a' && c <= 'z';
        // ASCII letters and apostrophes ("The"), or Hebrew letters alone: no folding but case.
        boolean ascii = c < 0x80;
        boolean hebrew = ListTokenizer.isHebrew(c);
        while (i < n) {
          char d = cs[i];
          if (CLS[d] == 3) {
            lowerAscii &= d >= 'a' && d <= 'z';
            ascii &= d < 0x80;
            hebrew &= ListTokenizer.isHebrew(d);
            i++;
          } else if ((d == '\'' || d == '\u2019' || d == '"' || d == '\u05F4' || d == '\u05F3')
              && i + 1 < n && CLS[cs[i + 1]] == 3
              && (ListTokenizer.isHebrew(cs[i - 1]) || d == '\'' || d == '\u2019')) {
            lowerAscii &= d == '\'';
            ascii &= d == '\'';
            hebrew = false;
            i++;
          } else {
            break;
          }
        }
        // A Hebrew abbreviation may end in a geresh: עמ' , אש"ח is handled above.
        if (i < n && (cs[i] == '\'' || cs[i] == '\u05F3') && ListTokenizer.isHebrew(cs[i - 1])) {
          i++;
          ascii = false;
          hebrew = false;
        }
        type = Token.Type.WORD;
        raw = text.substring(s, i);
        // What normalize gives, without its three passes over the word: Hebrew letters have no
        // case and need no folding; ASCII is lowered letter by letter.
        norm = lowerAscii || hebrew ? raw
            : ascii ? Tokenizer.lowerAscii(cs, s, i) : Tokenizer.folded(cs, s, i, raw);
      } else {
        i++;
        if (Character.isHighSurrogate(c) && i < n) {
          i++;
        }
        type = Token.Type.PUNCT;
        raw = text.substring(s, i);
        norm = raw;
      }
      out.add(new Token(s, i, type, raw, norm, gap, newlines,
          type == Token.Type.PUNCT ? c : 0));
      gap = false;
      newlines = 0;
    }
  }

}
