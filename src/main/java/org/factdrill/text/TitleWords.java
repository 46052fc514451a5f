package org.factdrill.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a candidate title is matched on against the prose (four letters or more; without a
 * one-letter prefix; pairs of syllables where a language writes words in syllables), and how many
 * of them the prose uses: a line naming what the text is about recurs in it.
 */
final class TitleWords {
  private TitleWords() {}

  /** The share of the line's words (Vietnamese: pairs of syllables) that the prose uses. */
  static double recurrence(String line, Set<String> prose, Language lang) {
    List<String> keys = keys(line, lang);
    if (keys.isEmpty()) {
      return 0;
    }
    int hit = 0;
    for (String k : keys) {
      if (prose.contains(k)) {
        hit++;
      }
    }
    // A line of one or two words recurs by chance: "News", "Việt Nam".
    return (double) hit / keys.size() * Math.min(1.0, keys.size() / 2.0);
  }

  static Set<String> proseWords(String text, List<Block> blocks, Language lang) {
    return proseWords(text, blocks, lang, null);
  }

  /** The prose's keys, without those of block {@code except}. */
  static Set<String> proseWords(String text, List<Block> blocks, Language lang,
      Block except) {
    Set<String> out = new HashSet<>();
    for (Block b : blocks) {
      if (b.cls() == LineClass.PROSE && b != except) {
        out.addAll(keys(b.of(text), lang));
      }
    }
    return out;
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
    String bare = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)
        .replaceAll("\\p{Mn}+", "");
    for (String x : bare.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+")) {
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
}
