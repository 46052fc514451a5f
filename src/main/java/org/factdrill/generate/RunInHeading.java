package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdrill.text.Language;

/**
 * A section heading run into the first sentence of its section: a page that lost the heading's
 * line break writes "Historical background In 1750, the …" or "Bối cảnh Trong năm 1750, các
 * …" as one sentence. In a script with capitals a clause-opening word (the pack's sentence
 * openers, connectives, subordinators, date, period and span leads) is written with a capital
 * inside a sentence only where a new sentence begins; so a short run of words at a sentence's
 * start, with no mark, digit or verb in it, written as a heading is (its first word capitalised,
 * the others in small letters, or all in capitals), before such a word that a small letter or a
 * digit follows, is a heading, not the sentence's subject: the prompt starts after it.
 */
final class RunInHeading {
  /** A heading is this many words at most. */
  static final int MAX_WORDS = 6;

  private static final Map<Language, List<String>> OPENERS =
      LangWords.perLanguage(RunInHeading::openers);
  private static final Map<Language, List<String>> PRONOUNS =
      LangWords.perLanguage(l -> LangWords.lines(l, "pronouns"));
  private static final Map<Language, Set<String>> VERBS =
      LangWords.perLanguage(RunInHeading::verbs);

  private RunInHeading() {}

  /**
   * Where the clause starting at {@code from} (up to {@code to}) starts once a run-in heading
   * before {@code factStart} is left out; {@code from} when it opens with none.
   */
  static int after(Language lang, String text, int from, int to, int factStart) {
    List<String> openers = OPENERS.get(lang);
    if (openers == null || openers.isEmpty()) {
      return from;
    }
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    boolean caps = true;
    boolean small = true;
    for (int words = 0; i < to && words <= MAX_WORDS; words++) {
      int e = wordEnd(text, i, to);
      if (e == i) {
        return from; // a mark or a digit: no heading's word
      }
      String w = text.substring(i, e);
      if (words > 0 && Character.isUpperCase(w.codePointAt(0)) && !allCaps(w)
          && opens(openers, text, i, to)) {
        int next = nextWordStart(text, i, to, openers);
        return next >= 0 && i < factStart ? i : from;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (words == 0 && (!Character.isUpperCase(w.codePointAt(0)) || openers.contains(lower)
          || PRONOUNS.get(lang).contains(lower))) {
        return from; // a heading opens with a capital, and never with a pronoun or an opener
      }
      if (VERBS.get(lang).contains(lower)) {
        return from; // a verb: a clause, no heading
      }
      caps &= allCaps(w);
      small &= words == 0 || Character.isLowerCase(w.codePointAt(0));
      if (!caps && !small) {
        return from; // "Nguyễn Văn …": capitalised words in a row are a name
      }
      i = e;
      int gap = i;
      while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\n')) {
        i++;
      }
      if (i == gap) {
        return from;
      }
    }
    return from;
  }

  /** True when an opener (one word or several) is written at {@code i}, a word's end after it. */
  private static boolean opens(List<String> openers, String text, int i, int to) {
    return match(openers, text, i, to) > 0;
  }

  private static int match(List<String> openers, String text, int i, int to) {
    String rest = text.substring(i, Math.min(to, i + 40)).toLowerCase(Locale.ROOT);
    int best = 0;
    for (String o : openers) {
      if (rest.startsWith(o) && (rest.length() == o.length()
          || !Character.isLetterOrDigit(rest.charAt(o.length()))) && o.length() > best) {
        best = o.length();
      }
    }
    return best;
  }

  /**
   * The start of the word after the opener at {@code i} when it opens with a small letter or a
   * digit (the clause goes on), else -1 ("Năm Mới", "Ngày Quốc khánh": a name's words).
   */
  private static int nextWordStart(String text, int i, int to, List<String> openers) {
    int j = i + match(openers, text, i, to);
    while (j < to && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    if (j >= to) {
      return -1;
    }
    int c = text.codePointAt(j);
    return Character.isLowerCase(c) || Character.isDigit(c) ? j : -1;
  }

  private static int wordEnd(String text, int i, int to) {
    int j = i;
    while (j < to) {
      int c = text.codePointAt(j);
      if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK
          && !(j > i && (c == '-' || c == '\''))) {
        break;
      }
      j += Character.charCount(c);
    }
    return j;
  }

  private static boolean allCaps(String w) {
    return w.codePoints().noneMatch(Character::isLowerCase) && w.codePointCount(0, w.length()) > 1;
  }

  /** Words a clause opens with: openers, connectives, subordinators, date and period leads. */
  private static List<String> openers(Language lang) {
    List<String> out = new ArrayList<>();
    for (String cat : new String[] {"sentence-openers", "date-lead-words", "period-lead-words",
        "span-start-words"}) {
      lang.pack().words(cat).forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    }
    for (String list : new String[] {"connectives", "subordinators"}) {
      LangWords.lines(lang, list).forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    }
    return List.copyOf(out);
  }

  /** Words no heading holds: the pack's copulas and the verbs it knows a clause by. */
  private static Set<String> verbs(Language lang) {
    Set<String> out = new java.util.HashSet<>();
    for (String cat : new String[] {"copulas", "clause-verbs"}) {
      lang.pack().words(cat).forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    }
    return Set.copyOf(out);
  }
}
