package org.factdrill.extract;

/**
 * One token of a document: a word, a run of ASCII digits or one punctuation character, with its
 * UTF-16 offsets, its normalized form (lower case, NFC) and the white space before it.
 *
 * @param gapBefore true when white space separates this token from the previous one
 * @param newlinesBefore the number of line breaks in that white space (2 or more: new paragraph)
 * @param punct the (first) character of a punctuation token, 0 for words and digits
 */
record Token(int start, int end, Type type, String text, String norm, boolean gapBefore,
    int newlinesBefore, char punct) {

  /** A token; {@code punct} is its character when it is punctuation (else 0). */
  Token(int start, int end, Type type, String text, String norm, boolean gapBefore,
      int newlinesBefore) {
    this(start, end, type, text, norm, gapBefore, newlinesBefore,
        type == Type.PUNCT ? text.charAt(0) : 0);
  }

  /** What a token is made of. */
  enum Type { WORD, DIGITS, PUNCT }

  boolean isWord() {
    return type == Type.WORD;
  }

  boolean isDigits() {
    return type == Type.DIGITS;
  }

  boolean isPunct(char c) {
    return punct == c && c != 0; // a field, not text.charAt(0): tested for every token
  }

  /** A hyphen, minus, en or em dash, or the Hebrew maqaf. */
  boolean isDash() {
    return punct != 0 && Tokenizer.isDash(punct);
  }

  boolean isCapitalized() {
    return type == Type.WORD && Character.isUpperCase(text.codePointAt(0));
  }

  /** True when this token starts a new paragraph (a blank line before it). */
  boolean paragraphStart() {
    return newlinesBefore >= 2;
  }
}
