package org.factdrill.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.lang.LanguagePack;
import org.factdrill.text.Language;

/**
 * Why an explicit year cannot date a later day or month written without one. A year that starts
 * or ends a span ("since 1990", "từ năm 1990", "מאז 1990", "с 1990 года", "until 1990") says
 * nothing about the year of what the text tells next; nor does a birth or death year, a cited
 * work's year or a period of several years. The words are the pack's ({@code span-start-words},
 * {@code span-end-words}, {@code life-words}, with {@code date-fillers} and {@code year-words}
 * passed over between them and the year); the rule is the same in every language.
 */
final class AnchorDoubts {
  /** How many filler words ("the year", "năm", "года") may stand between the word and the year. */
  private static final int MAX_FILLERS = 3;

  /** The doubt of a period of several years ("1992–1994"). */
  static final String PERIOD = "a period of several years";
  /** The doubt of a cited work's year ("Smith (1999)"). */
  static final String CITED = "a cited work's year";
  /** How the doubt of a date in another calendar starts ("another calendar: âm lịch"). */
  static final String OTHER = "another calendar: ";

  /** Why a day or month dated by a year with this doubt is not asked. */
  static SkipReason reason(String doubt) {
    return doubt.startsWith(OTHER) ? SkipReason.OTHER_CALENDAR : SkipReason.UNCERTAIN_YEAR;
  }

  /** True when a doubt also keeps a year from counting "the following year" on from it. */
  static boolean countsNothing(String doubt) {
    return doubt != null && (doubt.equals(CITED) || doubt.startsWith(OTHER));
  }

  private final List<String> spanStart;
  private final List<String> spanEnd;
  private final List<String> life;
  private final Set<String> fillers;
  private final String prefixes;
  private final Locale locale;
  private final OtherCalendars calendars;

  private AnchorDoubts(Language lang) {
    LanguagePack pack = lang.pack();
    calendars = OtherCalendars.of(lang);
    spanStart = longestFirst(pack.words("span-start-words"));
    spanEnd = longestFirst(pack.words("span-end-words"));
    life = longestFirst(pack.words("life-words"));
    Set<String> f = new java.util.HashSet<>(pack.words("date-fillers"));
    f.addAll(pack.words("year-words"));
    fillers = Set.copyOf(f);
    prefixes = pack.prefixes();
    locale = pack.locale();
  }

  /** The doubts of a language, from its pack. */
  static AnchorDoubts of(Language lang) {
    return new AnchorDoubts(lang);
  }

  private static List<String> longestFirst(Set<String> words) {
    List<String> l = new ArrayList<>(words);
    l.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    return List.copyOf(l);
  }

  /**
   * Why the year of date fact {@code f} in {@code text} cannot date a later yearless day or month
   * ("starts a span: since"), or null when it can.
   */
  String of(String text, Fact f) {
    return of(text, List.of(), f);
  }

  /** The same, with the document's facts to tell which date a calendar marker qualifies. */
  String of(String text, List<Fact> facts, Fact f) {
    if (!(f.value() instanceof Value.Date d)) {
      return null;
    }
    String calendar = calendars.marker(text, facts, f);
    if (calendar != null) {
      return OTHER + calendar;
    }
    String[] parts = d.iso().split("/");
    if (parts.length > 1 && !parts[0].regionMatches(0, parts[parts.length - 1], 0, 4)) {
      return PERIOD;
    }
    if (Stem.citedWork(text, f)) {
      return CITED;
    }
    int from = Math.max(f.sentence() != null ? f.sentence().start() : 0, f.start() - 48);
    String before = text.substring(Math.max(0, Math.min(from, f.start())), f.start());
    int digit = firstDigit(f.text());
    // A word glued to the year belongs to the text before it ("מ-1990", "מ1990").
    if (digit > 0 && f.text().substring(0, digit).codePoints().noneMatch(Character::isWhitespace)) {
      before = before + f.text().substring(0, digit);
    }
    String lead = strip(before.toLowerCase(locale));
    String w = endsWith(lead, life);
    if (w != null) {
      return "a birth or death: " + w;
    }
    if (parts.length == 1 && parts[0].matches("\\d{4}-\\d\\d-\\d\\d")) {
      // A full date that ends a span ("until 24 October 1973") still dates a day just after it
      // ("fire went on until 26 October"): it names the day, not only the year.
      return null;
    }
    w = endsWith(lead, spanStart);
    if (w != null) {
      return "starts a span: " + w;
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
