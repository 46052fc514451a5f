package org.factdrill.generate;

import java.util.List;
import org.factdrill.extract.Fact;
import org.factdrill.text.Language;

/**
 * A period written whole with its length set off beside it as an aside: between commas ("from
 * 1702 to 1738, a span of 36 years, …"), in brackets ("from 1702 to 1738 (36 years)") or as a
 * fronted phrase ending at a comma ("In 36 years, from 1702 to 1738, …"). The length is what the
 * two ends give; an end is a fact of its own, but with the other end and the length on screen a
 * subtraction answers it. Asking an end, the aside is cut from the prompt; a length that is no
 * aside (the clause's own adverbial, "ruled for 36 years, from …") leaves the end unasked.
 */
final class LengthAside {
  /** An aside is a short phrase: the figure, its unit and a few words ("a period of"). */
  private static final int MAX_WORDS = 6;

  private LengthAside() {}

  /** What was found: the prompt without the aside, and the length fact it held. */
  record Cut(String template, Fact length) {}

  /**
   * The prompt {@code template} (its blank at an end {@code f} of a period of the
   * {@code extracted} facts) without the aside that writes the period's length, or null when no
   * count of years of {@code sameSentence} is that length set off as an aside.
   */
  static Cut of(Language lang, String text, Fact f, List<Fact> extracted,
      List<Fact> sameSentence, String template) {
    Fact period = Periods.periodOf(extracted, f);
    Fact other = period == null ? null : Periods.otherEnd(period, f);
    int y = ScreenFigures.year(f);
    int yo = other == null ? -1 : ScreenFigures.year(other);
    int hole = template.indexOf(PromptBuilder.HOLE);
    if (y <= 0 || yo <= 0 || hole < 0) {
      return null;
    }
    for (Fact o : sameSentence) {
      int k = YearSpans.yearsCount(lang, text, o);
      if (k <= 0 || Math.abs(Math.abs(y - yo) - k) > 1) {
        continue;
      }
      String cut = cut(template, o.text().strip(), CountedThings.wordAfter(text, o.end()), hole,
          period.text().length());
      if (cut != null) {
        return new Cut(cut, o);
      }
    }
    return null;
  }

  private static String cut(String t, String figure, String unit, int hole, int periodLength) {
    if (figure.isEmpty() || unit == null) {
      return null;
    }
    for (int at = t.indexOf(figure); at >= 0; at = t.indexOf(figure, at + 1)) {
      boolean whole = (at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1)))
          && unit.equalsIgnoreCase(CountedThings.wordAfter(t, at + figure.length()));
      String out = whole ? around(t, at, hole, periodLength) : null;
      if (out != null) {
        return out;
      }
    }
    return null;
  }

  /** The prompt without the bracket or comma-bounded phrase around {@code at}, or null. */
  private static String around(String t, int at, int hole, int periodLength) {
    int open = t.lastIndexOf('(', at);
    int close = t.indexOf(')', at);
    if (open >= 0 && close > at && t.lastIndexOf(')', at) < open
        && aside(t.substring(open + 1, close)) && near(t, hole, open, close + 1, periodLength)) {
      int from = open > 0 && t.charAt(open - 1) == ' ' ? open - 1 : open;
      return t.substring(0, from) + t.substring(close + 1);
    }
    int comma = t.lastIndexOf(',', at);
    int opens = sentenceStart(t, at);
    int end = firstOf(t, at, ",.;");
    if (end < 0) {
      return null;
    }
    if (comma > opens && hole < comma) { // "…to 1738, a span of 36 years, the…" or "… years."
      return aside(t.substring(comma + 1, end)) && near(t, hole, comma, end, periodLength)
          ? t.substring(0, comma) + t.substring(end) : null;
    }
    if (comma > opens || t.charAt(end) != ',' || hole < end
        || !aside(t.substring(opens + 1, end)) || !near(t, hole, opens + 1, end + 1, periodLength)) {
      return null; // only a phrase that opens the sentence is an aside before the period
    }
    int next = end + 1; // "In 36 years, from 1702 to …": the next word opens the sentence
    while (next < t.length() && t.charAt(next) == ' ') {
      next++;
    }
    String rest = t.substring(next);
    if (rest.isEmpty() || !Character.isLetter(rest.charAt(0))) {
      return null;
    }
    return t.substring(0, opens + 1) + rest.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
        + rest.substring(1);
  }

  /** True when {@code s} may be an aside: a few words, no blank, one figure. */
  private static boolean aside(String s) {
    if (s.indexOf(PromptBuilder.HOLE) >= 0 || s.isBlank()) {
      return false;
    }
    int digitsRuns = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i)) && (i == 0 || !Character.isDigit(s.charAt(i - 1)))) {
        digitsRuns++;
      }
    }
    return digitsRuns == 1 && s.strip().split("\\s+").length <= MAX_WORDS;
  }

  /** True when the aside {@code from..to} stands right before or after the period's blank. */
  private static boolean near(String t, int hole, int from, int to, int periodLength) {
    int gap = hole < from ? from - hole : hole - to;
    String between = hole < from ? t.substring(hole, from) : t.substring(to, hole);
    return gap >= 0 && gap <= periodLength + 8 && between.indexOf(',') < 0
        && between.indexOf('.') < 0;
  }

  /** The index of the sentence's start before {@code at} in a prompt (minus one), or -1. */
  private static int sentenceStart(String t, int at) {
    for (int i = at - 1; i > 0; i--) {
      if (t.charAt(i) == ' ' && ".!?".indexOf(t.charAt(i - 1)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static int firstOf(String t, int from, String marks) {
    for (int i = from; i < t.length(); i++) {
      if (marks.indexOf(t.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
