package org.factdrill.generate;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person introduced by a full name and later called by its first word alone ("Mara Quell" …
 * "Mara opened …"). Where a person's name opens with the given name and a text calls the person
 * back by the surname (pack setting {@code given-name-first} {@code yes}: English), the given name
 * alone is not how the text refers back: on a screen without the full name it names no one a
 * student knows. (Where the family name comes first, as in Vietnamese, that word alone is a family
 * or a dynasty, and the given name alone is the usual way back: the setting is absent.) It needs the full name on screen, or the sentence before
 * carried when that one shows it. The word is a name of its own, and stays asked, when the text
 * wrote it alone before the prompt (the text's own short name), wrote it in lower case (a title:
 * "President", "the president"), or began more than one full name with it ("Soviet Union",
 * "Soviet Army": a word places share, not one person's); a full name is one whose other words
 * the text never writes in lower case ("Harl Plate" and "the plate" name a thing, not a person),
 * and no name after an article of the language (pack words {@code definite-articles},
 * {@code indefinite-articles}: "the Delaware River", "the Delaware" name a river).
 * Only in a script with capitals.
 */
final class FirstNameAlone {
  /** Compiled once: split the names of every run. */
  private static final Pattern BLANK = Pattern.compile("\\h");

  private FirstNameAlone() {}

  /** True when {@code lang}'s pack says a person's name opens with the given name. */
  static boolean applies(org.factdrill.text.Language lang) {
    return "yes".equals(lang.pack().setting("given-name-first", "").strip());
  }

  /**
   * The first word of one person's full name that {@code prompt} uses alone, when neither the
   * prompt nor {@code contextLine} shows the full name; null when there is none.
   */
  static String alone(String text, int before, String prompt, String contextLine,
      Predicate<String> asName, Set<String> articles) {
    String earlier = text.substring(0, Math.max(0, Math.min(before, text.length())));
    return GivenNames.unshown(prompt, contextLine, asName, (m, w) -> {
      String full = afterArticle(prompt, m, articles) ? null
          : fullName(text, earlier, w, asName, articles);
      return full == null ? java.util.List.of() : java.util.List.of(full);
    });
  }

  /** True when {@code line} shows the full name that {@code first} opens in the text before. */
  static boolean showsFullName(String text, int before, String line, String first,
      Predicate<String> asName, Set<String> articles) {
    String earlier = text.substring(0, Math.max(0, Math.min(before, text.length())));
    String full = fullName(text, earlier, first, asName, articles);
    return full != null && GivenNames.holds(line, full);
  }

  /**
   * The one full name in {@code earlier} that opens with {@code first}; null when none or several
   * do, or when the text writes {@code first} alone before the prompt or in lower case anywhere.
   */
  private static String fullName(String text, String earlier, String first,
      Predicate<String> asName, Set<String> articles) {
    if (GivenNames.holds(text, first.toLowerCase(Locale.ROOT))
        && !first.toLowerCase(Locale.ROOT).equals(first)) {
      return null; // "president": a title or a common word, not a person's name
    }
    Set<String> full = new LinkedHashSet<>();
    Matcher m = GivenNames.RUN.matcher(earlier);
    while (m.find()) {
      String[] words = GivenNames.names(BLANK.split(m.group()), asName);
      if (words.length == 1 && words[0].equals(first)) {
        return null; // the text's own short name for it
      }
      if (words.length >= 2 && words[0].equals(first)) {
        if (!namesOnly(text, words) || afterArticle(earlier, m, articles)) {
          return null; // "Harl Plate", "the Delaware River": a thing's name
        }
        full.add(String.join(" ", words));
      }
    }
    return full.size() == 1 ? full.iterator().next() : null;
  }

  /** True when the text writes no word of {@code words} after the first in lower case. */
  private static boolean namesOnly(String text, String[] words) {
    for (int i = 1; i < words.length; i++) {
      String lower = words[i].toLowerCase(Locale.ROOT);
      if (!lower.equals(words[i]) && GivenNames.holds(text, lower)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the run {@code m} found in {@code line} follows one of {@code articles} or opens
   * with one capitalised at a sentence's start ("The Delaware").
   */
  private static boolean afterArticle(String line, Matcher m, Set<String> articles) {
    String[] before = line.substring(0, m.start()).stripTrailing().split("[^\\p{L}\\p{M}]+");
    String first = BLANK.split(m.group())[0];
    return articles.contains(first.toLowerCase(Locale.ROOT)) || before.length > 0
        && articles.contains(before[before.length - 1].toLowerCase(Locale.ROOT));
  }
}
