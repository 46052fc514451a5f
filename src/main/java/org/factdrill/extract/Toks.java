package org.factdrill.extract;

import java.util.List;

/** A document's tokens with bounds-safe look-ups, shared by every recognizer. */
final class Toks {
  final String text;
  /** An array, not the list: get runs several times per token, and a List adds a bounds check. */
  private final Token[] tokens;
  final boolean[] blocked;
  /** Tokens of a citation marker ("[4]"): set by NonFacts, dropped by {@link #withoutCitations}. */
  private final boolean[] citation;
  /**
   * Where a digit run is two numbers glued by a lost separator ("198229" = year 1982, day 29):
   * the length of the first, 0 for none. Set by GluedDates, split by {@link #withoutCitations}.
   */
  private final int[] splitAt;
  /** Whether {@link #cite} or {@link #split} marked a token: else no copy needs a pass. */
  private boolean edited;
  /** For tokens made by {@link #withoutCitations}: each token's index in the full list. */
  private final int[] original;
  /**
   * The indices of the digit runs and of the "[" and "@" marks, in order, then -1 (null until
   * first asked for): the passes that look only at them (NonFacts, GluedDates) skip the words,
   * which are most tokens, without loading each one.
   */
  private int[] marks;

  Toks(String text, List<Token> list) {
    this(text, list.toArray(new Token[0]), new boolean[list.size()], null);
  }

  /** Over {@code list} with its {@link #marks} as the tokenizer noted them. */
  Toks(String text, List<Token> list, int[] marks) {
    this(text, list);
    this.marks = marks;
  }

  /** Over {@code tokens} and {@code blocked} as given (not copied). */
  private Toks(String text, Token[] tokens, boolean[] blocked, int[] original) {
    this.text = text;
    this.tokens = tokens;
    this.blocked = blocked;
    this.citation = new boolean[tokens.length];
    this.splitAt = new int[tokens.length];
    this.original = original;
  }

  /** Marks token {@code i} as part of a citation marker, to be dropped. */
  void cite(int i) {
    citation[i] = true;
    edited = true;
  }

  /** Marks digit run {@code i} as two numbers, the first {@code k} digits long (k > 0). */
  void split(int i, int k) {
    splitAt[i] = k;
    edited = true;
  }

  /**
   * These tokens without citation markers, other marks kept. A marker is a note on the text, not
   * part of the sentence: "2,310[4]–2,485[9]" is one range, "7 May[2] 1945" one date. Offsets
   * are unchanged, so a fact's span still covers any marker inside it. The white space around a
   * dropped marker stays with the next token: a marker at a paragraph's start leaves the
   * paragraph break, and "1945[3] 1946" stays two words apart. A digit run marked in
   * {@link #splitAt} becomes two tokens, the second read as if a space came before it.
   */
  Toks withoutCitations() {
    if (!edited) {
      return this; // most texts: no marker, no glued date
    }
    int n = tokens.length;
    int keep = 0;
    for (int i = 0; i < n; i++) {
      keep += citation[i] ? 0 : splitAt[i] > 0 ? 2 : 1;
    }
    if (keep == n) {
      return this;
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
    return new Toks(text, kept, marks, index);
  }

  /** The indices of digit runs and "[" and "@" tokens in order, ending at the first -1. */
  int[] marks() {
    int[] m = marks;
    if (m == null) {
      m = new int[tokens.length + 1];
      int k = 0;
      for (int i = 0; i < tokens.length; i++) {
        Token tok = tokens[i];
        if (tok.isDigits() || tok.punct() == '[' || tok.punct() == '@') {
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
    return tokens.length;
  }

  /**
   * Reads word {@code i} as {@code norm} from now on (a scan's misspelt month repaired where
   * only one month is one letter away); its text and offsets are unchanged.
   */
  void renorm(int i, String norm) {
    Token t = tokens[i];
    tokens[i] = new Token(t.start(), t.end(), t.type(), t.text(), norm, t.gapBefore(),
        t.newlinesBefore(), t.punct());
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

  /** Blocks every token overlapping the characters [a, b). */
  void blockChars(int a, int b) {
    // Tokens are sorted: binary search the first token ending after a.
    int lo = 0;
    int hi = tokens.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (endOf(mid) <= a) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo; k < tokens.length && startOf(k) < b; k++) {
      blocked[k] = true;
    }
  }
}
