package org.factdrill.generate;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * What the screen around a year question already says about the year, and so which wrong years
 * a student could not rule out: a period shown in the context line that holds the answer (a
 * heading "the 1940s", "19th century", "1939–1945") keeps every option inside it; a hedged year
 * ("about 1370", "c. 1370") keeps options clear of its reach; a prompt stating the answer's own
 * year elsewhere gives away a choice among years.
 */
final class YearOptions {
  /**
   * Within this many years of a hedged year ("about 1370") a wrong year is also "about" true: a
   * decade, the reach a reader grants "about" for a year.
   */
  static final int APPROX_GAP = 10;

  private YearOptions() {}

  /**
   * The years an option may take given the periods the context line shows: inside the tightest
   * shown decade, century or range that holds the answer year; any year when none does.
   */
  static IntPredicate window(int answerYear, List<Fact> all, String contextLine) {
    if (answerYear <= 0 || contextLine == null || contextLine.isBlank()) {
      return y -> true;
    }
    int lo = -100_000;
    int hi = 100_000;
    for (Fact o : all) {
      if (!(o.value() instanceof Value.Date d) || !shown(contextLine, o.text())) {
        continue;
      }
      int[] p = period(d.iso());
      if (p != null && p[0] <= answerYear && answerYear <= p[1] && p[1] - p[0] < hi - lo) {
        lo = p[0];
        hi = p[1];
      }
    }
    final int from = lo;
    final int to = hi;
    return y -> y < 0 || y >= from && y <= to;
  }

  /** How far beyond the span of years a document states a decade option may reach. */
  static final int DECADE_MARGIN = 15;

  /**
   * The first years a decade or century option may take when the answer is a decade ("the
   * 1990s") or century: one overlapping the span of the document's own years (and the answer),
   * widened by {@link #DECADE_MARGIN}; "the 1910s" in a text about the 1990s is ruled out
   * unread. Any year for other answers.
   */
  static IntPredicate decades(Value answer, List<Integer> docYears) {
    if (!(answer instanceof Value.Date d) || !d.iso().matches("\\d{2,3}")) {
      return y -> true;
    }
    int[] p = period(d.iso());
    int lo = p[0];
    int hi = p[1];
    for (int y : docYears) {
      lo = Math.min(lo, y);
      hi = Math.max(hi, y);
    }
    final int from = lo - DECADE_MARGIN;
    final int to = hi + DECADE_MARGIN;
    final int width = p[1] - p[0];
    return y -> y < 0 || y + width >= from && y <= to;
  }

  /** How far beyond the years its story states a page's wrong years may reach. */
  static final int STORY_MARGIN = 3;

  /**
   * Wrong years within {@link #STORY_MARGIN} of the span of years the page's story states (its
   * prose, not a byline, a post's date line or other layout) and the answer: a page whose events
   * all fall in one year gives options no reason to roam six years away, even when its date line
   * is of a far later year. Any year when the story states none.
   */
  static IntPredicate nearStory(int answerYear, List<Integer> storyYears) {
    if (answerYear <= 0 || storyYears.isEmpty()) {
      return y -> true;
    }
    int[] span = span(answerYear, storyYears);
    final int from = span[0] - STORY_MARGIN;
    final int to = span[1] + STORY_MARGIN;
    return y -> y < 0 || y >= from && y <= to;
  }

  /** The lowest and highest of {@code years} and the answer's year, as {lo, hi}. */
  static int[] span(int answerYear, List<Integer> years) {
    int lo = answerYear;
    int hi = answerYear;
    for (int y : years) {
      lo = Math.min(lo, y);
      hi = Math.max(hi, y);
    }
    return new int[] {lo, hi};
  }

  /** Wrong years for a hedged answer year: at least {@link #APPROX_GAP} years from it. */
  static IntPredicate clearOfHedge(int answerYear, boolean approx) {
    return y -> !approx || answerYear <= 0 || y < 0 || Math.abs(y - answerYear) >= APPROX_GAP;
  }

