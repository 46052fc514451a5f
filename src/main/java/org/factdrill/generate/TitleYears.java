package org.factdrill.generate;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.WordPatterns;
import org.factdrill.text.Language;

/**
 * A title or heading without the period it ends with, where the period is an adverbial of time
 * opened by one of the pack's period words ("Rock music in Seattle from 1988 to 2004", "… từ năm
 * 1988 đến năm 2004", "… בין 1988 ל-2004"): the rest still names the topic, and no longer states
 * a year a question below it asks.
 */
final class TitleYears {
  private TitleYears() {}

  /** The line without its closing period of years; null when it has none or too little is left. */
  static String without(String line, Language lang) {
    LanguagePack p = lang.pack();
    Set<String> openers = new HashSet<>(p.words("period-openers"));
    openers.addAll(p.words("period-lead-words"));
    Set<String> joins = new HashSet<>(p.words("range-connectors"));
    joins.addAll(p.words("date-range-connectors"));
    joins.addAll(p.words("range-between-join"));
    String lead = "(?:(?:" + WordPatterns.alternation(p.words("date-lead-words")) + ")\\s+)?";
    String glued = p.words("period-lead-prefixes").isEmpty() ? ""
        : "|[" + Pattern.quote(String.join("", p.words("period-lead-prefixes"))) + "]-?";
    String prefixes = p.prefixes().isEmpty() ? "" : "[" + Pattern.quote(p.prefixes()) + "]?";
    String year = lead + "\\d{3,4}";
    String join = "(?:\\s*[-–—]\\s*|\\s+(?:" + WordPatterns.alternation(joins) + ")\\s+"
        + prefixes + "-?" + (prefixes.isEmpty() ? "" : "|\\s+" + prefixes + "-?") + ")";
    Pattern tail = Pattern.compile("(?iu)(?:^|\\s+)(?:(?:" + WordPatterns.alternation(openers)
        + ")\\s+" + glued + ")" + year + "(?:" + join + "(?:" + year + "|\\d{2}))?\\s*$");
    String t = tail.matcher(line).replaceFirst("").strip();
    if (t.equals(line.strip()) || t.matches(".*\\d{3,4}.*")) {
      return null;
    }
    long words = java.util.Arrays.stream(t.split("\\s+"))
        .filter(x -> x.codePoints().filter(Character::isLetter).count() >= 2).count();
    return words >= 2 ? t : null;
  }
}
