package org.factdrill.extract;

import java.util.ArrayList;
import java.util.Comparator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdrill.lang.LanguagePack;
import org.factdrill.text.Language;

/**
 * The word that leads a year and says it dates nothing after it: a year that starts or ends a
 * span ("since 1990", "từ năm 1990", "מאז 1990", "с 1990 года", "until 1990") or is a birth or
 * death says nothing of the year of what the text tells next. The words are the pack's
 * ({@code span-start-words}, {@code span-end-words}, {@code life-words}, with
 * {@code date-fillers}, {@code year-words} and {@code date-qualifiers} passed over between them
 * and the year: "từ đầu năm 1930", "since the early 1990s"); the rule is
 * the same in every language. Extraction asks it before carrying a year to a later day-month, the
 * generator before dating one by it.
 */
public final class LeadWords {
  /** How many filler words ("the year", "năm", "года") may stand between the word and the year. */
  private static final int MAX_FILLERS = 3;
  /** How far before the date (characters, within its sentence) a leading word is looked for. */
  private static final int REACH = 48;

  /** How the doubt of a year that starts a span begins ("starts a span: từ"). */
  public static final String STARTS = "starts a span: ";

  private static final Map<Language, LeadWords> ALL = all();

  private final List<String> spanStart;
  private final List<String> spanEnd;
  private final List<String> life;
  private final Set<String> fillers;
  private final String prefixes;
  private final Locale locale;

  private LeadWords(Language lang) {
    LanguagePack pack = lang.pack();
    spanStart = longestFirst(pack.words("span-start-words"));
    spanEnd = longestFirst(pack.words("span-end-words"));
    life = longestFirst(pack.words("life-words"));
    Set<String> f = new java.util.HashSet<>(pack.words("date-fillers"));
    f.addAll(pack.words("year-words"));
    // "từ đầu năm 1930", "since the early 1990s": the bound is read across a date's qualifier.
    f.addAll(pack.words("date-qualifiers"));
    fillers = Set.copyOf(f);
    prefixes = pack.prefixes();
    locale = pack.locale();
  }

  private static Map<Language, LeadWords> all() {
    Map<Language, LeadWords> m = new java.util.HashMap<>();
    for (Language l : Language.values()) {
      m.put(l, new LeadWords(l));
    }
    return Map.copyOf(m);
  }

  /** The lead words of a language, from its pack. */
  public static LeadWords of(Language lang) {
    return ALL.get(lang);
  }

  private static List<String> longestFirst(Set<String> words) {
    List<String> l = new ArrayList<>(words);
    l.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    return List.copyOf(l);
  }

  /**
   * Why the date written {@code dateText} at {@code start} of {@code text} (its sentence starting
   * at {@code sentenceStart}) dates no later day or month ("starts a span: từ", "a birth or death:
   * born"), or null when it may. A {@code fullDate} (its day written) that ends a span ("until 24
   * October 1973") still dates a day just after it ("fire went on until 26 October"): it names the
   * day, not only the year.
   */
  public String doubt(String text, int sentenceStart, int start, String dateText,
      boolean fullDate) {
    int from = Math.max(sentenceStart, start - REACH);
    String before = text.substring(Math.max(0, Math.min(from, start)), start);
    int digit = firstDigit(dateText);
    // A word glued to the year belongs to the text before it ("מ-1990", "מ1990").
    if (digit > 0 && dateText.substring(0, digit).codePoints().noneMatch(Character::isWhitespace)) {
      before = before + dateText.substring(0, digit);
    }
    String lead = strip(before.toLowerCase(locale));
    String w = endsWith(lead, life);
    if (w != null) {
      return "a birth or death: " + w;
    }
    if (fullDate) {
      return null;
    }
    w = endsWith(lead, spanStart);
    if (w != null) {
      return STARTS + w;
    }
    w = endsWith(lead, spanEnd);
    if (w != null) {
      return "ends a span: " + w;
    }
    return null;
  }

  private static int firstDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** {@code s} without trailing punctuation and up to {@link #MAX_FILLERS} filler words. */
  private String strip(String s) {
    String t = trimEnd(s);
    for (int k = 0; k < MAX_FILLERS; k++) {
      int sp = lastWordStart(t);
      String last = t.substring(sp);
      if (!fillers.contains(last)) {
        break;
      }
      t = trimEnd(t.substring(0, sp));
    }
    return t;
  }

  private static String trimEnd(String s) {
    int e = s.length();
    while (e > 0 && !Character.isLetterOrDigit(s.charAt(e - 1)) && s.charAt(e - 1) != '.'
        && s.charAt(e - 1) != '\'' && s.charAt(e - 1) != '׳') {
      e--;
    }
    return s.substring(0, e);
  }

  private static int lastWordStart(String s) {
    int i = s.length();
    while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * The entry of {@code words} that {@code lead} ends with as whole words (after a space, the
   * text's start, or the pack's prefix letters: "ועד"), else null.
   */
  private String endsWith(String lead, List<String> words) {
    for (String w : words) {
      if (!lead.endsWith(w)) {
        continue;
      }
      int at = lead.length() - w.length();
      int k = at;
      while (k > 0 && at - k < 2 && prefixes.indexOf(lead.charAt(k - 1)) >= 0) {
        k--;
      }
      if (boundary(lead, at) || k < at && boundary(lead, k)) {
        return w;
      }
    }
    return null;
  }

  private static boolean boundary(String s, int at) {
    return at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1));
  }
}
