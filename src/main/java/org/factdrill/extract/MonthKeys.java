package org.factdrill.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the literal keys of other-calendar month names occur in a text, found in one pass over
 * its characters (was: one {@code indexOf} scan of the whole text per key, two calendars of some
 * 20 keys each). A key is letters, compared with the text lower-cased by
 * {@code toLowerCase(Locale.ROOT)}; a key that must start a word ({@link #STARTS_WORD}) counts
 * only where a word starts, allowing a hyphen and up to two of the pack's prefix letters before
 * it ("באב", "ב-אב"); a key that is a whole word ({@link #WHOLE_WORD}) only where no letter
 * follows it. Built once per pack; holds no state of a text.
 */
final class MonthKeys {
  static final int STARTS_WORD = 1;
  static final int WHOLE_WORD = 2;

  /** Some key starts with the character (lower-cased, as every bit below). */
  private static final int FIRST = 1;
  /** Some key that need not start a word starts with it. */
  private static final int FIRST_ANYWHERE = 2;
  /** Lowered by its context or to another length (see {@link #special}). */
  private static final int SPECIAL = 4;
  private static final int LETTER = 8;
  private static final int LETTER_OR_DIGIT = 16;
  /** One of the pack's prefix letters. */
  private static final int PREFIX = 32;
  /** A hyphen or maqaf, which may stand between prefix letters and a word. */
  private static final int HYPHEN = 64;
  /** Lower-cased, the character itself. */
  private static final int UNCASED = 128;

  private final String[] keys;
  private final int[] flags;
  private final String prefixes;
  /** Whether a key or prefix letter holds a surrogate (then a text with one is scanned apart). */
  private final boolean surrogates;
  /** The bits above for every character as a text writes it. */
  private final byte[] classes = new byte[Character.MAX_VALUE + 1];
  /**
   * The keys by their first two characters (every key has two or more), in an open-addressed
   * table: {@code pairs[slot]} holds the two characters as one int (0 for an empty slot),
   * {@code byPair[slot]} the keys starting with them, in key order.
   */
  private final int[] pairs;
  private final int[][] byPair;
  /**
   * True when every key is letters that must start a word and the pack has no prefix letters:
   * then a key starts only at a word token's first character or inside a word that is not
   * {@link Toks#PLAIN}, and {@link #find(Toks)} reads no other character.
   */
  private final boolean byWords;

  MonthKeys(List<String> keys, List<Integer> flags, String prefixes) {
    this.keys = keys.toArray(new String[0]);
    this.flags = flags.stream().mapToInt(Integer::intValue).toArray();
    this.prefixes = prefixes;
    surrogates = (String.join("", keys) + prefixes).chars()
        .anyMatch(c -> Character.isSurrogate((char) c));
    StringBuilder first = new StringBuilder();
    StringBuilder anywhere = new StringBuilder();
    for (int k = 0; k < this.keys.length; k++) {
      String c = this.keys[k].substring(0, 1);
      if (first.indexOf(c) < 0) {
        first.append(c);
      }
      if ((this.flags[k] & STARTS_WORD) == 0) {
        anywhere.append(c);
      }
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char l = Character.toLowerCase((char) c);
      String ls = String.valueOf(l);
      classes[c] = (byte) ((first.indexOf(ls) >= 0 ? FIRST : 0)
          | (anywhere.indexOf(ls) >= 0 ? FIRST_ANYWHERE : 0)
          | (special((char) c) ? SPECIAL : 0)
          | (Character.isLetter(l) ? LETTER : 0)
          | (Character.isLetterOrDigit(l) ? LETTER_OR_DIGIT : 0)
          | (prefixes.indexOf(l) >= 0 ? PREFIX : 0)
          | (l == '-' || l == '־' ? HYPHEN : 0)
          | (l == c ? UNCASED : 0));
    }
    Map<Integer, List<Integer>> starting = new java.util.LinkedHashMap<>();
    for (int k = 0; k < this.keys.length; k++) {
      if (this.keys[k].length() < 2) {
        throw new IllegalArgumentException("a month key of one letter: " + this.keys[k]);
      }
      starting.computeIfAbsent(pair(this.keys[k].charAt(0), this.keys[k].charAt(1)),
          x -> new java.util.ArrayList<>()).add(k);
    }
    boolean words = prefixes.isEmpty() && !surrogates;
    for (int k = 0; k < this.keys.length; k++) {
      words &= (this.flags[k] & STARTS_WORD) != 0 && this.keys[k].chars().allMatch(Character::isLetter);
    }
    byWords = words;
    int size = Integer.highestOneBit(Math.max(4, starting.size() * 4)) * 2;
    pairs = new int[size];
    byPair = new int[size][];
    for (Map.Entry<Integer, List<Integer>> e : starting.entrySet()) {
      int slot = slot(e.getKey());
      while (pairs[slot] != 0) {
        slot = (slot + 1) & (size - 1);
      }
      pairs[slot] = e.getKey();
      byPair[slot] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private static int pair(char a, char b) {
    return a << 16 | b;
  }

  private int slot(int pair) {
    return (pair * 0x9E3779B1 >>> 16) & (pairs.length - 1);
  }

  /** The keys that start with the two characters {@code a}, {@code b}, or null. */
  private int[] startingWith(char a, char b) {
    int pair = pair(a, b);
    for (int slot = slot(pair); pairs[slot] != 0; slot = (slot + 1) & (pairs.length - 1)) {
      if (pairs[slot] == pair) {
        return byPair[slot];
      }
    }
    return null;
  }

  String key(int k) {
    return keys[k];
  }

  /**
   * Every occurrence of a key that its flags allow, as {@code (key index << 32) | position},
   * sorted: by key in the order given, then by position in the lower-cased text (the order the
   * per-key scans produced them in).
   */
  long[] find(String text) {
    long[] out = scan(text.toCharArray());
    return out != null ? out : perKey(text.toLowerCase(Locale.ROOT));
  }

  /**
   * As {@link #find(String)} over the tokens' text: the keys looked for only at the first
   * character of each word and inside the words that are not {@link Toks#PLAIN} when the keys
   * allow it ({@link #byWords}; a key starts with a letter, which is always inside a word), else
   * every character of the tokenizer's own copy of the text.
   */
  long[] find(Toks t) {
    long[] out = byWords ? scanWords(t) : scan(t.chars);
    return out != null ? out : perKey(t.text.toLowerCase(Locale.ROOT));
  }

  /** {@link #scan} at the only places a key that starts a word may start: null as there. */
  private long[] scanWords(Toks t) {
    char[] text = t.chars;
    Found out = new Found();
    for (int i = 0, n = t.size(); i < n; i++) {
      if (t.isPlainWord(i)) {
        int p = t.startOf(i);
        if ((classes[text[p]] & FIRST) != 0) {
          keysAt(text, p, out);
        }
      } else if (t.isWordTok(i)) {
        for (int p = t.startOf(i), e = t.endOf(i); p < e; p++) {
          int cls = classes[text[p]];
          if ((cls & SPECIAL) != 0) {
            return null;
          }
          if ((cls & FIRST) != 0) {
            keysAt(text, p, out);
          }
        }
      }
    }
    return out.sorted();
  }

  /** Found keys as {@code (key index << 32) | position}. */
  private static final class Found {
    long[] out = new long[8];
    int count;

    void add(int k, int p) {
      if (count == out.length) {
        out = Arrays.copyOf(out, count * 2);
      }
      out[count++] = (long) k << 32 | p;
    }

    long[] sorted() {
      long[] found = Arrays.copyOf(out, count);
      Arrays.sort(found);
      return found;
    }
  }

  /** Every key its flags allow at {@code p}, where some key starts with the character. */
  private void keysAt(char[] text, int p, Found out) {
    int n = text.length;
    int[] ks = p + 1 < n ? startingWith(lower(text, p), lower(text, p + 1)) : null;
    if (ks == null) {
      return;
    }
    int start = -1; // whether a word starts at p, found once when a key needs it
    for (int k : ks) {
      String key = keys[k];
      int after = p + key.length();
      if (after > n || !matches(text, p, key)) {
        continue;
      }
      if ((flags[k] & STARTS_WORD) != 0) {
        if (start < 0) {
          start = wordStart(text, p) ? 1 : 0;
        }
        if (start == 0) {
          continue;
        }
      }
      if ((flags[k] & WHOLE_WORD) != 0 && after < n && (classes[text[after]] & LETTER) != 0) {
        continue;
      }
      out.add(k, p);
    }
  }

  /**
   * The one-pass scan over the text lower-cased a character at a time, which is the same as
   * {@code toLowerCase(Locale.ROOT)} except at the two characters that lowers by their context or
   * to another length: null when the text holds one.
   */
  private long[] scan(char[] text) {
    int n = text.length;
    Found out = new Found();
    // FIRST when a word may start at p (no letter or digit before, or a prefix letter): only
    // then are keys that start words looked for. Kept as a bit, not a branch: within words the
    // FIRST letters come and go at random, and one test of the mask below is all a character
    // costs that starts no key (FIRST_ANYWHERE holds only FIRST characters).
    int opens = FIRST;
    for (int p = 0; p < n; p++) {
      int cls = classes[text[p]];
      int wanted = FIRST_ANYWHERE | SPECIAL | opens;
      int closes = (cls & (LETTER_OR_DIGIT | PREFIX)) ^ LETTER_OR_DIGIT; // 0: a word goes on
      opens = (closes | -closes) >>> 31; // FIRST (1) when closes != 0
      if ((cls & wanted) == 0) {
        continue;
      }
      if ((cls & SPECIAL) != 0) {
        return null;
      }
      keysAt(text, p, out);
    }
    return out.sorted();
  }

  /** The scan one key at a time over the lower-cased text: what {@link #scan} is the same as. */
  long[] perKey(String lower) {
    long[] out = new long[8];
    int count = 0;
    for (int k = 0; k < keys.length; k++) {
      String key = keys[k];
      for (int p = lower.indexOf(key); p >= 0; p = lower.indexOf(key, p + 1)) {
        int after = p + key.length();
        if ((flags[k] & STARTS_WORD) != 0 && !lowerWordStart(lower, p)
            || (flags[k] & WHOLE_WORD) != 0 && after < lower.length()
            && Character.isLetter(lower.charAt(after))) {
          continue; // inside a word ("have" holds "av", "אביב" starts with "אב")
        }
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = (long) k << 32 | p;
      }
    }
    return Arrays.copyOf(out, count);
  }

  /** True when a word starts at {@code p}, or only prefix letters (and a hyphen) stand before. */
  private boolean lowerWordStart(String s, int p) {
    int k = p;
    if (k > 0 && (s.charAt(k - 1) == '-' || s.charAt(k - 1) == '־')) {
      k--;
    }
    for (int n = 0; n < 2 && k > 0 && prefixes.indexOf(s.charAt(k - 1)) >= 0; n++) {
      k--;
    }
    return k == 0 || !Character.isLetterOrDigit(s.charAt(k - 1));
  }

  /** {@link #lowerWordStart} over the text lowered a character at a time. */
  private boolean wordStart(char[] text, int p) {
    int k = p;
    if (k > 0 && (classes[text[k - 1]] & HYPHEN) != 0) {
      k--;
    }
    for (int n = 0; n < 2 && k > 0 && (classes[text[k - 1]] & PREFIX) != 0; n++) {
      k--;
    }
    return k == 0 || (classes[text[k - 1]] & LETTER_OR_DIGIT) == 0;
  }

  private char lower(char[] text, int i) {
    char c = text[i];
    return (classes[c] & UNCASED) != 0 ? c : Character.toLowerCase(c);
  }

  private boolean matches(char[] text, int p, String key) {
    for (int j = 2; j < key.length(); j++) {
      if (lower(text, p + j) != key.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Characters {@code String.toLowerCase(Locale.ROOT)} does not lower as
   * {@code Character.toLowerCase(char)} does: the capital sigma (by its context) and the dotted
   * capital I (to two characters). Surrogates are lowered as pairs, into pairs again: the same
   * to this scan unless a key or prefix letter holds one (MonthKeysTest checks every character).
   */
  private boolean special(char c) {
    return c == '\u03a3' || c == '\u0130' || surrogates && Character.isSurrogate(c);
  }
}
