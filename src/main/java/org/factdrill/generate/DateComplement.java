package org.factdrill.generate;

import java.util.Locale;
import java.util.Set;
import org.factdrill.lang.LanguagePack;
import org.factdrill.text.Language;

/**
 * A date that completes the noun before it. Where the pack says a date that tells when something
 * happened always takes a preposition ({@code date-needs-preposition yes}: Hebrew "ב-1929",
 * "בשנת 1929", "בקיץ 1929"), a bare date right after a word that opens with none of the pack's
 * {@code date-lead-prefixes} and is no lead, bound or period word names that noun's event
 * (construct state: "מאורעות 1929", "מלחמת 1948"). Cut out of a chronology item it would leave
 * the noun without its complement ("לאחר מאורעות עזבו …"), so no item is made of it.
 */
final class DateComplement {
  private DateComplement() {}

  /** True when the date after {@code before} (its sentence up to the date) completes a noun. */
  static boolean ofNoun(Language lang, String before) {
    LanguagePack pack = lang.pack();
    if (!"yes".equals(pack.setting("date-needs-preposition", "")) || !before.endsWith(" ")) {
      return false; // "ב-1929", "(1929", ", 1929": a preposition, a bracket or a comma before it
    }
    String s = before.stripTrailing();
    if (s.isEmpty() || !Character.isLetter(s.codePointBefore(s.length()))) {
      return false;
    }
    String word = s.substring(s.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    String article = pack.setting("definite-article", "");
    for (String p : pack.words("date-lead-prefixes")) {
      if (!p.equals(article) && word.startsWith(p)) {
        return false; // "בקיץ 1929", "בסוף 1929" (the article opens nouns: "הסכם 1929")
      }
    }
    return !(leads(pack, "date-lead-words", word) || leads(pack, "bound-words", word)
        || leads(pack, "period-lead-words", word));
  }

  private static boolean leads(LanguagePack pack, String category, String word) {
    Set<String> words = pack.words(category);
    return words.contains(word);
  }
}
