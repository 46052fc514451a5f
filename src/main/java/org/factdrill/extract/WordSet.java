package org.factdrill.extract;

import java.util.Set;

/**
 * A set of normalized words with a bit filter over (first two letters, last two letters, length)
 * that rejects almost every other word without hashing it or cutting a substring: the lexicon's
 * tests that run on every word (can a fact start here? is this, without its prefix letters, a
 * numeral, a month, a holiday?) go through it.
 */
record WordSet(Set<String> words, long[] filter) {
  private static final int BITS = 16;

  /** Mixes the first two and last two letters and the length ("and"/"aud", "there"/"three"). */
  private static int key(String s, int from) {
    int last = s.length() - 1;
    int h = s.charAt(from);
    h = h * 31 + s.charAt(Math.min(from + 1, last));
    h = h * 31 + s.charAt(Math.max(from, last - 1));
    h = h * 31 + s.charAt(last);
    h = h * 31 + last - from;
    return (h * 0x9E3779B1) >>> (32 - BITS);
  }

  /**
   * {@link #key} of the word {@code cs[from, end)} with each character read lowered: the key of
   * its normal form when that is its characters each lowered alone (see {@link TokArrays}).
   */
  private static int keyLowered(char[] cs, int from, int end) {
    int last = end - 1;
    int h = lower(cs[from]);
    h = h * 31 + lower(cs[Math.min(from + 1, last)]);
    h = h * 31 + lower(cs[Math.max(from, last - 1)]);
    h = h * 31 + lower(cs[last]);
    h = h * 31 + last - from;
    return (h * 0x9E3779B1) >>> (32 - BITS);
  }

  /** {@code c} lowered: an ASCII capital by arithmetic, any other by {@link Character}. */
  static char lower(char c) {
    return c < 0x80 ? c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c
        : Character.toLowerCase(c);
  }

  static WordSet of(Set<String> words) {
    long[] f = new long[(1 << BITS) / 64];
    for (String w : words) {
      if (!w.isEmpty()) {
        int k = key(w, 0);
        f[k >>> 6] |= 1L << k;
      }
    }
    return new WordSet(Set.copyOf(words), f);
  }

  /**
   * False when {@code s} from index {@code from} on is surely none of the words (the bit filter
   * alone, no hashing); true when it may be one.
   */
  boolean mayContain(String s, int from) {
    if (from >= s.length()) {
      return true;
    }
    int k = key(s, from);
    return (filter[k >>> 6] & (1L << k)) != 0;
  }

  /** {@link #mayContain} of the word {@code cs[from, end)}, each character lowered. */
  boolean mayContainLowered(char[] cs, int from, int end) {
    if (from >= end) {
      return true;
    }
    int k = keyLowered(cs, from, end);
    return (filter[k >>> 6] & (1L << k)) != 0;
  }

  /**
   * False when {@code norm} is surely not a word of this set as it is nor, after one to three of
   * {@code prefixes}, made of prefix letters alone or a word of the set (the bit filter alone);
   * true when it may be. What a trigger test needs to know before it hashes anything.
   */
  boolean mayBeIn(String norm, String prefixes) {
    if (mayContain(norm, 0)) {
      return true;
    }
    if (prefixes.isEmpty()) {
      return false;
    }
    int len = norm.length();
    boolean allPrefixes = len <= 3;
    for (int k = 0; k < len && allPrefixes; k++) {
      allPrefixes = prefixes.indexOf(norm.charAt(k)) >= 0;
    }
    if (allPrefixes) {
      return true;
    }
    for (int k = 1; k <= 3 && k <= len - 2; k++) {
      if (prefixes.indexOf(norm.charAt(k - 1)) < 0) {
        return false;
      }
      if (mayContain(norm, k)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code s} from index {@code from} on is one of the words. */
  boolean contains(String s, int from) {
    if (from >= s.length()) {
      return from == 0 && words.contains(s);
    }
    int k = key(s, from);
    return (filter[k >>> 6] & (1L << k)) != 0
        && words.contains(from == 0 ? s : s.substring(from));
  }
}
