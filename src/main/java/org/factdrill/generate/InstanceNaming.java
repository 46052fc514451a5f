package org.factdrill.generate;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * A sentence that says what a name is names an instance of that kind as "the steamer Orla" does:
 * a copula ("Orla was a steamer …", "Redmark is a society …") or an apposition ("Orla, a steamer
 * of the line, …") between the name and the kind word with its indefinite article. Pack words:
 * {@code copulas}, {@code indefinite-articles}; a language without them says nothing here.
 */
final class InstanceNaming {
  private static final Map<Language, Pattern> SAYS_IS = new ConcurrentHashMap<>();
  /** A word: letters, marks, digits, inner apostrophes and hyphens ("three-masted"). */
  private static final String WORD = "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*";

  private InstanceNaming() {}

  /**
   * True when {@code head}, the words before a kind word, ends with a name, then a copula or a
   * comma, the indefinite article and at most two modifiers ("Kestrel was a three-masted ").
   * The name is a capitalised word that is no function word or pronoun ("It was a steamer"
   * names none), and no modifier is a function word ("a town with a steamer" is no apposition).
   */
  static boolean saysIs(Language lang, String head) {
    Pattern p = SAYS_IS.computeIfAbsent(lang, InstanceNaming::compile);
    if (p == null || p.pattern().isEmpty()) {
      return false;
    }
    Matcher m = p.matcher(head);
    if (!m.find()) {
      return false;
    }
    Set<String> closed = TopicNames.closedClass(lang);
    if (closed.contains(m.group(1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    String mods = m.group(2).strip();
    for (String w : mods.isEmpty() ? new String[0] : mods.split("\\s+")) {
      if (closed.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static Pattern compile(Language lang) {
    Set<String> copulas = lang.pack().words("copulas");
    Set<String> articles = lang.pack().words("indefinite-articles");
    if (copulas.isEmpty() || articles.isEmpty()) {
      return Pattern.compile("");
    }
    return Pattern.compile("(?u)(?<![\\p{L}\\p{M}])(\\p{Lu}[\\p{L}\\p{M}'’-]*)\\s*(?:,|\\s(?:"
        + alternatives(copulas) + "))\\s+(?i:" + alternatives(articles) + ")\\s+((?:" + WORD
        + "\\s+){0,2})$");
  }

  private static String alternatives(Set<String> words) {
    return String.join("|", words.stream().map(Pattern::quote).toList());
  }
}
