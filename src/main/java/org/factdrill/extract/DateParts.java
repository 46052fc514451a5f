package org.factdrill.extract;

/**
 * A calendar date with reduced precision: a year (negative before the common era), a month and
 * a day, each possibly absent; or a decade / century. {@link #iso()} writes the contract's form.
 *
 * @param year the year, or {@link Match#NO_YEAR}
 * @param month 1-12, or 0
 * @param day 1-31, or 0
 * @param prefixDigits for decades and centuries the leading digits ("199", "18"), else null
 */
record DateParts(int year, int month, int day, String prefixDigits) {

  static DateParts year(int y) {
    return new DateParts(y, 0, 0, null);
  }

  static DateParts of(int y, int m, int d) {
    return new DateParts(y, m, d, null);
  }

  static DateParts decade(int firstYear) {
    String s = String.valueOf(firstYear);
    return new DateParts(firstYear, 0, 0, firstYear % 100 == 0 && firstYear >= 1000
        ? s.substring(0, 2) : s.substring(0, s.length() - 1));
  }

  static DateParts century(int ordinal) {
    StringBuilder b = new StringBuilder(2);
    return new DateParts((ordinal - 1) * 100, 0, 0, pad(b, ordinal - 1, 2).toString());
  }

  /**
   * The century {@code ordinal} before the common era: "-04" for the 5th century BC, the AD
   * form negated as a BC year is ("-0044"); its year is the century's first, -500 (500 BC), so
   * that centuries sort with years and with each other.
   */
  static DateParts centuryBc(int ordinal) {
    StringBuilder b = new StringBuilder(3).append('-');
    return new DateParts(-ordinal * 100, 0, 0, pad(b, ordinal - 1, 2).toString());
  }

  /** True for a century written with its era before the common era ("-04"). */
  boolean centuryBeforeEra() {
    return prefixDigits != null && prefixDigits.startsWith("-");
  }

  /** This century moved before the common era (the 5th century read as the 5th century BC). */
  DateParts asCenturyBc() {
    return centuryBc(year / 100 + 1);
  }

  boolean hasYear() {
    return year != Match.NO_YEAR;
  }

  DateParts withYear(int y) {
    return new DateParts(y, month, day, prefixDigits);
  }

  static boolean valid(int m, int d) {
    if (m < 1 || m > 12 || d < 0 || d > 31) {
      return false;
    }
    int[] max = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return d <= max[m - 1];
  }

  String iso() {
    if (prefixDigits != null) {
      return prefixDigits;
    }
    StringBuilder b = new StringBuilder();
    if (hasYear()) {
      if (year < 0) {
        b.append('-');
      }
      pad(b, Math.abs(year), 4);
    } else {
      b.append('-');
    }
    if (month > 0) {
      pad(b.append('-'), month, 2);
      if (day > 0) {
        pad(b.append('-'), day, 2);
      }
    }
    return b.toString();
  }

  /** Appends v zero-padded to at least {@code width} digits ("%0Nd" without a Formatter: hot). */
  private static StringBuilder pad(StringBuilder b, int v, int width) {
    int digits = 1;
    for (int x = v; x >= 10; x /= 10) {
      digits++;
    }
    for (int k = digits; k < width; k++) {
      b.append('0');
    }
    return b.append(v);
  }

  /** Orders dates by year, month, day; a missing part sorts first. */
  int compareTo(DateParts o) {
    int c = Integer.compare(year, o.year);
    if (c == 0) {
      c = Integer.compare(month, o.month);
    }
    return c != 0 ? c : Integer.compare(day, o.day);
  }
}
