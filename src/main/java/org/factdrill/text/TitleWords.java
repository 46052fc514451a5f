package org.factdrill.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The words a candidate title is matched on against the prose (four letters or more; without a
 * one-letter prefix; pairs of syllables where a language writes words in syllables), and how many
 * of them the prose uses: a line naming what the text is about recurs in it.
 */
final class TitleWords {
  /** Marks no letter composes with, dropped from a line's words (compiled once, not per line). */
  private static final Pattern LOOSE_MARKS = Pattern.compile("\\p{Mn}+");
  /** What separates words. */
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{M}]+");

  private TitleWords() {}

  /**
   * The prose's keys with the number of prose blocks holding each: the keys of the prose without
   * one block are read off it, without reading every other block again for each candidate line.
   */
  record Prose(Map<String, Integer> blocksHolding, Language lang) {
    /** The prose's keys (of every prose block). */
    Set<String> words() {
      return blocksHolding.keySet();
    }

    /** The keys of the prose blocks other than {@code except} (itself a prose block or not). */
    Predicate<String> without(String text, Block except) {
      Set<String> own = except.cls() == LineClass.PROSE
          ? new HashSet<>(keys(except.of(text), lang)) : Set.of();
      return k -> blocksHolding.getOrDefault(k, 0) - (own.contains(k) ? 1 : 0) > 0;
    }
  }

  /** The prose of {@code blocks}: its keys, each with the number of prose blocks holding it. */
  static Prose prose(String text, List<Block> blocks, Language lang) {
    Map<String, Integer> holding = new HashMap<>();
    for (Block b : blocks) {
      if (b.cls() == LineClass.PROSE) {
        for (String k : new HashSet<>(keys(b.of(text), lang))) {
          holding.merge(k, 1, Integer::sum);
        }
      }
    }
    return new Prose(holding, lang);
  }

  /** The share of the line's words (Vietnamese: pairs of syllables) that the prose uses. */
  static double recurrence(String line, Set<String> prose, Language lang) {
    return recurrence(line, (Predicate<String>) prose::contains, lang);
  }

  /** As {@link #recurrence(String, Set, Language)}, the prose's keys given by a test. */
  static double recurrence(String line, Predicate<String> prose, Language lang) {
    List<String> keys = keys(line, lang);
    if (keys.isEmpty()) {
      return 0;
    }
    int hit = 0;
    for (String k : keys) {
      if (prose.test(k)) {
        hit++;
      }
    }
    // A line of one or two words recurs by chance: "News", "Việt Nam".
    return (double) hit / keys.size() * Math.min(1.0, keys.size() / 2.0);
  }

  /**
   * The words a line is matched on: lower-cased words of four letters or more (with one-letter prefixes, as
   * Hebrew: three, without the prefix), in a language written in syllables (Vietnamese) pairs of adjacent syllables (its words are written
   * in syllables, so single syllables match everything).
   */
  static List<String> keys(String s, Language lang) {
    List<String> words = new ArrayList<>();
    // Marks no letter composes with (vowel points, cantillation: "מֹשֶׁה" is "משה") are optional in
    // their script; letters that compose with their marks (Vietnamese "ự") keep them.
    String bare = LOOSE_MARKS.matcher(java.text.Normalizer.normalize(s,
        java.text.Normalizer.Form.NFC)).replaceAll("");
    for (String x : NON_WORD.split(bare.toLowerCase(Locale.ROOT))) {
      if (!x.isEmpty()) {
        words.add(x);
      }
    }
    List<String> out = new ArrayList<>();
    if ("syllable".equals(lang.pack().setting("word-unit", ""))) {
      for (int i = 0; i + 1 < words.size(); i++) {
        out.add(words.get(i) + " " + words.get(i + 1));
      }
      return out;
    }
    for (String x : words) {
      String prefixes = lang.pack().prefixes();
      if (!prefixes.isEmpty()) {
        String stem = x.length() >= 5 && prefixes.indexOf(x.charAt(0)) >= 0 ? x.substring(1) : x;
        if (stem.length() >= 3) {
          out.add(stem);
        }
      } else if (x.length() >= 4) {
        out.add(x);
      }
    }
    return out;
  }

  /**
   * True when the prose writes the words on both sides of the dash before {@code last} as one
   * key (a syllable pair: "Pháp – Thanh", two names of one war): a dash joining names, no site's.
   */
  static boolean joined(String t, String last, Set<String> prose, Language lang) {
    String[] before = t.substring(0, t.lastIndexOf(last)).replaceAll("[\\s\\-–—|/·•»]+$", "")
        .split("\\s+");
    String[] after = last.strip().split("\\s+");
    List<String> keys = TitleWords.keys(before[before.length - 1] + " " + after[0], lang);
    return keys.size() == 1 && prose.contains(keys.get(0));
  }
}
