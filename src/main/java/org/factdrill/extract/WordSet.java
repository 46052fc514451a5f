package org.factdrill.extract;

import java.util.Set;

/**
 * A set of normalized words with a bit filter over (first two letters, last two letters, length)
 * that rejects almost every other word without hashing it or cutting a substring: the lexicon's
 * tests that run on every word (can a fact start here? is this, without its prefix letters, a
 * numeral, a month, a holiday?) go through it.
 */
record WordSet(Set<String> words, long[] filter, int[] sortedKeys, String[] byKey) {
  private static final int BITS = 16;

  /** Mixes the first two and last two letters and the length ("and"/"aud", "there"/"three"). */
  static int key(String s, int from) {
    int last = s.length() - 1;
    return key(s.charAt(from), s.charAt(Math.min(from + 1, last)),
        s.charAt(Math.max(from, last - 1)), s.charAt(last), last - from);
  }

  /**
   * The key of a word whose first, second, second-to-last and last letters are {@code a} to
   * {@code d} and whose length is {@code span + 1} (what the tokenizer reads off a word's
   * characters without making its string).
   */
  static int key(char a, char b, char c, char d, int span) {
    int h = a;
    h = h * 31 + b;
    h = h * 31 + c;
    h = h * 31 + d;
    h = h * 31 + span;
    return (h * 0x9E3779B1) >>> (32 - BITS);
  }

  /** {@link #key} of the characters {@code from} to {@code to} (exclusive) of {@code cs}. */
  static int key(char[] cs, int from, int to) {
    int last = to - 1;
    return key(cs[from], cs[Math.min(from + 1, last)], cs[Math.max(from, last - 1)], cs[last],
        last - from);
  }

  /** True when a word of key {@code k} may be one of the words (the bit filter alone). */
  boolean mayHaveKey(int k) {
    return (filter[k >>> 6] & (1L << k)) != 0;
  }

  /**
   * True when word {@code i} of {@code t}, from its letter {@code from} on, is one of the words:
   * the bit filter on the characters first (no string made), when its normal form is as written.
   */
  boolean containsWord(Toks t, int i, int from) {
    if (from == 0) {
      int k = t.key(i);
      return mayHaveKey(k) && hasWord(t, i, k);
    }
    if (!t.normIsRaw(i)) {
      return contains(t.norm(i), from);
    }
    int s = t.startOf(i) + from;
    if (s >= t.endOf(i)) {
      return false;
    }
    int k = key(t.chars, s, t.endOf(i));
    if (!mayHaveKey(k)) {
      return false;
    }
    int len = t.endOf(i) - s; // as written: the characters are the normal form's
    for (int j = first(k); j >= 0 && j < sortedKeys.length && sortedKeys[j] == k; j++) {
      if (byKey[j].length() == len && t.text.regionMatches(s, byKey[j], 0, len)) {
        return true;
      }
    }
    return false;
  }

  /** The first index of key {@code k} in {@link #sortedKeys}, or -1. */
  private int first(int k) {
    int lo = java.util.Arrays.binarySearch(sortedKeys, k);
    while (lo > 0 && sortedKeys[lo - 1] == k) {
      lo--;
    }
    return lo;
  }

  /**
   * True when word i, whose key is {@code k}, is one of the words: the words of that key are
   * compared with its characters ({@link Toks#normEquals}), so no token is made for it.
   */
  private boolean hasWord(Toks t, int i, int k) {
    for (int j = first(k); j >= 0 && j < sortedKeys.length && sortedKeys[j] == k; j++) {
      if (t.normEquals(i, byKey[j])) {
        return true;
      }
    }
    return false;
  }

  static WordSet of(Set<String> words) {
    long[] f = new long[(1 << BITS) / 64];
    java.util.List<String> list = new java.util.ArrayList<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        int k = key(w, 0);
        f[k >>> 6] |= 1L << k;
        list.add(w);
      }
    }
    list.sort(java.util.Comparator.comparingInt((String w) -> key(w, 0)));
    int[] keys = new int[list.size()];
    for (int j = 0; j < keys.length; j++) {
      keys[j] = key(list.get(j), 0);
    }
    return new WordSet(Set.copyOf(words), f, keys, list.toArray(new String[0]));
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

  /**
   * True when word {@code i} of {@code t} is one to three of the {@code prefixes} letters alone
   * (the ב of "ב-1948"), or such letters before one of the words with at least two letters.
   */
  boolean prefixedAt(Toks t, int i, String prefixes) {
    boolean raw = t.normIsRaw(i); // then the characters are read, no string made
    String norm = raw ? null : t.norm(i);
    int s = t.startOf(i);
    int len = raw ? t.endOf(i) - s : norm.length();
    for (int k = 1; k <= 3 && k <= len; k++) {
      if (prefixes.indexOf(raw ? t.chars[s + k - 1] : norm.charAt(k - 1)) < 0) {
        return false;
      }
      if (k == len || k <= len - 2 && (raw ? containsWord(t, i, k) : contains(norm, k))) {
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
