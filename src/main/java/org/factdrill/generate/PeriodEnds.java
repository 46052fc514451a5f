package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;

/**
 * What one end of a period writes itself. Two ends often share a part written once: "from 2 to
 * 30 April 1984" writes the month and year once, for both ends. Asked in the period's frame, an
 * end is blanked without that shared part ("from 2 to _____ April 1984"): it is no part of the
 * answer, and blanking it would hide what the other end needs. An end that borrows the shared
 * part ("2") is blanked as what it writes.
 */
final class PeriodEnds {
  private static final Pattern NUMBER = Pattern.compile("(?<!\\d)\\d{1,4}(?!\\d)");
  private static final Pattern NUMERIC_DATE = Pattern.compile("\\d\\s*[/.]\\s*\\d");

  private PeriodEnds() {}

  /** Where a date's text writes its year, month and day ([start, end) each, or null). */
  private record Parts(int[] year, int[] month, int[] day) {
    List<int[]> written() {
      List<int[]> out = new ArrayList<>();
      for (int[] p : new int[][] {year, month, day}) {
        if (p != null) {
          out.add(p);
        }
      }
      return out;
    }
  }

  /**
   * End {@code e} of {@code period}, narrowed to the parts of its text that are its own: without
   * a year, month or day written once for both ends; unchanged when nothing is shared or the
   * parts cannot be told apart ("4 tháng 4", a numeric "2/4").
   */
  static Fact own(Fact e, Fact period) {
    Fact other = Periods.otherEnd(period, e);
    if (other == null || !(e.value() instanceof Value.Date d)
        || !(other.value() instanceof Value.Date o) || NUMERIC_DATE.matcher(e.text()).find()) {
      return e;
    }
    Parts mine = parts(e.text(), d.iso());
    Parts theirs = parts(other.text(), o.iso());
    if (mine == null || theirs == null) {
      return e;
    }
    boolean borrows = d.iso().length() >= 7 && mine.month == null
        || d.iso().length() >= 10 && mine.day == null || mine.year == null;
    List<int[]> shared = new ArrayList<>();
    List<int[]> own = new ArrayList<>();
    sort(mine.year, theirs.year == null && d.year() == o.year(), shared, own);
    sort(mine.month, theirs.month == null && d.iso().length() >= 7 && o.iso().length() >= 7
        && d.iso().substring(0, 7).equals(o.iso().substring(0, 7)), shared, own);
    sort(mine.day, false, shared, own);
    if (shared.isEmpty() && !borrows || own.isEmpty()) {
      return e;
    }
    int a = own.stream().mapToInt(p -> p[0]).min().orElseThrow();
    int b = own.stream().mapToInt(p -> p[1]).max().orElseThrow();
    for (int[] p : shared) {
      if (p[0] < b && a < p[1]) {
        return e; // the shared part stands between the end's own parts
      }
    }
    if (a == 0 && b == e.text().length()) {
      return e;
    }
    return new Fact(e.start() + a, e.start() + b, e.text().substring(a, b), e.kind(), e.value(),
        e.unit(), e.approx(), e.sentence());
  }

  private static void sort(int[] part, boolean isShared, List<int[]> shared, List<int[]> own) {
    if (part != null) {
      (isShared ? shared : own).add(part);
    }
  }

  /**
   * The parts a date's text writes, by value: the year as four digits, the month by name or as a
   * number of its own, the day as a number; null when a month and day of equal number leave it
   * open which is which.
   */
  private static Parts parts(String text, String iso) {
    int year = iso.length() >= 4 && Character.isDigit(iso.charAt(0))
        ? Integer.parseInt(iso.substring(0, 4)) : -1;
    int month = iso.length() >= 7 ? Integer.parseInt(iso.substring(5, 7)) : -1;
    int day = iso.length() >= 10 ? Integer.parseInt(iso.substring(8, 10)) : -1;
    int[] y = null;
    List<int[]> small = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      int n = Integer.parseInt(m.group());
      if (m.group().length() == 4 && n == year) {
        y = new int[] {m.start(), m.end()};
      } else if (m.group().length() <= 2) {
        small.add(new int[] {m.start(), m.end(), n});
      }
    }
    int[] mo = null;
    if (month > 0) {
      Months.Match named = Months.find(text, month);
      if (named != null) {
        mo = new int[] {named.start(), named.end()};
      } else if (month == day) {
        return small.size() > 1 ? null : new Parts(y, null, pick(small, day));
      } else {
        mo = pick(small, month);
      }
    }
    return new Parts(y, mo, day > 0 ? pick(small, day) : null);
  }

  private static int[] pick(List<int[]> runs, int n) {
    for (int[] r : runs) {
      if (r[2] == n) {
        return new int[] {r[0], r[1]};
      }
    }
    return null;
  }
}
