package org.factdrill.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two pieces of a page's interface that hold dates and numbers but no fact: the line that says
 * when the page was rendered (a clock time to the minute within its first words, then the day:
 * "It is now 14:05 on Friday, 3 May 2024 (UTC) | Refresh"), and a month calendar's grid (four
 * or more rows of nothing but day numbers, up to seven a row, that count up by one from row to
 * row: "1 | 2 | 3 … 7", "8 | 9 …" to the month's last day, 28 to 31, with the box's head above it: a caption "June 1950", a
 * weekday row). Both are {@link LineClass#CHROME}: the extractor records no
 * fact there. A talk page's signature ("… said so. Name 09:25, 26 June 2013 (UTC)") is prose
 * before its clock, and stays what it is.
 */
final class CalendarChrome {
  /** A clock time to the minute ("20:23", "9:05"), not part of a longer figure ("1:2:3", "12:30:45" kept). */
  private static final Pattern CLOCK = Pattern.compile("(?<![\\d:.,])\\d{1,2}:[0-5]\\d(?![\\d:])");
  /** A year's four digits. */
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
  /** At most this many words stand before a render line's clock ("It is now"). */
  private static final int CLOCK_LEAD = 3;
  /** A render line is short: a clock, a date and a link or two. */
  private static final int CLOCK_LINE_WORDS = 20;
  /** A calendar's grid has at least this many rows (a month of 28 days or more, seven a row). */
  private static final int GRID_ROWS = 4;
  /** ... and its days run from 1 to at least this day (28 to 31: a whole month). */
  private static final int MONTH_DAYS = 28;
  /** A calendar's head (caption, weekday row, arrows) above its grid has at most this many lines. */
  private static final int CAPTION_LINES = 3;
  /** ... and each of them at most this many words. */
  private static final int CAPTION_WORDS = 8;
  /** A week. */
  private static final int WEEK = 7;

  private CalendarChrome() {}

  /** Reclassifies render-time lines and calendar grids among {@code blocks}, in place. */
  static void mark(String text, List<Block> blocks, LayoutWords w) {
    DateGrids.mark(text, blocks, w);
    int runStart = -1;
    int rows = 0;
    int next = 1;
    for (int i = 0; i <= blocks.size(); i++) {
      String s = i < blocks.size() ? blocks.get(i).of(text) : "";
      int[] days = i < blocks.size() && rows > 0 ? gridDays(s, next) : null;
      if (days == null) {
        // The run so far ends here; this block may open a new one (its first day 1).
        markRun(text, w, blocks, runStart, i, rows > 0 && next > MONTH_DAYS ? rows : 0);
        days = i < blocks.size() ? gridDays(s, 1) : null;
        runStart = i;
        rows = 0;
      }
      if (days != null) {
        rows += days[1];
        next = days[0] + 1;
      }
      if (i < blocks.size() && s.indexOf(':') >= 0 && renderLine(s.strip())) {
        Block b = blocks.get(i);
        blocks.set(i, new Block(b.span(), LineClass.CHROME, b.origin()));
      }
    }
  }

  /** Marks blocks [from, to) when they hold a grid of {@link #GRID_ROWS} rows or more. */
  private static void markRun(String text, LayoutWords w, List<Block> blocks, int from, int to, int rows) {
    if (rows < GRID_ROWS) {
      return;
    }
    for (int k = from; k < to; k++) {
      Block b = blocks.get(k);
      blocks.set(k, new Block(b.span(), LineClass.CHROME, b.origin()));
    }
    // The calendar's head above its grid (its weekday row, its caption: a month and a year) is
    // the box's, not the page's: the caption's year dates no day of the text.
    for (int k = from - 1; k >= 0 && k >= from - CAPTION_LINES; k--) {
      Block b = blocks.get(k);
      String s = b.of(text).strip();
      if (s.indexOf('\n') >= 0 || letterWords(s) > CAPTION_WORDS || LayoutClassifier.terminal(s)) {
        break;
      }
      blocks.set(k, new Block(b.span(), LineClass.CHROME, b.origin()));
      if (w.months().matcher(s).find()) {
        break; // (the caption, naming the month, is the box's top line)
      }
    }
  }

  /** The words of {@code s} that hold a letter (a bar or an arrow between cells is no word). */
  private static int letterWords(String s) {
    int n = 0;
    for (String x : s.split("[\\s|]+")) {
      n += x.codePoints().anyMatch(Character::isLetter) ? 1 : 0;
    }
    return n;
  }

  /**
   * True when the line opens with a clock time (after at most {@link #CLOCK_LEAD} words and no
   * sentence mark) and states a year after it, in a short line that ends no sentence.
   */
  static boolean renderLine(String line) {
    Matcher m = CLOCK.matcher(line);
    if (!m.find()) {
      return false;
    }
    String lead = line.substring(0, m.start());
    return LayoutClassifier.words(lead) <= CLOCK_LEAD && !lead.matches("(?s).*[.!?;].*")
        && YEAR.matcher(line).find(m.end()) && LayoutClassifier.words(line) <= CLOCK_LINE_WORDS
        && !LayoutClassifier.terminal(line);
  }

  /**
   * The days of a block whose every line is a grid row: only numbers and separators, at most
   * seven numbers a row, each one more than the one before, the first {@code from}, none above
   * 31; as {last day, rows}, or null.
   */
  static int[] gridDays(String block, int from) {
    int prev = from - 1;
    int rows = 0;
    for (String line : block.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      int n = 0;
      int i = 0;
      while (i < line.length()) {
        char c = line.charAt(i);
        if (c >= '0' && c <= '9') {
          int j = i;
          while (j < line.length() && line.charAt(j) >= '0' && line.charAt(j) <= '9') {
            j++;
          }
          if (j - i > 2 || Integer.parseInt(line, i, j, 10) != prev + 1) {
            return null;
          }
          prev++;
          n++;
          i = j;
        } else if (c == '|' || c == '\t' || c == ' ' || c == '\u00a0') {
          i++;
        } else {
          return null;
        }
      }
      if (n == 0 || n > WEEK || prev > 31) {
        return null;
      }
      rows++;
    }
    return rows == 0 ? null : new int[] {prev, rows};
  }
}