  /**
   * True when a hedged year's wrong options ({@code approx}) all lie on one side of it: kept
   * clear of its reach, they then leave the answer as the odd one out ("1370" against 1375,
   * 1376, 1377), so no honest set exists.
   */
  static boolean oneSided(int answerYear, boolean approx, List<Option> wrong) {
    if (!approx || answerYear <= 0 || wrong.size() < 2) {
      return false;
    }
    boolean below = false;
    boolean above = false;
    for (Option o : wrong) {
      int y = o.value() instanceof Value.Date d ? d.year() : -1;
      below |= y > 0 && y < answerYear;
      above |= y > answerYear;
    }
    return below != above;
  }

  /**
   * True when the prompt outside its blank writes the answer's year and the options would differ
   * only in the year: the student reads it off ("Treaty of 1884 … signed on ___").
   */
  static boolean promptStatesYear(Language lang, int answerYear,
      String template, OptionShape shape) {
    if (answerYear <= 0 || shape == null || shape.mode != OptionShape.Mode.YEAR) {
      return false;
    }
    String rest = template.replace(String.valueOf(PromptBuilder.HOLE), " ");
    java.util.regex.Matcher m = Pattern.compile("(?<![\\p{N}])" + answerYear + "(?![\\p{N}])")
        .matcher(rest);
    while (m.find()) {
      // The year of another day ("resigned on 26 December 1991, … ceased on ___") dates that
      // day, not this one: only a year standing alone (a name, "in 1884") states it.
      // A range that ends a name in passing ("part of the Plimsoll War 1812–1815") spans several
      // years: it names the thing, not the year of this sentence's event.
      if (!rest.substring(Math.max(0, m.start() - 16), m.start()).matches("(?s).*\\p{N}.*")
          && !(NameYears.RANGE_ON.matcher(rest).region(m.end(), rest.length()).lookingAt()
          && NameYears.rangeOfANameInPassing(lang, rest, m.start()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the prompt or the line above it names the answer's year in another calendar: a
   * Hebrew year in letters (תש"ח for 1948) or a sexagenary name ("Giáp Thân" for 1884). Options
   * among years then differ in what the gloss already says.
   */
  static boolean glossStatesYear(org.factdrill.text.Language lang, int answerYear,
      String template, String contextLine, OptionShape shape) {
    if (answerYear <= 0 || shape == null || shape.mode != OptionShape.Mode.YEAR) {
      return false;
    }
    String shown = template.replace(String.valueOf(PromptBuilder.HOLE), " ") + "\n"
        + (contextLine == null ? "" : contextLine);
    java.util.regex.Matcher hy = CalendarGloss.YEAR.matcher(shown);
    while (hy.find()) {
      if (CalendarGloss.sameYear(hy.group(), answerYear)) {
        return true;
      }
    }
    OtherCalendars c = OtherCalendars.of(lang);
    return c != null && c.namesYear(shown, answerYear);
  }

  /** A decade ("194"), a century ("18"), or a range of years ("1939/1945") as [first, last]. */
  static int[] period(String iso) {
    if (iso.matches("\\d{3}")) {
      int d = Integer.parseInt(iso) * 10;
      return new int[] {d, d + 9};
    }
    if (iso.matches("\\d{2}")) {
      int c = Integer.parseInt(iso) * 100;
      return new int[] {c, c + 99};
    }
    String[] ends = iso.split("/");
    if (ends.length == 2 && ends[0].matches("\\d{4}.*") && ends[1].matches("\\d{4}.*")) {
      int a = Integer.parseInt(ends[0].substring(0, 4));
      int b = Integer.parseInt(ends[1].substring(0, 4));
      return a <= b ? new int[] {a, b} : null;
    }
    return null;
  }

  private static boolean shown(String line, String factText) {
    return factText != null && !factText.isBlank() && Pattern.compile("(?<![\\p{L}\\p{N}])"
        + Pattern.quote(factText.strip()) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(line).find();
  }
}
