package org.factdrill.generate;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * A clause opening with a generic plural qualified only by a period ("The events of 1914 through
 * 1918 changed …", "The years from 1861 to 1865 …") names nothing: which events, which years, is
 * told nowhere unless the prompt names something or a context line stands above it. Pack
 * settings {@code period-subject-article}, {@code period-subject-prepositions},
 * {@code period-subject-connectors} and the words {@code plural-endings}.
 */
final class GenericPeriod {
  private static final Map<Language, java.util.Optional<Pattern>> SUBJECTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private GenericPeriod() {}

  /**
   * The generic plural ("the years") opening a clause of {@code p} (names already taken out) in
   * a prompt with no capitalised word inside a sentence; null when there is none.
   */
  static String subject(Language lang, String p) {
    Pattern g = SUBJECTS.computeIfAbsent(lang, l -> java.util.Optional.ofNullable(pattern(l)))
        .orElse(null);
    if (g == null) {
      return null;
    }
    Matcher m = g.matcher(p);
    if (!m.find() || !TopicNouns.OPENING.matcher(p.substring(TopicNouns.ownStart(p, m.start()),
        m.start())).matches()
        || TopicNouns.MID_NAME.matcher(p.substring(0, m.start()) + " " + p.substring(m.end()))
            .find()) {
      return null;
    }
    return m.group(1).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The article, a plural common noun, a preposition and a year or a blank, maybe a range
   * connector and a second one; null without the settings.
   */
  private static Pattern pattern(Language l) {
    String article = l.pack().setting("period-subject-article", "").strip();
    String preps = l.pack().setting("period-subject-prepositions", "").strip();
    String joins = l.pack().setting("period-subject-connectors", "").strip();
    java.util.Set<String> plural = l.pack().words("plural-endings");
    if (article.isEmpty() || preps.isEmpty() || plural.isEmpty()) {
      return null;
    }
    String y = "(?:\\d{3,4}s?|_+|\uE000)";
    return Pattern.compile("(?u)(?<![\\p{L}\\p{M}])([" + article.substring(0, 1).toLowerCase(
        java.util.Locale.ROOT) + article.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + "]"
        + Pattern.quote(article.substring(1)) + " \\p{Ll}{2,}(?:" + String.join("|",
        plural.stream().map(Pattern::quote).toList()) + ")) (?:" + preps + ") " + y
        + (joins.isEmpty() ? "" : "(?: ?(?:" + joins + ") ?" + y + ")?")
        + "(?![\\p{L}\\p{M}\\d])");
  }
}
