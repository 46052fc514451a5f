package org.factdrill.extract;

/**
 * Marks a time zone's offset: a signed number of hours after the name of a time standard
 * ("UTC +2", "GMT−5", "UTC+05:30", from every pack's {@code zone-names}) places a clock, it
 * counts nothing.
 */
final class ZoneOffsets {
  private ZoneOffsets() {}

  static void mark(Toks t) {
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
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
}
