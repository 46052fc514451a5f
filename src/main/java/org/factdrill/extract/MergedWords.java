package org.factdrill.extract;

import java.util.Set;

/**
 * One language's words of every list its rule families test a token against, merged into one
 * table: a word token is looked up once (its index in the table, or -1), and that index is kept on
 * the {@link Toks} for the rest of the pass, so each family's test is a bit of its own set over
 * the table's indices ({@link WordSet#containsWord}) instead of another filter and compare. In a
 * language with prefix letters the word after one to three of its letters is looked up once too.
 * Sets of words outside the table keep their own filter (see {@link WordSet#of(Set, MergedWords)}).
 */
final class MergedWords {
  /** The table: a word's index is its place in {@code all.byKey()}. */
  private final WordSet all;
  /** Cache slots a token takes: the whole word, then after one to three letters where prefixes cut. */
  private final int stride;

  MergedWords(Set<String> words, boolean prefixes) {
    this.all = WordSet.of(words);
    this.stride = prefixes ? 4 : 1;
  }

  /** The number of words in the table. */
  int size() {
    return all.byKey().length;
  }

  /** The table index of {@code w}, or -1. */
  int indexOf(String w) {
    return w.isEmpty() ? -1 : find(w, 0);
  }

  /**
   * The table index of word {@code i} of {@code t} from its letter {@code from} on (0 to 3; from
   * > 0 only where the language has prefix letters), or -1: looked up on first ask, then read.
   */
  int id(Toks t, int i, int from) {
    if (from >= stride) {
      return find(t, i, from); // no prefix letters to cut in this language: not kept
    }
    int[] cache = t.wordIds(this, stride);
    int slot = i * stride + from;
    int v = cache[slot];
    if (v == 0) {
      v = find(t, i, from) + 2; // 0 not asked yet, 1 in no list
      cache[slot] = v;
    }
    return v - 2;
  }

  /** As {@link WordSet#containsWord}'s look-up, answering the word's index instead of a yes. */
  private int find(Toks t, int i, int from) {
    if (from == 0) {
      int k = t.key(i);
      if (!all.mayHaveKey(k)) {
        return -1;
      }
      String[] byKey = all.byKey();
      int[] keys = all.sortedKeys();
      for (int j = first(k); j >= 0 && j < keys.length && keys[j] == k; j++) {
        if (t.normEquals(i, byKey[j])) {
          return j;
        }
      }
      return -1;
    }
    if (!t.normIsRaw(i)) {
      return find(t.norm(i), from);
    }
    int s = t.startOf(i) + from;
    if (s >= t.endOf(i)) {
      return -1;
    }
    int k = WordSet.key(t.chars, s, t.endOf(i));
    if (!all.mayHaveKey(k)) {
      return -1;
    }
    int len = t.endOf(i) - s; // as written: the characters are the normal form's
    String[] byKey = all.byKey();
    int[] keys = all.sortedKeys();
    for (int j = first(k); j >= 0 && j < keys.length && keys[j] == k; j++) {
      if (byKey[j].length() == len && t.text.regionMatches(s, byKey[j], 0, len)) {
        return j;
      }
    }
    return -1;
  }

  /** The index of {@code s} from {@code from} on, or -1 (nothing when from is past its end). */
  private int find(String s, int from) {
    if (from >= s.length()) {
      return -1;
    }
    int k = WordSet.key(s, from);
    if (!all.mayHaveKey(k)) {
      return -1;
    }
    int len = s.length() - from;
    String[] byKey = all.byKey();
    int[] keys = all.sortedKeys();
    for (int j = first(k); j >= 0 && j < keys.length && keys[j] == k; j++) {
      if (byKey[j].length() == len && s.regionMatches(from, byKey[j], 0, len)) {
        return j;
      }
    }
    return -1;
  }

  private int first(int k) {
    int[] keys = all.sortedKeys();
    int lo = java.util.Arrays.binarySearch(keys, k);
    while (lo > 0 && keys[lo - 1] == k) {
      lo--;
    }
    return lo;
  }
}
