package org.factdrill.extract;

import java.util.Arrays;
import java.util.List;

/**
 * The tokens of one text as parallel arrays (offsets, type, white space before, how the normal
 * form is made), with each token's strings and {@link Token} made when first asked for. The
 * tokenizer fills it with {@link #add}; a per-token object and two strings for every word cost
 * more than all the tests run on most of them.
 */
final class TokArrays {
  /** The normal form is the text itself: lower-case ASCII, Hebrew letters, digits, marks. */
  static final int SAME = 0;
  /** The normal form is the text's ASCII letters lowered ({@link Tokenizer#lowerAscii}). */
  static final int LOWER_ASCII = 1;
  /** The normal form is {@link Tokenizer#normalize} of the text. */
  static final int NORMALIZE = 2;
  /** The strings were given with the token (no characters to read them from). */
  private static final int GIVEN = 3;

  private static final Token.Type[] TYPES = Token.Type.values();
  private static final int GAP = 4;
  private static final int FOLD_SHIFT = 3;

  private int size;
  private int[] starts;
  private int[] ends;
  /** Type ordinal (bits 0–1), white space before (bit 2), the fold (bits 3–4). */
  private byte[] info;
  private int[] newlines;
  private char[] puncts;
  private String[] texts;
  private String[] norms;
  private Token[] tokens;
  /** For a copy made by {@link #without}: each token's index in the arrays it was made from. */
  private int[] index;

  TokArrays(int capacity) {
    int c = Math.max(capacity, 4);
    starts = new int[c];
    ends = new int[c];
    info = new byte[c];
    newlines = new int[c];
    puncts = new char[c];
  }

  /** Arrays over tokens already made, their strings and objects kept as they are. */
  static TokArrays of(List<Token> list) {
    TokArrays a = new TokArrays(list.size());
    for (Token t : list) {
      a.add(t.start(), t.end(), t.type(), GIVEN, t.gapBefore(), t.newlinesBefore(), t.punct());
    }
    a.caches();
    for (int i = 0; i < a.size; i++) {
      Token t = list.get(i);
      a.texts[i] = t.text();
      a.norms[i] = t.norm();
      a.tokens[i] = t;
    }
    return a;
  }

  /** Appends a token; {@code fold} is {@link #SAME}, {@link #LOWER_ASCII} or {@link #NORMALIZE}. */
  void add(int start, int end, Token.Type type, int fold, boolean gap, int lines, char punct) {
    if (size == starts.length) {
      int c = size * 2;
      starts = Arrays.copyOf(starts, c);
      ends = Arrays.copyOf(ends, c);
      info = Arrays.copyOf(info, c);
      newlines = Arrays.copyOf(newlines, c);
      puncts = Arrays.copyOf(puncts, c);
    }
    starts[size] = start;
    ends[size] = end;
    info[size] = (byte) (type.ordinal() | (gap ? GAP : 0) | fold << FOLD_SHIFT);
    newlines[size] = lines;
    puncts[size] = punct;
    size++;
  }

