package org.factdrill.extract;

/**
 * A document's tokens with bounds-safe look-ups, shared by every recognizer. The tokens are
 * parallel arrays (offsets, a packed word of type, white space and how the normal form is made,
 * the word's {@link WordSet} key); a {@link Token} with its strings is made only for a token a
 * recognizer asks for by {@link #get}: most words are never candidates nor next to one, and the
 * tests run on every token ({@link #isWordTok}, {@link #attached}, the trigger filter) read the
 * arrays alone.
 */
final class Toks {
  /** Bits of {@link #info}: the type's ordinal, a gap before, how the normal form is made. */
  static final int WORD = 0;
  static final int DIGITS = 1;
  static final int PUNCT = 2;
  private static final int TYPE = 3;
  static final int GAP = 4;
  /** The normal form is the text as written (lower-case ASCII, Hebrew letters, digits, marks). */
  static final int NORM_RAW = 0;
  /** ASCII lowered letter by letter. */
  static final int NORM_ASCII = 1 << 3;
  /** Folded a character at a time ({@link Tokenizer#folded}). */
  static final int NORM_FOLDED = 2 << 3;
  /** {@link Tokenizer#normalize} of the text. */
  static final int NORM_FULL = 3 << 3;
  private static final int NORM = 3 << 3;
  /**
   * A word every character of which is a letter or digit as {@code Character.isLetterOrDigit}
   * reads it lower-cased, none lowered by its context (no mark, apostrophe or geresh inside):
   * no word starts inside it ({@link MonthKeys} reads only its first character). Absent, the
   * word must be read character by character.
   */
  static final int PLAIN = 1 << 5;
  /** The line breaks before a token are the bits above this. */
  static final int NEWLINES = 6;
  private static final Token.Type[] TYPES = {Token.Type.WORD, Token.Type.DIGITS, Token.Type.PUNCT};

