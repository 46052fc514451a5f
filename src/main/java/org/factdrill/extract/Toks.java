package org.factdrill.extract;

import java.util.List;

/** A document's tokens with bounds-safe look-ups, shared by every recognizer. */
final class Toks {
  final String text;
  /** An array, not the list: get runs several times per token, and a List adds a bounds check. */
  private final Token[] tokens;
  final boolean[] blocked;

  Toks(String text, List<Token> list) {
    this.text = text;
    this.tokens = list.toArray(new Token[0]);
    this.blocked = new boolean[tokens.length];
  }

  int size() {
    return tokens.length;
  }

  Token get(int i) {
    return i >= 0 && i < tokens.length ? tokens[i] : null;
  }

  /** The normalized text of token i, or "" outside the document. */
  String norm(int i) {
    Token t = get(i);
    return t == null ? "" : t.norm();
  }

  boolean isWord(int i, String norm) {
    Token t = get(i);
    return t != null && t.isWord() && t.norm().equals(norm);
  }

  boolean isPunct(int i, char c) {
    Token t = get(i);
    return t != null && t.isPunct(c);
  }

  boolean isDash(int i) {
    Token t = get(i);
    return t != null && t.isDash();
  }

  boolean isDigits(int i) {
    Token t = get(i);
    return t != null && t.isDigits();
  }

  boolean isWordTok(int i) {
    Token t = get(i);
    return t != null && t.isWord();
  }

  /** True when token i directly follows token i-1 with no white space between. */
  boolean attached(int i) {
    Token t = get(i);
    return t != null && i > 0 && !t.gapBefore();
  }

  /** True when tokens i-1 and i are in different paragraphs (or i-1 does not exist). */
  boolean breakBefore(int i) {
    Token t = get(i);
    return t == null || t.newlinesBefore() >= 2;
  }

  boolean isBlocked(int i) {
    return i >= 0 && i < blocked.length && blocked[i];
  }

  int startOf(int i) {
    return tokens[i].start();
  }

  int endOf(int i) {
    return tokens[i].end();
  }
}