  /** Makes the lazy caches once every token is added. */
  TokArrays caches() {
    texts = new String[size];
    norms = new String[size];
    tokens = new Token[size];
    return this;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  Token.Type type(int i) {
    return TYPES[info[i] & 3];
  }

  boolean gapBefore(int i) {
    return (info[i] & GAP) != 0;
  }

  int newlines(int i) {
    return newlines[i];
  }

  char punct(int i) {
    return puncts[i];
  }

  int[] index() {
    return index;
  }

  private int fold(int i) {
    return info[i] >>> FOLD_SHIFT & 3;
  }

  /** The token's text: a shared string for one punctuation character, else cut from the text. */
  String text(int i, String text, char[] chars) {
    String s = texts[i];
    if (s == null) {
      s = type(i) == Token.Type.PUNCT ? Tokenizer.punctText(text, chars, starts[i], ends[i])
          : text.substring(starts[i], ends[i]);
      texts[i] = s;
    }
    return s;
  }

  /** The token's normal form, made as the tokenizer always made it. */
  String norm(int i, String text, char[] chars) {
    String s = norms[i];
    if (s == null) {
      int f = fold(i);
      s = f == LOWER_ASCII ? Tokenizer.lowerAscii(chars, starts[i], ends[i])
          : f == NORMALIZE ? Tokenizer.normalize(text(i, text, chars)) : text(i, text, chars);
      norms[i] = s;
    }
    return s;
  }

  Token token(int i, String text, char[] chars) {
    Token t = tokens[i];
    if (t == null) {
      t = new Token(starts[i], ends[i], type(i), text(i, text, chars), norm(i, text, chars),
          gapBefore(i), newlines[i], puncts[i]);
      tokens[i] = t;
    }
    return t;
  }

  /**
   * See {@link Toks#mayBeIn}: a word whose normal form is its characters, each lowered alone, is
   * read in place (see {@link #lowersAlone}); another is tested on its normal form.
   */
  boolean mayBeIn(int i, WordSet set, String prefixes, String text, char[] chars) {
    int f = fold(i);
    int s = starts[i];
    int e = ends[i];
    if (type(i) != Token.Type.WORD || f == GIVEN || f == NORMALIZE && !lowersAlone(chars, s, e)) {
      return set.mayBeIn(norm(i, text, chars), prefixes);
    }
    if (set.mayContainLowered(chars, s, e)) {
      return true;
    }
    if (prefixes.isEmpty()) {
      return false;
    }
    int len = e - s;
    boolean allPrefixes = len <= 3;
    for (int k = s; k < e && allPrefixes; k++) {
      allPrefixes = prefixes.indexOf(WordSet.lower(chars[k])) >= 0;
    }
    if (allPrefixes) {
      return true;
    }
    for (int k = 1; k <= 3 && k <= len - 2; k++) {
      if (prefixes.indexOf(WordSet.lower(chars[s + k - 1])) < 0) {
        return false;
      }
      if (set.mayContainLowered(chars, s + k, e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@link Tokenizer#normalize} of {@code chars[s, e)} is each character lowered alone
   * ({@link Character#toLowerCase(char)}): letters below U+0300 (Latin, its accents and
   * extensions) or precomposed in U+1E00–U+1EFF (Vietnamese), never a combining mark, are in
   * NFC already and lower one to one, but the dotted capital I (U+0130, two characters lowered).
   * Checked for every such character in TokArraysTest.
   */
  static boolean lowersAlone(char[] chars, int s, int e) {
    for (int k = s; k < e; k++) {
      char c = chars[k];
      if (!(c < 0x300 && c != '\u0130' || c >= '\u1E00' && c <= '\u1EFF')) {
        return false;
      }
    }
    return true;
  }

  /**
   * A copy without the tokens marked in {@code citation}, with each digit run or word marked in
   * {@code splitAt} cut in two ({@code keep} tokens in all); see {@link Toks#withoutCitations}.
   * Tokens kept as they were keep their strings and objects; runs of them are copied whole.
   */
  TokArrays without(boolean[] citation, int[] splitAt, int keep) {
    TokArrays out = new TokArrays(keep);
    out.size = keep;
    out.caches();
    int[] idx = new int[keep];
    out.index = idx;
    boolean gap = false;
    int lines = 0;
    int m = 0;
    int i = 0;
    while (i < size) {
      if (citation[i]) { // its white space goes to the next token kept
        gap |= gapBefore(i);
        lines += newlines[i];
        i++;
        continue;
      }
      if (splitAt[i] > 0 || gap || lines > 0) {
        m = putEdited(out, m, i, gap || gapBefore(i), lines + newlines[i], splitAt[i]);
        gap = false;
        lines = 0;
        i++;
        continue;
      }
      int j = i + 1;
      while (j < size && !citation[j] && splitAt[j] == 0) {
        j++;
      }
      copyRun(out, m, i, j - i);
      m += j - i;
      i = j;
    }
    return out;
  }

  /** Copies tokens [i, i + n) as they are to {@code out} at {@code m}. */
  private void copyRun(TokArrays out, int m, int i, int n) {
    System.arraycopy(starts, i, out.starts, m, n);
    System.arraycopy(ends, i, out.ends, m, n);
    System.arraycopy(info, i, out.info, m, n);
    System.arraycopy(newlines, i, out.newlines, m, n);
    System.arraycopy(puncts, i, out.puncts, m, n);
    System.arraycopy(texts, i, out.texts, m, n);
    System.arraycopy(norms, i, out.norms, m, n);
    System.arraycopy(tokens, i, out.tokens, m, n);
    for (int k = 0; k < n; k++) {
      out.index[m + k] = i + k;
    }
  }

  /**
   * Puts token i to {@code out} at {@code m} with the white space given, cut in two after
   * {@code cut} characters when {@code cut > 0} (a word's halves normalized anew, the second
   * read as after a space); returns the next free place.
   */
  private int putEdited(TokArrays out, int m, int i, boolean gap, int lines, int cut) {
    Token.Type type = type(i);
    if (cut > 0) {
      int fold = type == Token.Type.WORD ? NORMALIZE : fold(i) == GIVEN ? GIVEN : SAME;
      out.put(m, starts[i], starts[i] + cut, type, fold, gap, lines, puncts[i], i);
      out.put(m + 1, starts[i] + cut, ends[i], type, fold, true, 0, puncts[i], i);
      return m + 2;
    }
    out.put(m, starts[i], ends[i], type, fold(i), gap, lines, puncts[i], i);
    out.texts[m] = texts[i];
    out.norms[m] = norms[i];
    boolean moved = gap != gapBefore(i) || lines != newlines[i];
    out.tokens[m] = moved ? null : tokens[i];
    return m + 1;
  }

  private void put(int m, int start, int end, Token.Type type, int fold, boolean gap, int lines,
      char punct, int from) {
    starts[m] = start;
    ends[m] = end;
    info[m] = (byte) (type.ordinal() | (gap ? GAP : 0) | fold << FOLD_SHIFT);
    newlines[m] = lines;
    puncts[m] = punct;
    index[m] = from;
  }
}
