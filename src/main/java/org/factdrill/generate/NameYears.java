package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * Years written as part of a proper name: a range of years right after a capitalised name
 * ("the Franco-Plimsoll War 1812–1815", "Chiến tranh Bắc Hải 1812–1815"), or a year or range
 * after a capitalised noun of a thing that lasts and the pack's joining word ("the War of 1812",
 * {@code name-year-joins}). Such a range is the span of the thing named, not of the event the
 * sentence dates when the name stands in passing; and such a year is not the fact to ask when the
 * sentence has dates of its own. A script without capitals gives no such evidence from case; there
 * a noun of such a thing in the construct state right before the year is the name ("מלחמת
 * 1812–1815", the war of 1812–1815; with prefix letters, "ממלחמת"; the pack's {@code
 * name-year-constructs}): the construct binds the year to the noun as "of" does.
 */
final class NameYears {
  private static final Pattern WORD = Pattern.compile("[^\\s]+");
  /** The second year of a compact range, right after the first. */
  static final Pattern RANGE_ON = Pattern.compile("\\s*[–—-]\\s*\\d{4}(?!\\d)");
  /** How many lower-case words a name may hold between two of its capitalised words. */
  private static final int MAX_INNER_LOWER = 2;

  private NameYears() {}

  /**
   * True when the year range at {@code range} of {@code prompt} (a prompt's text, its first word
   * the sentence's) stands right after a capitalised name that does not open the sentence: a
   * thing named in passing ("X was part of the Franco-Plimsoll War 1812–1815 and lasted from …"),
   * whose years are not those of the event the sentence dates.
   */
  static boolean rangeOfANameInPassing(Language lang, String prompt, int range) {
    List<int[]> words = words(prompt, range);
    int last = words.size() - 1;
    if (last >= 1 && construct(lang, prompt, words.get(last))) {
      return true; // "הגדוד היה חלק ממלחמת 1812–1815": the construct's noun not the subject
    }
    if (last < 1 || !capitalised(prompt, words.get(last))
        || !endsInLetter(prompt, words.get(last))) {
      return false;
    }
    int first = runStart(prompt, words, last);
    // The words before the name: more than an article mean the name is not the subject.
    return first >= 2;
  }

  /**
   * True when year fact {@code f} (four digits, alone or one end of a range "Y1–Y2") is part of a
   * name by the rules above, in language {@code lang}'s function words and month names.
   */
  static boolean inName(Language lang, String text, Fact f) {
    if (!f.text().matches("\\d{4}") || f.sentence() == null) {
      return false;
    }
    int from = f.sentence().start();
    int at = f.start();
    String head = text.substring(Math.max(from, at - 12), at);
    Matcher open = Pattern.compile("(?<!\\d)\\d{4}\\s*[–—-]\\s*$").matcher(head);
    if (open.find()) {
      at = at - head.length() + open.start(); // the second year: the range opens at the first
    }
    boolean range = at != f.start()
        || RANGE_ON.matcher(text).region(f.end(), f.sentence().end()).lookingAt();
    String before = text.substring(from, at);
    List<int[]> words = words(before, before.length());
    int last = words.size() - 1;
    if (last >= 0 && construct(lang, before, words.get(last))) {
      return true; // "מלחמת 1880": the war of 1880
    }
    if (last < 1 || !endsInLetter(before, words.get(last))) {
      return false;
    }
    if (range && nameWord(lang, before, words.get(last))) {
      return true; // one year after a name may date it ("the Vietnam War 1964"): a range names
    }
    // "the War of 1812": a capitalised noun of a thing that lasts, a joining word, the year.
    Locale locale = lang.pack().locale();
    return last >= 2 && lang.pack().words("name-year-joins").contains(lower(before, words.get(last),
        locale)) && nameWord(lang, before, words.get(last - 1))
        && lang.pack().words("spanned-nouns").contains(lower(before, words.get(last - 1), locale));
  }

  /**
   * True when year fact {@code f} is part of a name while the sentence has a date of its own (a
   * date fact outside any name and outside {@code f}'s range): that date is what the sentence
   * tells, the name's year only says which thing is meant. A yearless day of the month that names
   * the event, before it ("On 12 March … the March Rising of 1930"), is dated by that year: no date
   * of its own.
   */
  static boolean askedBesideOwnDates(Language lang, String text, Fact f, List<Fact> sameSentence) {
    if (lang == null || !(f.value() instanceof Value.Date) || !inName(lang, text, f)) {
      return false;
    }
    int named = MonthNamedYear.month(lang, text, f.sentence().start(), f.start());
    for (Fact o : sameSentence) {
      if (o.value() instanceof Value.Date && (o.end() < f.start() - 6 || o.start() > f.end() + 6)
          && !inName(lang, text, o) && !MonthNamedYear.datesDay(named, o, f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when word {@code w} of {@code s}, its prefix letters taken off, is a noun of
   * {@code lang}'s {@code name-year-constructs}.
   */
  private static boolean construct(Language lang, String s, int[] w) {
    if (lang == null) {
      return false;
    }
    Set<String> heads = lang.pack().words("name-year-constructs");
    if (heads.isEmpty()) {
      return false;
    }
    String word = s.substring(w[0], w[1]);
    String prefixes = lang.pack().prefixes();
    for (int p = 0; p < word.length() - 1 && p <= 3; p++) {
      if (p > 0 && prefixes.indexOf(word.charAt(p - 1)) < 0) {
        return false;
      }
      if (heads.contains(word.substring(p))) {
        return true;
      }
    }
    return false;
  }

  /** The index of the first word of the name that ends with word {@code last}. */
  private static int runStart(String s, List<int[]> words, int last) {
    int first = last;
    int lower = 0;
    for (int j = last - 1; j >= 0; j--) {
      int[] w = words.get(j);
      if (!endsInLetter(s, w)) {
        break;
      }
      if (capitalised(s, w)) {
        first = j;
        lower = 0;
      } else if (++lower > MAX_INNER_LOWER) {
        break;
      }
    }
    return first;
  }

  private static boolean nameWord(Language lang, String s, int[] w) {
    if (!capitalised(s, w) || w[0] == 0) {
      return false; // the sentence's first word is capitalised whatever it is ("In 1812")
    }
    String low = lower(s, w, lang.pack().locale());
    return !lang.pack().words("function-words").contains(low)
        && !lang.pack().monthForms().containsKey(low);
  }

  private static String lower(String s, int[] w, Locale locale) {
    return s.substring(w[0], w[1]).toLowerCase(locale);
  }

  private static boolean capitalised(String s, int[] w) {
    int c = s.codePointAt(w[0]);
    return Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  private static boolean endsInLetter(String s, int[] w) {
    return Character.isLetter(s.charAt(w[1] - 1));
  }

  private static List<int[]> words(String s, int end) {
    List<int[]> out = new ArrayList<>();
    Matcher m = WORD.matcher(s).region(0, end);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }
}
