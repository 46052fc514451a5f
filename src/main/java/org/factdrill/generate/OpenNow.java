package org.factdrill.generate;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.factdrill.extract.FactKind;
import org.factdrill.text.Language;

/**
 * Phrases that count up to an unstated present or from it on ("so far", "to date", "from now on",
 * "đến nay", "עד כה"): a count, amount or share in a clause holding one is true as of when the
 * text was written, so in a text that states no date of its own the student cannot tell when it
 * held, and it is not asked. A date in such a clause is asked ("broadcasting from ___ until
 * now"): its value does not depend on the present; and a clause that states a year of its own
 * ("declared on 4 July 1776 that the colonies are from now on …") has its present on screen. Pack data ({@code lang/<code>/open-now.txt}:
 * one regular expression a line, matched case-insensitively on whole words); a pack without the
 * list has none.
 */
final class OpenNow {
  /** Every pack's phrases, built once (immutable). */
  private static final Map<Language, Pattern> ALL = all();

  private OpenNow() {}

  private static Map<Language, Pattern> all() {
    Map<Language, Pattern> m = new HashMap<>();
    for (Language l : Language.values()) {
      List<String> p = LangWords.lines(l, "open-now").stream()
          .sorted(Comparator.comparingInt(String::length).reversed()).toList();
      if (!p.isEmpty()) {
        m.put(l, Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:" + String.join("|", p)
            + ")(?![\\p{L}\\p{M}])"));
      }
    }
    return Map.copyOf(m);
  }

  /**
   * The phrase that makes a fact of {@code kind} in {@code clause} depend on an unstated present,
   * in a text or clause {@code dated} or not; null when there is none or the fact is a date, or
   * the text or the clause states its date.
   */
  static String unstated(Language lang, FactKind kind, String clause, boolean dated) {
    Pattern p = ALL.get(lang);
    if (p == null || dated || kind == FactKind.DATE) {
      return null;
    }
    java.util.regex.Matcher m = p.matcher(clause);
    return m.find() ? m.group() : null;
  }
}
