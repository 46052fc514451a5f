package org.factdrill.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An archive's month view written as lines: a run of consecutive lines, each a full date of the
 * same month and year ("2 Tuesday, 2 June 1931", "Thứ Ba, 2/6/1931"), with at most a day number,
 * a weekday or a short count line ("1 issue") beside or between them, is a calendar grid: the
 * page's navigation, not facts, and not the date of the text. Its lines become
 * {@link LineClass#CHROME}. Two dated lines in prose never make a grid (a grid's date line holds
 * almost no words besides its date, and a run needs {@link #GRID_DATES} of them).
 */
final class DateGrids {
  /** A grid shows at least this many days of one month. */
  private static final int GRID_DATES = 4;
  /** Words besides the date (and its weekday) that a grid's line may hold: a count's noun. */
  private static final int SIDE_WORDS = 2;
  /** A line longer than this is no grid cell (a cheap test before any date is parsed). */
  private static final int CELL_CHARS = 60;
  private static final Pattern NO_WORDS = Pattern.compile("[\\d\\s\\p{P}\\p{S}]+");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private DateGrids() {}

  /** Marks every run of a month's full dates one per line among {@code blocks}, in place. */
  static void mark(String text, List<Block> blocks, LayoutWords w) {
    int from = -1;
    int month = -1;
    int dates = 0;
    int last = 0;
    int dir = 0;
    for (int i = 0; i <= blocks.size(); i++) {
      long[] cells = i < blocks.size() ? cells(blocks.get(i).of(text), w) : null;
      boolean goes = cells != null && from >= 0;
      if (goes) {
        // Every date of the block must be of the run's month and keep its order.
        for (int k = 0; k < cells.length && goes; k++) {
          int key = (int) (cells[k] >> 8);
          int day = (int) (cells[k] & 0xff);
          int d = Integer.signum(day - last);
          goes = (month < 0 || key == month) && (dates == 0 || d != 0 && (dir == 0 || d == dir));
          if (goes) {
            dir = dates == 0 ? 0 : d;
            month = key;
            last = day;
            dates++;
          }
        }
      }
      if (!goes) {
        if (from >= 0 && dates >= GRID_DATES) {
          for (int k = from; k < i; k++) {
            Block b = blocks.get(k);
            blocks.set(k, new Block(b.span(), LineClass.CHROME, b.origin()));
          }
        }
        from = -1;
        month = -1;
        dates = 0;
        dir = 0;
        // A block of dates opens a new run (a count line alone opens none).
        if (cells != null && cells.length > 0 && sameMonth(cells)) {
          from = i;
          for (long c : cells) {
            int day = (int) (c & 0xff);
            dir = dates == 0 ? 0 : Integer.signum(day - last);
            month = (int) (c >> 8);
            last = day;
            dates++;
          }
        }
      }
    }
  }

  private static boolean sameMonth(long[] cells) {
    for (long c : cells) {
      if (c >> 8 != cells[0] >> 8) {
        return false;
      }
    }
    return true;
  }

  /**
   * The full dates of a block whose every line is a grid cell (a full date with at most a day
   * number, a weekday and a count beside it, or a count line alone: a figure and at most
   * {@link #SIDE_WORDS} words), as (year * 13 + month) << 8 | day each; null when a line is none.
   */
  private static long[] cells(String block, LayoutWords w) {
    String[] lines = block.split("\n");
    long[] out = new long[lines.length];
    int n = 0;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.length() > CELL_CHARS || !DIGIT.matcher(line).find()) {
        return null;
      }
      Optional<DocDate> d = DocDates.parse(line, 0, w.language(), "grid");
      String side = line;
      if (d.isPresent() && d.get().day() > 0 && d.get().month() > 0) {
        side = line.substring(0, d.get().evidence().start()) + " "
            + line.substring(d.get().evidence().end());
        out[n++] = ((long) d.get().year() * 13 + d.get().month()) << 8 | d.get().day();
      }
      side = w.withoutWeekdays(w.months().matcher(side).replaceAll(" "));
      // Words left beside the date are a count's noun ("2 issues"), never a name: a row
      // "3 May 1945 – Armistice" of a timeline is a fact, not a cell.
      int words = LayoutClassifier.words(NO_WORDS.matcher(side).replaceAll(" ").strip());
      boolean count = DIGIT.matcher(side).find();
      if (words > (count ? SIDE_WORDS : 0)
          && (count || !DatedRows.date(w.withoutWeekdays(line), w))) { // ("ngày", "năm")
        return null;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
