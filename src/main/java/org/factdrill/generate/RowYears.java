package org.factdrill.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;

/**
 * The rows of a chronology: lines that each open with a date stating its year (after a bullet
 * mark at most), then a dash or a colon, written in order of their years. Such a page may cover
 * centuries, so the story that bounds one row's wrong years is the rows around it: from the year
 * of the second row before it to that of the second row after (a chronology writes in order, so
 * a year outside them is ruled out by the rows a student reads), widened by {@link
 * YearOptions#STORY_MARGIN} as the story's span is. A year lower than the row before starts another
 * list (another day of an "on this day" page), as does prose of more than a few lines between.
 */
final class RowYears {
  /** A chronology has at least this many rows in order; two dated lines are no chronology. */
  static final int MIN_ROWS = 4;
  /** Rows read on each side of the asked one. */
  static final int REACH = 2;
  /** More non-blank lines than this between two rows end the list. */
  static final int MAX_GAP_LINES = 3;

  /** Each row head's window, by the offset the fact starts at (facts are rebuilt on the way). */
  private final Map<Integer, int[]> windows = new HashMap<>();

  private RowYears() {}

  /** The chronology rows among {@code facts} (in document order) of {@code text}. */
  static RowYears of(String text, List<Fact> facts) {
    RowYears out = new RowYears();
    List<Fact> run = new ArrayList<>();
    int lastYear = Integer.MIN_VALUE;
    int lastLineEnd = -1;
    for (Fact f : facts) {
      int year = f.value() instanceof Value.Date d ? d.year() : -1;
      if (year <= 0 || !heads(text, f)) {
        continue;
      }
      int lineStart = text.lastIndexOf('\n', f.start() - 1) + 1;
      if (!run.isEmpty() && (year < lastYear
          || linesBetween(text, lastLineEnd, lineStart) > MAX_GAP_LINES)) {
        out.close(run);
        run = new ArrayList<>();
      }
      run.add(f);
      lastYear = year;
      int end = text.indexOf('\n', f.end());
      lastLineEnd = end < 0 ? text.length() : end;
    }
    out.close(run);
    return out;
  }

  /** The years a wrong option of {@code f} may take: any, unless it heads a chronology row. */
  IntPredicate near(Fact f, int answerYear) {
    int[] w = windows.get(f.start());
    if (w == null || answerYear <= 0) {
      return y -> true;
    }
    int lo = Math.min(w[0], answerYear) - YearOptions.STORY_MARGIN;
    int hi = Math.max(w[1], answerYear) + YearOptions.STORY_MARGIN;
    return y -> y < 0 || y >= lo && y <= hi;
  }

  private void close(List<Fact> run) {
    if (run.size() < MIN_ROWS) {
      return;
    }
    for (int i = 0; i < run.size(); i++) {
      int lo = i == 0 ? Integer.MIN_VALUE / 2 : year(run.get(Math.max(0, i - REACH)));
      int hi = i == run.size() - 1 ? Integer.MAX_VALUE / 2
          : year(run.get(Math.min(run.size() - 1, i + REACH)));
      windows.put(run.get(i).start(), new int[] {lo, hi});
    }
  }

  private static int year(Fact f) {
    return ((Value.Date) f.value()).year();
  }

  /** The fact opens its line (a bullet mark at most before it) and a dash or colon follows. */
  private static boolean heads(String text, Fact f) {
    int lineStart = text.lastIndexOf('\n', f.start() - 1) + 1;
    for (int k = lineStart; k < f.start(); k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && "-–—•*·".indexOf(c) < 0) {
        return false;
      }
    }
    int k = f.end();
    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k++;
    }
    return k < text.length() && "-–—:".indexOf(text.charAt(k)) >= 0;
  }

  private static int linesBetween(String text, int from, int to) {
    int n = 0;
    if (from < 0 || to <= from) {
      return 0;
    }
    for (String line : text.substring(from, to).split("\n")) {
      n += line.isBlank() ? 0 : 1;
    }
    return n;
  }
}
