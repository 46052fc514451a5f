package org.factdrill.generate;

import java.util.Locale;
import java.util.Set;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * A statute's deadline ("Every order shall be printed within fourteen days of its signature",
 * "תוך שבעה ימים מיום חתימתה", "trong vòng 15 ngày kể từ ngày ký") is a rule of a procedure, not an
 * event of history: a span counted from an act, opened by a deadline word (pack
 * {@code rule-deadlines}) right before a count and a day unit ({@code rule-day-units}), in a
 * sentence that prescribes: it holds a modal of obligation ({@code rule-modals}), stands under an
 * article heading, or stands on a page whose title names a statute ({@code statute-titles}; a
 * Hebrew statute prescribes in the plain future, which no word marks). "Within ten days of the
 * landing the army took the city" is history and stays asked.
 */
final class Deadlines {
  /** A page's title is looked for in its first lines, this many characters. */
  private static final int TITLE_REACH = 300;
  /** Words a deadline phrase may have (“no later than”). */
  private static final int PHRASE_WORDS = 3;
  /** A title line has at most this many words. */
  private static final int TITLE_WORDS = 12;

  private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[\\s,;:()]+");

  private Deadlines() {}

  /** True when sentence {@code s} of {@code text} sets a deadline of a prescribed procedure. */
  static boolean prescribes(Language lang, String text, Span s) {
    Set<String> deadlines = lang.pack().words("rule-deadlines");
    if (deadlines.isEmpty()) {
      return false;
    }
    Locale loc = lang.pack().locale();
    String[] w = WORDS.split(s.of(text).toLowerCase(loc));
    if (!deadline(lang, w, deadlines)) {
      return false;
    }
    Set<String> modals = lang.pack().words("rule-modals");
    for (String x : w) {
      if (modals.contains(x)) {
        return true;
      }
    }
    return ArticleRules.underArticle(lang, text, s.start()) || statuteTitle(lang, text);
  }

  /** True when a deadline phrase stands right before a count and a day unit. */
  private static boolean deadline(Language lang, String[] w, Set<String> deadlines) {
    Set<String> units = lang.pack().words("rule-day-units");
    String prefixes = lang.pack().prefixes();
    for (int i = 0; i < w.length; i++) {
      StringBuilder phrase = new StringBuilder();
      for (int n = 0; n < PHRASE_WORDS && i + n + 2 < w.length; n++) {
        phrase.append(n == 0 ? "" : " ").append(w[i + n]);
        String count = w[i + n + 1];
        if (deadlines.contains(phrase.toString()) && units.contains(w[i + n + 2])
            && (ArticleRules.count(lang, count) || count.length() > 1
                && prefixes.indexOf(count.charAt(0)) >= 0
                && ArticleRules.count(lang, count.substring(1).replaceFirst("^-", "")))) {
          return true; // "לא יאוחר משלושים ימים": the count may carry the phrase's last letter
        }
      }
    }
    return false;
  }

  /**
   * True when a short line among the page's first ones (its title, after a site's name or a
   * breadcrumb) names a statute (pack {@code statute-titles}).
   */
  private static boolean statuteTitle(Language lang, String text) {
    Set<String> titles = lang.pack().words("statute-titles");
    String head = text.substring(0, Math.min(text.length(), TITLE_REACH));
    for (String line : head.split("\n")) {
      String[] w = WORDS.split(line.strip().toLowerCase(lang.pack().locale()));
      if (w.length > TITLE_WORDS) {
        continue;
      }
      for (int i = 0; i < w.length; i++) {
        if (titles.contains(w[i]) || i + 1 < w.length && titles.contains(w[i] + " " + w[i + 1])) {
          return true;
        }
      }
    }
    return false;
  }
}
