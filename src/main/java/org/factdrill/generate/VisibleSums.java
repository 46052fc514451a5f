package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * An answer the student can work out by one addition or subtraction of figures shown with it:
 * in the prompt outside the blank, or in the context line above it (the sentence before, the
 * title or heading). A year is a shown year plus or minus a shown number of years ("The war
 * began in 1950." then "It lasted three years, until ___"); a number of years is the difference
 * of two shown years (within one either way, as periods are counted with or without an end); a
 * count or amount is stated by a shown figure of its kind, or is the sum or difference of shown
 * ones ({@link ScreenFigures#arithmetic}). {@link Giveaways} and {@link YearSpans} judge the
 * sentence alone; this judges everything on the screen.
 */
final class VisibleSums {
  private VisibleSums() {}

  /**
   * Why the answer of {@code f} follows from what is shown, or null. {@code sameSentence} are the
   * sentence's other facts, {@code all} the document's; {@code template} the prompt with its
   * hole, {@code contextLine} the line above it (or null).
   */
  static String derivable(Language lang, String text, Fact f, List<Fact> sameSentence,
      List<Fact> all, String template, String contextLine) {
    List<Fact> shown = shown(text, f, sameSentence, all, template, contextLine);
    int year = year(f);
    for (int y : askedYears(f, year)) {
      if (anniversary(lang, y, shown, template, contextLine)) {
        return "a shown year and the anniversary it marks";
      }
    }
    if (shown.isEmpty()) {
      return null;
    }
    int count = YearSpans.yearsCount(lang, text, f);
    String end = periodEnd(f, shown, lang, text);
    if (end != null) {
      return end;
    }
    for (Fact a : shown) {
      for (Fact b : shown) {
        if (a == b) {
          continue;
        }
        int ya = year(a);
        int yb = year(b);
        int kb = YearSpans.yearsCount(lang, text, b);
        // Within one: a period of years is counted with both ends or without one ("53 years
        // (907-959)"), so a student's subtraction lands on the answer or next to it.
        if (year > 0 && ya > 0 && kb > 0 && Math.abs(Math.abs(year - ya) - kb) <= 1) {
          return "a shown year and a shown number of years";
        }
        if (count > 0 && ya > 0 && yb > ya && Math.abs(yb - ya - count) <= 1) {
          return "two shown years";
        }
      }
    }
    if (year <= 0 && count <= 0 && ScreenFigures.arithmetic(f, shown)) {
      return "shown figures of its kind state it or add up to it";
    }
    return null;
  }

  /**
   * Why an end of period answer {@code f} follows from what is shown, or null: a shown year is
   * that end ("(_____)" for "1385–1433" beside "died in 1433"), or a shown year and a shown
   * number of years reach it ("took the throne in 1428 and ruled for 5 years"). Half of the
   * answer is then given.
   */
  private static String periodEnd(Fact f, List<Fact> shown, Language lang, String text) {
    int[] ends = f.value() instanceof Value.Date d && d.isRange() ? YearOptions.period(d.iso())
        : null;
    if (ends == null) {
      return null;
    }
    for (int e : ends) {
      if (!f.text().contains(String.valueOf(e))) {
        continue; // a year the period takes from its context is no part of what is asked
      }
      for (Fact a : shown) {
        int ya = year(a);
        if (e > 0 && ya == e) {
          return "a shown year is an end of the period";
        }
        for (Fact b : shown) {
          int kb = b == a ? -1 : YearSpans.yearsCount(lang, text, b);
          if (e > 0 && ya > 0 && kb > 0 && Math.abs(Math.abs(e - ya) - kb) <= 1) {
            return "a shown year and a shown number of years reach an end of the period";
          }
        }
      }
    }
    return null;
  }

  /** The years a student must supply: the answer's, or the ends a period asked writes. */
  private static List<Integer> askedYears(Fact f, int year) {
    List<Integer> out = new ArrayList<>();
    if (year > 0) {
      out.add(year);
    } else if (f.value() instanceof Value.Date d && d.isRange()) {
      int[] ends = YearOptions.period(d.iso());
      for (int e : ends == null ? new int[0] : ends) {
        if (e > 0 && f.text().contains(String.valueOf(e))) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /**
   * True when a shown year and the years of a shown anniversary reach {@code year}, either way:
   * the marked event's year is the anniversary's year less its count, and the anniversary's year
   * (the year it was held, when that is asked) the event's year plus the count.
   */
  private static boolean anniversary(Language lang, int year, List<Fact> shown, String template,
      String contextLine) {
    String screen = template.replace(String.valueOf(PromptBuilder.HOLE), " ") + "\n"
        + (contextLine == null ? "" : contextLine);
    List<Integer> spans = Anniversaries.in(lang, screen);
    if (spans.isEmpty()) {
      return false;
    }
    // The anniversary's year may be a shown fact's or a year the prompt glosses ("July 27
    // (2013)", a yearless day resolved): any year written on the screen.
    java.util.Set<Integer> years = new java.util.HashSet<>();
    for (Fact a : shown) {
      years.add(year(a));
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\d)\\d{4}(?!\\d)")
        .matcher(screen);
    while (m.find()) {
      years.add(Integer.parseInt(m.group()));
    }
    for (int y : years) {
      if (y > 0 && (spans.contains(y - year) || spans.contains(year - y))) {
        return true;
      }
    }
    return false;
  }

  /** The facts whose text the student sees: in the prompt outside the hole, or the context. */
  static List<Fact> shown(String text, Fact f, List<Fact> sameSentence, List<Fact> all,
      String template, String contextLine) {
    String prompt = template.replace(String.valueOf(PromptBuilder.HOLE), " ");
    // A prompt may carry the sentence before its own (a back-reference resolved in place), so
    // other sentences' figures count when the prompt or the context line shows them.
    String screen = prompt + "\n" + (contextLine == null ? "" : contextLine);
    List<Fact> out = new ArrayList<>(ScreenFigures.on(prompt, text, sameSentence,
        o -> o == f || o.start() == f.start()));
    for (Fact o : ScreenFigures.on(screen, text, all,
        o -> o.sentence() != null && o.sentence().equals(f.sentence()))) {
      if (!out.contains(o)) {
        out.add(o);
      }
    }
    return out;
  }

  private static int year(Fact f) {
    return ScreenFigures.year(f);
  }
}
