package org.factdrill.extract;

import java.util.List;

/**
 * A document's tokens with bounds-safe look-ups, shared by every recognizer. The tokens are kept
 * as arrays of offsets and flags, not objects: most tokens (the words no recognizer reads) are
 * only ever tested for their type, their white space and whether they may start a fact, and a
 * {@link Token} with its strings is made only for the tokens someone asks for ({@link #get}).
 */
final class Toks {
  final String text;
  /** The text's characters (the tokenizer's copy), read by the look-ups that need no string. */
  private final char[] chars;
  private final TokArrays a;
  final boolean[] blocked;
  /**
   * Tokens of a citation marker ("[4]"): set by NonFacts, dropped by {@link #withoutCitations}
   * (null until one is marked, as in most texts).
   */
  private boolean[] citation;
  /**
   * Where a digit run is two numbers glued by a lost separator ("198229" = year 1982, day 29):
   * the length of the first, 0 for none. Set by GluedDates, split by {@link #withoutCitations}
   * (null until one is marked).
   */
  private int[] splitAt;
  /** For tokens made by {@link #withoutCitations}: each token's index in the full list. */
  private final int[] original;
  /**
   * The indices of the digit runs and of the "[" and "@" marks, in order, then -1 (null until
   * first asked for): the passes that look only at them (NonFacts, GluedDates) skip the words,
   * which are most tokens, without loading each one.
   */
  private int[] marks;

  /** Over tokens already made (a short phrase, a test): each is kept as it is. */
  Toks(String text, List<Token> list) {
    this(text, text.toCharArray(), TokArrays.of(list), null, null);
  }

  /** Over the tokenizer's arrays with its {@link #marks} as it noted them. */
  Toks(String text, char[] chars, TokArrays arrays, int[] marks) {
    this(text, chars, arrays, marks, null);
  }

  private Toks(String text, char[] chars, TokArrays arrays, int[] marks, int[] original) {
    this.marks = marks;
    this.text = text;
    this.chars = chars;
    this.a = arrays;
    int n = arrays.size();
    this.blocked = new boolean[n];
    this.original = original;
  }

  /** Marks token {@code i} as part of a citation marker, to be dropped. */
  void cite(int i) {
    if (citation == null) {
      citation = new boolean[a.size()];
    }
    citation[i] = true;
  }

  /** Marks digit run {@code i} as two numbers, the first {@code k} digits long (k > 0). */
  void split(int i, int k) {
    if (splitAt == null) {
      splitAt = new int[a.size()];
    }
    splitAt[i] = k;
  }

  /**
   * These tokens without citation markers, other marks kept. A marker is a note on the text, not
   * part of the sentence: "2,310[4]–2,485[9]" is one range, "7 May[2] 1945" one date. Offsets
   * are unchanged, so a fact's span still covers any marker inside it. The white space around a
   * dropped marker stays with the next token: a marker at a paragraph's start leaves the
   * paragraph break, and "1945[3] 1946" stays two words apart. A digit run marked in
   * {@link #splitAt} becomes two tokens, the second read as if a space came before it (a word's
   * halves are normalized anew).
   */
  Toks withoutCitations() {
    if (citation == null && splitAt == null) {
      return this; // most texts: no marker, no glued date
    }
    boolean[] citation = this.citation == null ? new boolean[a.size()] : this.citation;
    int[] splitAt = this.splitAt == null ? new int[a.size()] : this.splitAt;
    int n = a.size();
    int keep = 0;
    for (int i = 0; i < n; i++) {
      keep += citation[i] ? 0 : splitAt[i] > 0 ? 2 : 1;
    }
    if (keep == n) {
      return this;
    }
    TokArrays kept = a.without(citation, splitAt, keep);
    Toks out = new Toks(text, chars, kept, null, kept.index());
    for (int m = 0; m < keep; m++) {
      out.blocked[m] = blocked[kept.index()[m]];
    }
    return out;
  }

  /** The indices of digit runs and "[" and "@" tokens in order, ending at the first -1. */
  int[] marks() {
    int[] m = marks;
    if (m == null) {
      m = new int[a.size() + 1];
      int k = 0;
      for (int i = 0; i < a.size(); i++) {
        char p = a.punct(i);
        if (a.type(i) == Token.Type.DIGITS || p == '[' || p == '@') {
          m[k++] = i;
        }
      }
      m[k] = -1;
      marks = m;
    }
    return m;
  }

  /** The index of token i in the full token list (with citation markers). */
  int original(int i) {
    return original == null ? i : original[i];
  }

  int size() {
    return a.size();
  }

  /** Token i, made when first asked for, or null outside the document. */
  Token get(int i) {
    return i >= 0 && i < a.size() ? a.token(i, text, chars) : null;
  }

  /** The normalized text of token i, or "" outside the document. */
  String norm(int i) {
    return i >= 0 && i < a.size() ? a.norm(i, text, chars) : "";
  }

  /** The text of token i as written (i inside the document). */
  String textOf(int i) {
    return a.text(i, text, chars);
  }

  /** The type of token i (i inside the document). */
  Token.Type type(int i) {
    return a.type(i);
  }

  /** The character of punctuation token i, 0 for a word or digits (i inside the document). */
  char punct(int i) {
    return a.punct(i);
  }

  /** True when token i starts a new paragraph (i inside the document). */
  boolean paragraphStart(int i) {
    return a.newlines(i) >= 2;
  }

  /**
   * False when token i is surely not a word of {@code set} as it is nor, past one to three of
   * {@code prefixes} (the pack's prefix letters), made of prefix letters alone or a word of the
   * set: read from the characters, no string made. True when it may be.
   */
  boolean mayBeIn(int i, WordSet set, String prefixes) {
    return a.mayBeIn(i, set, prefixes, text, chars);
  }

  boolean isWord(int i, String norm) {
    return i >= 0 && i < a.size() && a.type(i) == Token.Type.WORD
        && a.norm(i, text, chars).equals(norm);
  }

  boolean isPunct(int i, char c) {
    return i >= 0 && i < a.size() && a.punct(i) == c && c != 0;
  }

  boolean isDash(int i) {
    if (i < 0 || i >= a.size()) {
      return false;
    }
    char p = a.punct(i);
    return p != 0 && Tokenizer.isDash(p);
  }

  boolean isDigits(int i) {
    return i >= 0 && i < a.size() && a.type(i) == Token.Type.DIGITS;
  }

  boolean isWordTok(int i) {
    return i >= 0 && i < a.size() && a.type(i) == Token.Type.WORD;
  }

  /** True when token i directly follows token i-1 with no white space between. */
  boolean attached(int i) {
    return i > 0 && i < a.size() && !a.gapBefore(i);
  }

  /** True when tokens i-1 and i are in different paragraphs (or i-1 does not exist). */
  boolean breakBefore(int i) {
    return i < 0 || i >= a.size() || a.newlines(i) >= 2;
  }

  boolean isBlocked(int i) {
    return i >= 0 && i < blocked.length && blocked[i];
  }

  int startOf(int i) {
    return a.start(i);
  }

  int endOf(int i) {
    return a.end(i);
  }

  /** Blocks every token overlapping the characters [a, b). */
  void blockChars(int from, int to) {
    // Tokens are sorted: binary search the first token ending after from.
    int lo = 0;
    int hi = a.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (endOf(mid) <= from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo; k < a.size() && startOf(k) < to; k++) {
      blocked[k] = true;
    }
  }
}
