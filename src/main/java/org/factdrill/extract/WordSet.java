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
