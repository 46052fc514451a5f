package org.factdrill.generate;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence's main clause, after a fronted subordinate clause or short adverbial set off
 * by a comma, has a pronoun for its subject: "Sau khi X, ông …", "Năm 1885, ông …". The pronoun points back just as
 * one opening the sentence does, whatever names the fronted clause holds (they are most often
 * its own subject, not the pronoun's referent), so the generator treats it the same way: the
 * sentence before is shown, or the fact is not asked. The words are the pack's (subordinators,
 * pronouns); where kin words are titles too (pack setting {@code pronoun-as-title}), one followed
 * by a capitalized name is a title ("ông Diệm"), not a pronoun.
 */
final class FrontedPronoun {
  /** A fronted clause longer than this many characters is no longer read as one. */
  private static final int MAX_FRONTED = 200;
  /** A fronted phrase without a subordinator is an adverbial of at most this many words. */
  private static final int MAX_ADVERBIAL_WORDS = 8;

  private FrontedPronoun() {}

  /**
   * The pronouns that point back after a fronted clause, by the pack setting
   * {@code fronted-clause-pronoun}: "yes" for all of {@code all} (the pack's pronouns), a list of
   * words for those alone (English: "it they he she", since "there" after "In 1900," is
   * existential), nothing when the setting is absent.
   */
  static Set<String> pronouns(org.factdrill.text.Language lang, Set<String> all) {
    String v = lang.pack().setting("fronted-clause-pronoun", "").strip();
    if (v.isEmpty() || v.equals("no")) {
      return Set.of();
    }
    if (v.equals("yes")) {
      return all;
    }
    return Set.of(v.toLowerCase(Locale.ROOT).split("\\s+"));
  }

  /**
   * True when {@code sentence}, in {@code lang}, has a pronoun for the subject of its main clause
   * after a fronted clause, by the pack's settings ({@code fronted-clause-pronoun},
   * {@code fronted-clause-not}, {@code pronoun-as-title}); never where the pack has none.
   */
  static boolean find(org.factdrill.text.Language lang, String sentence, Set<String> subordinators,
      Set<String> allPronouns) {
    Set<String> p = pronouns(lang, allPronouns);
    return !p.isEmpty() && find(sentence, subordinators, p, expletives(lang), closers(lang),
        "yes".equals(lang.pack().setting("pronoun-as-title", "")));
  }

  /**
   * The words that close a fronted subordinate clause in place of a comma, by the pack setting
   * {@code fronted-clause-closers} ("vì … nên ông …", "tuy … nhưng bà …"); none when absent.
   */
  static Set<String> closers(org.factdrill.text.Language lang) {
    String v = lang.pack().setting("fronted-clause-closers", "").strip().toLowerCase(Locale.ROOT);
    return v.isEmpty() ? Set.of() : Set.of(v.split("\\s+"));
  }

  /** The pack's expletive openings of a main clause (setting {@code fronted-clause-not}). */
  static Set<String> expletives(org.factdrill.text.Language lang) {
    String v = lang.pack().setting("fronted-clause-not", "").strip().toLowerCase(Locale.ROOT);
    return v.isEmpty() ? Set.of() : Set.of(v.split("\\s*\\|\\s*"));
  }

  /**
   * True when {@code sentence} opens with a subordinate clause or a short adverbial phrase and
   * the words after the first comma outside brackets open with a pronoun.
   */
  static boolean find(String sentence, Set<String> subordinators, Set<String> pronouns,
      boolean pronounAsTitle) {
    return find(sentence, subordinators, pronouns, Set.of(), pronounAsTitle);
  }

  /**
   * As above; a main clause opening with one of {@code expletives} ("it took", pack setting
   * {@code fronted-clause-not}, "|"-separated) has a subject that refers to nothing.
   */
  static boolean find(String sentence, Set<String> subordinators, Set<String> pronouns,
      Set<String> expletives, boolean pronounAsTitle) {
    return find(sentence, subordinators, pronouns, expletives, Set.of(), pronounAsTitle);
  }

  /**
   * As above; a fronted clause may also end at one of {@code closers} instead of a comma ("Vì
   * hiếu học nên ông …"), after a fronted adverbial too ("Năm 1920, vì … nên ông …").
   */
  static boolean find(String sentence, Set<String> subordinators, Set<String> pronouns,
      Set<String> expletives, Set<String> closers, boolean pronounAsTitle) {
    String s = sentence.replaceFirst("^[\\s…\"'“‘«(\\-–—]+", "");
    if (pronouns.isEmpty()) {
      return false;
    }
    String main = afterCloser(s, subordinators, closers);
    if (main == null) {
      int comma = firstComma(s);
      if (comma < 0 || comma > MAX_FRONTED) {
        return false;
      }
      // A fronted clause opens with a subordinator; a fronted adverbial ("Từ năm 1905 đến năm
      // 1908,", "Năm 1885,") is a short phrase set off by the comma.
      boolean clause = PromptBuilder.opensSubordinate(s, subordinators);
      if (!clause && s.substring(0, comma).strip().split("\\s+").length > MAX_ADVERBIAL_WORDS) {
        return false;
      }
      main = s.substring(comma + 1).stripLeading();
      String inner = afterCloser(main, subordinators, closers);
      main = inner == null ? main : inner;
    }
    String lower = main.toLowerCase(Locale.ROOT);
    for (String x : expletives) {
      if (!x.isEmpty() && lower.startsWith(x)) {
        return false; // "…, it took six months": an expletive subject refers to nothing
      }
    }
    for (String p : pronouns) {
      if (p.isEmpty() || !lower.startsWith(p)
          || lower.length() > p.length() && Character.isLetterOrDigit(lower.charAt(p.length()))) {
        continue;
      }
      String next = main.substring(p.length()).stripLeading();
      boolean title = pronounAsTitle && !next.isEmpty() && Character.isUpperCase(next.codePointAt(0));
      if (!title) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words after a closer that ends the subordinate clause {@code s} opens with, before any
   * comma ("vì hiếu học nên ông qua Pháp" gives "ông qua Pháp"); null when {@code s} opens with no
   * subordinator or no closer ends it.
   */
  private static String afterCloser(String s, Set<String> subordinators, Set<String> closers) {
    if (closers.isEmpty() || !PromptBuilder.opensSubordinate(s, subordinators)) {
      return null;
    }
    int comma = firstComma(s);
    String head = s.substring(0, Math.min(comma < 0 ? s.length() : comma, MAX_FRONTED))
        .toLowerCase(Locale.ROOT);
    java.util.regex.Matcher w = java.util.regex.Pattern.compile("[\\p{L}\\p{M}]+").matcher(head);
    boolean first = true;
    while (w.find()) {
      if (!first && closers.contains(w.group())) {
        return s.substring(w.end()).stripLeading();
      }
      first = false;
    }
    return null;
  }

  /**
   * The first comma outside brackets and quotes, or -1; a comma between digits groups a
   * number's thousands ("losing 1,300 men"), it ends no clause.
   */
  private static int firstComma(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[' || c == '“') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '”') && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0 && !(i > 0 && i + 1 < s.length()
          && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1)))) {
        return i;
      }
    }
    return -1;
  }
}
