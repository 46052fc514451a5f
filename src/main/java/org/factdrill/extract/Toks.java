package org.factdrill.extract;

import java.util.List;

/** A document's tokens with bounds-safe look-ups, shared by every recognizer. */
final class Toks {
  final String text;
  final List<Token> list;
  final boolean[] blocked;
  /** Tokens of a citation marker ("[4]"): set by NonFacts, dropped by {@link #withoutCitations}. */
  final boolean[] citation;

  Toks(String text, List<Token> list) {
    this.text = text;
    this.list = list;
    this.blocked = new boolean[list.size()];
    this.citation = new boolean[list.size()];
  }

  /**
   * These tokens without citation markers, other marks kept. A marker is a note on the text, not
   * part of the sentence: "2,310[4]–2,485[9]" is one range, "7 May[2] 1945" one date. Offsets are
   * unchanged, so a fact's span still covers any marker inside it.
   */
  Toks withoutCitations() {
    java.util.ArrayList<Token> kept = new java.util.ArrayList<>(list.size());
    java.util.ArrayList<Boolean> marks = new java.util.ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      if (!citation[i]) {
        kept.add(list.get(i));
        marks.add(blocked[i]);
      }
    }
    if (kept.size() == list.size()) {
      return this;
    }
    Toks out = new Toks(text, kept);
    for (int i = 0; i < kept.size(); i++) {
      out.blocked[i] = marks.get(i);
    }
    return out;
  }

  int size() {
    return list.size();
  }

  Token get(int i) {
    return i >= 0 && i < list.size() ? list.get(i) : null;
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
    return list.get(i).start();
  }

  int endOf(int i) {
    return list.get(i).end();
  }
}
