package org.factdrill.extract;

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

  /** One shared string per ASCII punctuation character, so punctuation allocates nothing. */
  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = String.valueOf(c);
    }
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
    int n = text.length();
    int i = 0;
    boolean gap = true;
    int newlines = 2;
    while (i < n) {
      char c = text.charAt(i);
      // ASCII white space and controls are all <= ' '; only other characters need the full test.
      if (c <= ' ' || c >= 0x80 && isSpace(c)) {
        gap = true;
        if (c == '\n' || c == '\u2029') {
          newlines++;
        }
        i++;
        continue;
      }
      int s = i;
      Token.Type type;
      if (c >= '0' && c <= '9') {
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        type = Token.Type.DIGITS;
      } else if (isLetter(c)) {
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (isLetter(d)) {
            i++;
          } else if ((d == '\'' || d == '\u2019' || d == '"' || d == '\u05F4' || d == '\u05F3')
              && i + 1 < n && isLetter(text.charAt(i + 1))
              && (isHebrew(text.charAt(i - 1)) || d == '\'' || d == '\u2019')) {
            i++;
          } else {
            break;
          }
        }
        // A Hebrew abbreviation may end in a geresh: עמ' , אש"ח is handled above.
        if (i < n && (text.charAt(i) == '\'' || text.charAt(i) == '\u05F3')
            && isHebrew(text.charAt(i - 1))) {
          i++;
        }
        type = Token.Type.WORD;
      } else {
        i++;
        if (Character.isHighSurrogate(c) && i < n) {
          i++;
        }
        type = Token.Type.PUNCT;
      }
      String raw = type == Token.Type.PUNCT && i == s + 1 && c < 128 ? ASCII[c]
          : text.substring(s, i);
      String norm = type == Token.Type.WORD ? normalize(raw) : raw;
      out.add(new Token(s, i, type, raw, norm, gap, newlines));
      gap = false;
      newlines = 0;
    }
    return out;
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
      s = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u2019', '\'')
          .replace('\u05F4', '"').replace('\u05F3', '\'');
    } else if (s.indexOf('\u05F4') >= 0) {
      s = s.replace('\u05F4', '"');
    }
    return s.toLowerCase(Locale.ROOT);
  }
}