  final String text;
  /** The text's characters: read by the tests on every token instead of a token's string. */
  final char[] chars;
  private final int n;
  private final int[] starts;
  private final int[] ends;
  private final int[] info;
  /** A word's {@link WordSet#key} of its normal form (0 for other tokens). */
  private final int[] keys;
  /** The tokens made so far (null until asked for). */
  private final Token[] made;
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
   * first asked for): the passes that look only at them (NonFacts, GluedDates) skip the words.
   */
  private int[] marks;

  /**
   * Over the first {@code n} entries of the arrays as given (not copied; they may be longer),
   * with the marks as the tokenizer noted them (or null).
   */
  Toks(String text, char[] chars, int n, int[] starts, int[] ends, int[] info, int[] keys,
      int[] marks) {
    this(text, chars, n, starts, ends, info, keys, new Token[n], new boolean[n], null);
    this.marks = marks;
  }

  private Toks(String text, char[] chars, int n, int[] starts, int[] ends, int[] info,
      int[] keys, Token[] made, boolean[] blocked, int[] original) {
    this.text = text;
    this.chars = chars;
    this.n = n;
    this.starts = starts;
    this.ends = ends;
    this.info = info;
    this.keys = keys;
    this.made = made;
    this.blocked = blocked;
    this.citation = new boolean[n];
    this.splitAt = new int[n];
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
    int keep = 0;
    for (int i = 0; i < n; i++) {
      keep += citation[i] ? 0 : splitAt[i] > 0 ? 2 : 1;
    }
    // Edited: a marker to drop or a run to split (a text may hold as many of one as of the
    // other, so the count alone cannot tell that nothing changed).
    int[] s = new int[keep];
    int[] e = new int[keep];
    int[] f = new int[keep];
    int[] key = new int[keep];
    Token[] kept = new Token[keep];
    int[] index = new int[keep];
    boolean[] blocks = new boolean[keep];
    int m = 0;
    boolean gap = false;
    int newlines = 0;
    boolean dropped = false;
    for (int i = 0; i < n; i++) {
      if (!dropped && !citation[i] && splitAt[i] == 0) {
        // A run of tokens kept as they are (all but a few of a text): copied whole.
        int j = i + 1;
        while (j < n && !citation[j] && splitAt[j] == 0) {
          j++;
        }
        int len = j - i;
        System.arraycopy(starts, i, s, m, len);
        System.arraycopy(ends, i, e, m, len);
        System.arraycopy(info, i, f, m, len);
        System.arraycopy(keys, i, key, m, len);
        System.arraycopy(made, i, kept, m, len);
        System.arraycopy(blocked, i, blocks, m, len);
        for (int k = 0; k < len; k++) {
          index[m + k] = i + k;
        }
        m += len;
        i = j - 1;
        gap = false;
        newlines = 0;
        continue;
      }
      int fi = info[i];
      if (citation[i]) {
        gap |= (fi & GAP) != 0;
        newlines += fi >>> NEWLINES;
        dropped = true;
        continue;
      }
      Token tok = made[i];
      if (dropped) {
        fi = fi & ((1 << NEWLINES) - 1) | (gap ? GAP : 0)
            | Math.min(newlines + (fi >>> NEWLINES), Tokenizer.MAX_NEWLINES) << NEWLINES;
        // With the white space of the dropped marker; a made token keeps its normal form (a
        // repaired month's).
        tok = tok == null ? null : new Token(tok.start(), tok.end(), tok.type(), tok.text(),
            tok.norm(), (fi & GAP) != 0, fi >>> NEWLINES, tok.punct());
      }
      int start = starts[i];
      if (splitAt[i] > 0) {
        int k = splitAt[i];
        // A label glued to a month: each half normalized anew.
        int norm = (fi & TYPE) == WORD ? NORM_FULL : NORM_RAW;
        index[m] = i;
        blocks[m] = blocked[i];
        s[m] = start;
        e[m] = start + k;
        f[m] = fi & ~NORM | norm;
        key[m++] = norm == NORM_FULL ? WordSet.key(Tokenizer.normalize(
            text.substring(start, start + k)), 0) : 0;
        start += k;
        fi = fi & TYPE | GAP | norm;
        key[m] = norm == NORM_FULL ? WordSet.key(Tokenizer.normalize(
            text.substring(start, ends[i])), 0) : 0;
        tok = null;
      } else {
        key[m] = keys[i];
      }
      index[m] = i;
      blocks[m] = blocked[i];
      s[m] = start;
      e[m] = ends[i];
      f[m] = fi;
      kept[m++] = tok;
      gap = false;
      newlines = 0;
      dropped = false;
    }
    return new Toks(text, chars, keep, s, e, f, key, kept, blocks, index);
  }

  /** The indices of digit runs and "[" and "@" tokens in order, ending at the first -1. */
  int[] marks() {
    int[] m = marks;
    if (m == null) {
      m = new int[n + 1];
      int k = 0;
      for (int i = 0; i < n; i++) {
        int type = info[i] & TYPE;
        if (type == DIGITS || type == PUNCT && (chars[starts[i]] == '[' || chars[starts[i]] == '@')) {
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
    return n;
  }

  /**
   * Reads word {@code i} as {@code norm} from now on (a scan's misspelt month repaired where
   * only one month is one letter away); its text and offsets are unchanged.
   */
  void renorm(int i, String norm) {
    Token t = get(i);
    made[i] = new Token(t.start(), t.end(), t.type(), t.text(), norm, t.gapBefore(),
        t.newlinesBefore(), t.punct());
    info[i] = info[i] & ~NORM | NORM_FULL; // compared through the made token, never as written
    keys[i] = WordSet.key(norm, 0);
  }

  /** Token i, made when first asked for; null outside the document. */
  Token get(int i) {
    if (i < 0 || i >= n) {
      return null;
    }
    Token t = made[i];
    return t != null ? t : make(i);
  }

  private Token make(int i) {
    int s = starts[i];
    int e = ends[i];
    int f = info[i];
    Token.Type type = TYPES[f & TYPE];
    String raw;
    String norm;
    if (type == Token.Type.PUNCT) {
      raw = Tokenizer.punct(text, chars, s, e);
      norm = raw;
    } else {
      raw = text.substring(s, e);
      norm = switch (f & NORM) {
        case NORM_RAW -> raw;
        case NORM_ASCII -> Tokenizer.lowerAscii(chars, s, e);
        case NORM_FOLDED -> Tokenizer.folded(chars, s, e, raw);
        default -> Tokenizer.normalize(raw);
      };
    }
    Token t = new Token(s, e, type, raw, norm, (f & GAP) != 0, f >>> NEWLINES,
        type == Token.Type.PUNCT ? chars[s] : 0);
    made[i] = t;
    return t;
  }

  /** The normalized text of token i, or "" outside the document. */
  String norm(int i) {
    Token t = get(i);
    return t == null ? "" : t.norm();
  }

  /** True when token i is a word whose normal form is {@code norm}. */
  boolean isWord(int i, String norm) {
    if (!isWordTok(i)) {
      return false;
    }
    return normEquals(i, norm);
  }

  /**
   * True when word i's normal form is {@code norm}: read off its characters where the normal
   * form is made a character at a time (as written, ASCII lowered, folded), no token made.
   */
  boolean normEquals(int i, String norm) {
    int s = starts[i];
    int len = ends[i] - s;
    switch (info[i] & NORM) {
      case NORM_RAW:
        return len == norm.length() && text.regionMatches(s, norm, 0, len);
      case NORM_ASCII:
        if (len != norm.length()) {
          return false;
        }
        for (int k = 0; k < len; k++) {
          char c = chars[s + k];
          if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != norm.charAt(k)) {
            return false;
          }
        }
        return true;
      case NORM_FOLDED:
        if (len != norm.length()) {
          return false;
        }
        for (int k = 0; k < len; k++) {
          char f = Tokenizer.fold(chars[s + k]);
          if (f == 0) {
            return get(i).norm().equals(norm);
          }
          if (f != norm.charAt(k)) {
            return false;
          }
        }
        return true;
      default:
        return get(i).norm().equals(norm);
    }
  }

  boolean isPunct(int i, char c) {
    return i >= 0 && i < n && (info[i] & TYPE) == PUNCT && chars[starts[i]] == c && c != 0;
  }

  boolean isDash(int i) {
    return i >= 0 && i < n && (info[i] & TYPE) == PUNCT && Tokenizer.isDash(chars[starts[i]]);
  }

  boolean isDigits(int i) {
    return i >= 0 && i < n && (info[i] & TYPE) == DIGITS;
  }

  boolean isWordTok(int i) {
    return i >= 0 && i < n && (info[i] & TYPE) == WORD;
  }

  /** The type ({@link #WORD}, {@link #DIGITS} or {@link #PUNCT}) of token i, in the document. */
  int type(int i) {
    return info[i] & TYPE;
  }

  /** The character of punctuation token i (its first, for a surrogate pair). */
  char punct(int i) {
    return chars[starts[i]];
  }

  /** True when token i directly follows token i-1 with no white space between. */
  boolean attached(int i) {
    return i > 0 && i < n && (info[i] & GAP) == 0;
  }

  /** True when tokens i-1 and i are in different paragraphs (or i-1 does not exist). */
  boolean breakBefore(int i) {
    return i < 0 || i >= n || info[i] >>> NEWLINES >= 2;
  }

  /** The first word of a sentence or line (after a full stop, "!" or "?"): its capital says nothing of a name. */
  boolean sentenceStart(int i) {
    return i <= 0 || i >= n || lineBreakBefore(i) || isPunct(i - 1, '.') || isPunct(i - 1, '!')
        || isPunct(i - 1, '?');
  }

  /** True when a line break comes before token i (in the document). */
  boolean lineBreakBefore(int i) {
    return info[i] >>> NEWLINES > 0;
  }

  /** The line breaks in the white space before token i (0 for the first token or none). */
  int newlinesBefore(int i) {
    return i > 0 && i < n ? info[i] >>> NEWLINES : 0;
  }

  /** True when token i (in the document) starts a paragraph (a blank line before it). */
  boolean paragraphStart(int i) {
    return info[i] >>> NEWLINES >= 2;
  }

  /** The {@link WordSet#key} of word i's normal form. */
  int key(int i) {
    return keys[i];
  }

  /** True when token i is a word no other word can start inside ({@link #PLAIN}). */
  boolean isPlainWord(int i) {
    return (info[i] & (TYPE | PLAIN)) == (WORD | PLAIN);
  }

  /** True when word i's normal form is made a character at a time ({@link #normEquals} reads it). */
  boolean normByChars(int i) {
    return (info[i] & NORM) != NORM_FULL;
  }

  /** True when word i's normal form is its text as written (its characters can be read). */
  boolean normIsRaw(int i) {
    return (info[i] & NORM) == NORM_RAW;
  }

  boolean isBlocked(int i) {
    return i >= 0 && i < n && blocked[i];
  }

  /** The number of characters of token i (a word's or a digit run's text length). */
  int length(int i) {
    return ends[i] - starts[i];
  }

  /** True when token i is a word whose first letter is a capital ({@link Token#isCapitalized}). */
  boolean capitalized(int i) {
    return isWordTok(i) && Character.isUpperCase(Character.codePointAt(chars, starts[i], ends[i]));
  }

  /** The value of digit run i (at most nine digits, of any script), as {@link Integer#parseInt} reads it. */
  int smallValue(int i) {
    int v = 0;
    for (int k = starts[i]; k < ends[i]; k++) {
      v = v * 10 + Character.digit(chars[k], 10);
    }
    return v;
  }

  int startOf(int i) {
    return starts[i];
  }

  int endOf(int i) {
    return ends[i];
  }

  /** Blocks every token overlapping the characters [a, b). */
  void blockChars(int a, int b) {
    // Tokens are sorted: binary search the first token ending after a.
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= a) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo; k < n && starts[k] < b; k++) {
      blocked[k] = true;
    }
  }
}
