package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Value;

/**
 * Wrong values for a date, varying what its text writes: the year (years near the true one, and
 * one or two years the texts state elsewhere, never after the latest of them), the day (days of
 * the same month) or the month (the other months).
 */
final class DateCandidates {
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})(.*)$");

  private DateCandidates() {}

  /** Candidates for date {@code d} of shape {@code s}, most plausible first, added to out. */
  static void add(Value.Date d, OptionShape s, Set<Integer> corpusYears, SplittableRandom rnd,
      List<Value> out) {
    String iso = d.iso();
    if (s.mode == OptionShape.Mode.YEAR) {
      int year = d.year();
      boolean decade = iso.length() == 3;
      int step = decade ? 10 : 1;
      List<Integer> fromCorpus = new ArrayList<>();
      int latest = year;
      for (int y : corpusYears) {
        latest = Math.max(latest, y);
      }
      if (!decade) {
        for (int y : corpusYears) {
          if (y != year && Math.abs(y - year) <= 15) {
            fromCorpus.add(y);
          }
        }
      }
      Distractors.shuffle(fromCorpus, rnd);
      List<Integer> near = new ArrayList<>();
      for (int k = 1; k <= 8; k++) {
        // Not after the latest year the texts mention: a student could rule those out.
        if (year + k * step <= Math.max(latest, year + 5) || decade) {
          near.add(year + k * step);
        }
        near.add(year - k * step);
      }
      Distractors.shuffle(near, rnd);
      // One or two years the student has met elsewhere in the texts, the rest close by.
      int fromText = Math.min(fromCorpus.size(), 1 + rnd.nextInt(2));
      List<Integer> years = new ArrayList<>(fromCorpus.subList(0, fromText));
      years.addAll(near);
      years.addAll(fromCorpus.subList(fromText, fromCorpus.size()));
      for (int y : years) {
        out.add(new Value.Date(shiftYears(iso, y - year)));
      }
    } else if (s.mode == OptionShape.Mode.DAY) {
      int day = Integer.parseInt(iso.substring(iso.length() - 2));
      int monthLength = java.time.YearMonth.of(2000,
          Integer.parseInt(iso.substring(iso.length() - 5, iso.length() - 3))).lengthOfMonth();
      List<Integer> days = new ArrayList<>();
      for (int k = -12; k <= 12; k++) {
        if (k != 0 && day + k >= 1 && day + k <= monthLength) {
          days.add(day + k);
        }
      }
      Distractors.shuffle(days, rnd);
      for (int dd : days) {
        out.add(new Value.Date(iso.substring(0, iso.length() - 2) + String.format("%02d", dd)));
      }
    } else if (s.mode == OptionShape.Mode.MONTH) {
      int month = Integer.parseInt(iso.substring(iso.length() - 2));
      List<Integer> months = new ArrayList<>();
      for (int k = 1; k <= 12; k++) {
        if (k != month) {
          months.add(k);
        }
      }
      Distractors.shuffle(months, rnd);
      for (int mm : months) {
        out.add(new Value.Date(iso.substring(0, iso.length() - 2) + String.format("%02d", mm)));
      }
    }
  }

  /** Shifts every year of an ISO date (or date range, or decade) by {@code delta} years. */
  static String shiftYears(String iso, int delta) {
    StringBuilder b = new StringBuilder();
    String[] parts = iso.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        b.append('/');
      }
      String p = parts[i];
      if (p.length() == 3 && p.chars().allMatch(Character::isDigit)) {
        b.append(Integer.parseInt(p) + delta / 10);
        continue;
      }
      Matcher m = YEAR.matcher(p);
      if (m.matches()) {
        b.append(String.format("%04d", Integer.parseInt(m.group(1)) + delta)).append(m.group(2));
      } else {
        b.append(p);
      }
    }
    return b.toString();
  }
}
