package org.factdrill.extract;

/**
 * Marks a time zone's offset: a signed number of hours after the name of a time standard
 * ("UTC +2", "GMT−5", "UTC+05:30", from every pack's {@code zone-names}) places a clock, it
 * counts nothing. So does a time of the 24-hour clock written as four digits before a zone's name
 * ("2200 EST", "0400 UTC"), or with its leading zero before the word for hours ("0630 hours"): a
 * count is never written with a leading zero, and a number of hours and minutes that a zone
 * follows is a time of day.
 */
final class ZoneOffsets {
  private ZoneOffsets() {}

  static void mark(Toks t) {
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (clock(t, i)) {
        t.blocked[i] = true;
        continue;
      }
      int sign = i - 1;
      if (!t.isDigits(i) || t.endOf(i) - t.startOf(i) > 2 || !t.attached(i)
          || !(t.isPunct(sign, '+') || t.isDash(sign) || t.isPunct(sign, '\u00b1'))
          || !t.isWordTok(sign - 1) || !AllPacks.ZONE_NAMES.contains(t.norm(sign - 1))) {
        continue;
      }
      int e = i + 1;
      // "+05:30": the minutes too
      if (t.isPunct(e, ':') && t.attached(e) && t.isDigits(e + 1) && t.attached(e + 1)) {
        e += 2;
      }
      for (int k = sign; k < e; k++) {
        t.blocked[k] = true;
      }
    }
  }

  /** Digits i are a 24-hour time ("2200", "0630") that a zone's name or, after a zero, "hours" follows. */
  private static boolean clock(Toks t, int i) {
    if (!t.isDigits(i) || t.endOf(i) - t.startOf(i) != 4 || t.attached(i) && t.isDigits(i - 2)
        || !t.isWordTok(i + 1) || t.attached(i + 1)) {
      return false;
    }
    int s = t.startOf(i);
    int hours = (t.chars[s] - '0') * 10 + t.chars[s + 1] - '0';
    int minutes = (t.chars[s + 2] - '0') * 10 + t.chars[s + 3] - '0';
    if (hours > 23 || minutes > 59) {
      return false;
    }
    String next = t.norm(i + 1);
    return AllPacks.ZONE_NAMES.contains(next)
        || t.chars[s] == '0' && AllPacks.CLOCK_HOURS.contains(next);
  }
}
