package org.factdrill.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * What ties an item to a sentence it is shown without: a timeline or which-first item stands
 * alone, so an opener that answers the sentence before ("In response, …", "As a result, …": the
 * pack's {@code linking-openers}) is taken off, as a connective is, and the clause after it is the
 * item; and a thing named only by what someone called it ("approved what the architect later
 * called …": the pack's {@code called} referents) is the one the sentence before names, which an
 * item cannot show: no item.
 */
final class ItemOpeners {
  /** Each pack's "what … called" pattern, compiled once. */
  private static final Map<Language, Pattern> CALLED = LangWords.perLanguage(ItemOpeners::called);

  private ItemOpeners() {}

  private static Pattern called(Language lang) {
    List<String> alternatives = new ArrayList<>();
    for (String line : LangWords.lines(lang, "referents")) {
      String[] p = line.split("\t");
      if (p.length == 2 && "called".equals(p[0].strip())) {
        alternatives.add(p[1].strip().toLowerCase(Locale.ROOT));
      }
    }
    if (alternatives.isEmpty()) {
      return null;
    }
    alternatives.sort(Comparator.comparingInt(String::length).reversed());
    return Pattern.compile("(?iu)(?<![\\p{L}\\p{M}\\p{N}])(?:" + String.join("|", alternatives)
        + ")(?![\\p{L}\\p{M}\\p{N}])");
  }

  /**
   * {@code item} without a linking opener at its start (its first letter capitalised again when
   * the item's was); the item itself when it opens with none or too little would be left.
   */
  static String withoutLinkingOpener(Language lang, String item) {
    int k = LinkingOpeners.length(lang, item);
    if (k == 0) {
      return item;
    }
    String rest = item.substring(k).strip();
    if (PromptBuilder.contextWords(rest) < 4) {
      return item;
    }
    return Character.isUpperCase(item.codePointAt(0)) && Character.isLowerCase(rest.codePointAt(0))
        ? rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1) : rest;
  }

  /** True when {@code item} names a thing only by what someone called it. */
  static boolean namesByCalling(Language lang, String item) {
    Pattern p = CALLED.get(lang);
    return p != null && p.matcher(item).find();
  }
}
