package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.factdrill.lang.LanguagePacks;
import org.factdrill.lang.WordPatterns;

/**
 * The pack words {@link Giveaways} looks for next to a blank, from every pack (a figure's range
 * or list may be written in any language the text quotes): words of a percentage, range
 * connectors and the words joining a list's last item, as regular-expression alternatives.
 */
final class GiveawayWords {
  /** Words of a percentage ("percent", "phần trăm"): words.tsv {@code percent}. */
  static final String PERCENT = WordPatterns.anyPack("percent");
  /**
   * Words joining two figures into a range ("to", "đến", "עד"; {@code range-connectors}), and
   * a prefix letter doing so with its hyphen ("ל-"; {@code range-connector-prefixes}).
   */
  static final String CONNECTORS = connectors();
  /**
   * What splits a list's items besides commas: the list conjunction as a word ("and", "và";
   * {@code list-and}) or as a prefix letter after a space ("ו"; {@code list-and-prefixes}).
   */
  static final String LIST_JOINS = listJoins();

  private GiveawayWords() {}

  private static String connectors() {
    List<String> alts = new ArrayList<>();
    alts.add(WordPatterns.anyPack("range-connectors"));
    for (String p : new java.util.TreeSet<>(LanguagePacks.allWords("range-connector-prefixes"))) {
      alts.add(Pattern.quote(p) + "[־-]");
    }
    return String.join("|", alts);
  }

  private static String listJoins() {
    List<String> alts = new ArrayList<>();
    alts.add("\\b(?:" + WordPatterns.anyPack("list-and") + ")\\b");
    for (String p : new java.util.TreeSet<>(LanguagePacks.allWords("list-and-prefixes"))) {
      alts.add("\\s+" + Pattern.quote(p) + "(?=\\p{L})");
    }
    return String.join("|", alts);
  }
}
