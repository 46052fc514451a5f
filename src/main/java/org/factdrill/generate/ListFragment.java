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
  /** An item of such a list is a name of this many words at most. */
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
   * {@link #ITEMS} items of at most {@link #ITEM_WORDS} words each: names in a row, not a clause
   * whose verb the pack does not list (a clause's subject and verb run longer before a comma).
   */
  private static boolean shortItems(Language lang, String s) {
    Set<String> and = lang.pack().words("list-and");
    int items = 0;
    int words = 0;
    for (String w : BETWEEN.split(s.toLowerCase(Locale.ROOT))) {
      if (w.equals(",") || w.equals(";") || and.contains(w)) {
        if (words == 0) {
          continue; // ", và": one break between two items
        }
        items++;
        words = 0;
      } else if (!w.isEmpty() && ++words > ITEM_WORDS) {
        return false;
      }
    }
    return items + (words > 0 ? 1 : 0) >= ITEMS;
  }
}
