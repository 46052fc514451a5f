package org.factdrill.generate;

import java.util.Locale;
import java.util.Set;
import org.factdrill.text.Language;
import org.factdrill.text.RowClause;

/**
 * A "sentence" that only goes on with a list the sentence before it began: items joined by
 * commas or the pack's {@code list-and}, and no word that may be a finite verb ("Tả tướng quốc,
 * hữu tướng quốc, đô thống và khu mật sứ."). Shown before a clause opening with "among them" it
 * names the group no better than the clause does (its own head noun is in the sentence before
 * it), so it is no context: the clause is asked without it or not at all. Only where the pack
 * lists its finite verbs ({@code clause-verbs}); elsewhere no sentence is called verbless.
 */
final class ListFragment {
  /** A list has at least this many items (separators + 1). */
  private static final int ITEMS = 3;
  /**
   * An item of such a list is a name of this many words at most; twice as many written units
   * where the pack's word unit is the syllable (a Vietnamese word is mostly two syllables, and an
   * office's name runs to six or seven: "đồng trung thư môn hạ bình chương sự").
   */
  private static final int ITEM_WORDS = 4;
  /** Words, and each comma or semicolon as a token of its own; other marks dropped. */
  private static final java.util.regex.Pattern BETWEEN = java.util.regex.Pattern.compile(
      "\\s+|(?=[,;])|(?<=[,;])|[.!?…:\"“”()]+");

  private ListFragment() {}

  /** True when {@code sentence} (cleaned prose) in {@code lang} is a verbless run of list items. */
  static boolean is(Language lang, String sentence) {
    if (sentence == null || lang.pack().words("clause-verbs").isEmpty()) {
      return false;
    }
    String s = sentence.strip();
    if (s.isEmpty() || RowClause.mayHoldVerbLoosely(lang, s)) {
      return false;
    }
    return shortItems(lang, s);
  }

  /**
   * True when commas, semicolons and the pack's list "and" cut {@code s} into at least
   * {@link #ITEMS} items of at most {@link #ITEM_WORDS} words (syllables: twice as many) each:
   * names in a row, not a clause
   * whose verb the pack does not list (a clause's subject and verb run longer before a comma).
   */
  private static boolean shortItems(Language lang, String s) {
    Set<String> and = lang.pack().words("list-and");
    Set<String> copulas = lang.pack().words("copulas"); // "Thái úy là chức cao nhất, …": a clause
    int most = "syllable".equals(lang.pack().setting("word-unit", "")) ? 2 * ITEM_WORDS
        : ITEM_WORDS;
    java.util.List<Integer> lengths = new java.util.ArrayList<>();
    int words = 0;
    for (String w : BETWEEN.split(s.toLowerCase(Locale.ROOT))) {
      if (w.equals(",") || w.equals(";") || and.contains(w)) {
        if (words == 0) {
          continue; // ", và": one break between two items
        }
        lengths.add(words);
        words = 0;
      } else if (!w.isEmpty() && (++words > most || copulas.contains(w))) {
        return false;
      }
    }
    if (words > 0) {
      lengths.add(words);
    }
    if (lengths.size() < ITEMS) {
      return false;
    }
    // A clause's subject and verb run longer before its first comma than the items after it
    // ("Nhà Lạc đặt ra thái úy, tư đồ và tư không"); a list's first item is one of its kind.
    int others = 0;
    for (int k = 1; k < lengths.size(); k++) {
      others = Math.max(others, lengths.get(k));
    }
    return lengths.get(0) <= Math.max(ITEM_WORDS, 2 * others);
  }
}
