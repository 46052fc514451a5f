package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * Whether a sentence opens by pointing back to the one before it through a demonstrative in its
 * first phrase: "After that, …", "At that time …", "Sau đó, …", "Lúc này …", "Kế hoạch này …".
 * Language knowledge is pack data only: the demonstratives ({@code lang/<code>/demonstratives.txt},
 * "-" lines are phrases that are no back-reference, "now that") and where the language puts them
 * (pack setting {@code demonstrative-after-noun}: after the noun, "kế hoạch này", or before it,
 * "this plan"). A pack without demonstratives never finds one.
 */
final class OpeningAnaphor {
  /** Compiled once: these run on every sentence's first words. */
  private static final Pattern OPENING_MARKS = Pattern.compile("^[\\s…\"'“‘«(\\-–—]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern OUTER_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
  private static final Pattern PHRASE_END = Pattern.compile(".*[,;:–—)]$");

  /** The first phrase is the words before the first comma, colon or dash, at most this many. */
  private static final int PHRASE_WORDS = 5;
  /** Without such a mark this early, the first words hold the subject: at most this many. */
  private static final int SUBJECT_WORDS = 3;

  /**
   * A demonstrative found opening a sentence.
   *
   * @param noun the words it goes with (before it where it follows its noun: "kế hoạch"; after
   *     it otherwise: "time"), lower-case; empty when it stands alone ("sau đó", "after that")
   * @param word the demonstrative as written
   */
  record Found(String noun, String word) {}

  private final Set<String> demonstratives;
  private final Set<String> exceptions;
  private final boolean afterNoun;

  OpeningAnaphor(Set<String> demonstratives, Set<String> exceptions, boolean afterNoun) {
    this.demonstratives = lower(demonstratives);
    this.exceptions = lower(exceptions);
    this.afterNoun = afterNoun;
  }

  /** Each pack's rule, read once (the auditor asks it of every question). */
  private static final java.util.Map<Language, OpeningAnaphor> OF =
      LangWords.perLanguage(OpeningAnaphor::read);

  /** The rule as {@code lang}'s pack states it. */
  static OpeningAnaphor of(Language lang) {
    return OF.get(lang);
  }

  private static OpeningAnaphor read(Language lang) {
    Set<String> words = new TreeSet<>();
    Set<String> not = new TreeSet<>();
    for (String x : LangWords.lines(lang, "demonstratives")) {
      (x.startsWith("-") ? not : words).add(x.startsWith("-") ? x.substring(1).strip() : x);
    }
    return new OpeningAnaphor(words, not,
        "yes".equals(lang.pack().setting("demonstrative-after-noun", "")));
  }

  /** The demonstrative in the sentence's first phrase, or null when it opens otherwise. */
  Found find(String sentence) {
    if (demonstratives.isEmpty()) {
      return null;
    }
    String t = OPENING_MARKS.matcher(sentence).replaceFirst("").toLowerCase(Locale.ROOT);
    for (String x : exceptions) {
      if (t.startsWith(x) && (t.length() == x.length() || !Character.isLetter(t.charAt(x.length())))) {
        return null;
      }
    }
    boolean[] marked = new boolean[1];
    List<String> words = phrase(t, marked);
    for (int i = 0; i < words.size(); i++) {
      if (!demonstratives.contains(words.get(i))) {
        continue;
      }
      if (afterNoun && i >= 1) {
        return new Found(String.join(" ", words.subList(0, i)), words.get(i));
      }
      // Before its noun: opening the sentence ("these troops"), or after a word or two of a short
      // opening phrase set off by a comma ("at that time,", "after that,"); not a relative
      // pronoun inside the subject ("the treaty that ended").
      if (!afterNoun && (i == 0 || marked[0] && i <= 2 && words.size() - i <= 3)) {
        return new Found(String.join(" ", words.subList(i + 1, words.size())), words.get(i));
      }
    }
    return null;
  }

  /**
   * The words of the sentence's first phrase, lower-case, without punctuation; {@code marked[0]}
   * says whether a comma, colon or dash closes it.
   */
  private static List<String> phrase(String t, boolean[] marked) {
    List<String> words = new ArrayList<>();
    for (String w : SPACES.split(t)) {
      String bare = OUTER_MARKS.matcher(w).replaceAll("");
      if (!bare.isEmpty()) {
        words.add(bare);
      }
      if (PHRASE_END.matcher(w).matches() || w.equals("-")) {
        marked[0] = true;
        break;
      }
      if (words.size() >= PHRASE_WORDS) {
        break;
      }
    }
    return marked[0] ? words : words.subList(0, Math.min(words.size(), SUBJECT_WORDS));
  }

  private static Set<String> lower(Set<String> s) {
    Set<String> out = new TreeSet<>();
    s.forEach(x -> out.add(x.strip().toLowerCase(Locale.ROOT)));
    return out;
  }
}
