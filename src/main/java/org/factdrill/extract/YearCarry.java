package org.factdrill.extract;

import java.util.Set;
import org.factdrill.text.DocDate;

/**
 * Whether a date that states its year gives that year to the days and months written without one
 * after it in its paragraph. It does not when it is a period of several years ("from 1930 to
 * 1935": a later day may be in any of them), when a word before it makes it the start or end of a
 * span or a birth or death ("từ năm 1930", "since 1930", "until 1935": {@link LeadWords}), nor
 * when it is the document's own date (a dateline, a post's or statement's date): when a text was
 * written is not the year of a day-month its body tells ("Ngày 31 tháng 8 năm 2015" above "the
 * National Day on 2 September"); the document's date dates its own story's days only by
 * {@link OwnTimeYears}' rule.
 */
final class YearCarry {
  /** The rules of {@code text/DocDates} that date the document itself (not a title's year). */
  static final Set<String> DATING = Set.of("byline", "published", "dateline");

  private YearCarry() {}

  /**
   * True when match {@code m} of tokens {@code t} over {@code text} (a date with its year) dates
   * later yearless days and months; {@code own} is the document's date (null when none).
   */
  static boolean carries(String text, Toks t, Match m, LeadWords leads, DocDate own) {
    if (((Value.Date) m.value()).isRange()) {
      // A period names both its ends ("from 3 January to 14 February 1945"): its own "from"
      // opens no span; a period inside one year gives that year, one over several none.
      return !acrossYears(m.value());
    }
    int start = t.startOf(m.from());
    int end = t.endOf(m.to() - 1);
    if (own != null && DATING.contains(own.how()) && own.evidence().start() < end
        && start < own.evidence().end()) {
      return false;
    }
    String iso = ((Value.Date) m.value()).iso();
    boolean full = iso.length() == 10 && Character.isDigit(iso.charAt(0));
    return leads.doubt(text, sentenceStart(text, start), start, text.substring(start, end), full)
        == null;
  }

  /**
   * Where the sentence holding {@code at} starts, looked for no further back than a lead word
   * reaches: after the last line break or sentence-ending mark followed by a space.
   */
  private static int sentenceStart(String text, int at) {
    int k = at - 1;
    int stop = Math.max(0, at - 60);
    while (k >= stop) {
      char c = text.charAt(k);
      if (c == '\n' || (c == '.' || c == '!' || c == '?') && k + 1 < at
          && Character.isWhitespace(text.charAt(k + 1))) {
        return k + 1;
      }
      k--;
    }
    return stop;
  }

  /** A period whose two ends are in different years. */
  private static boolean acrossYears(Value v) {
    if (!(v instanceof Value.Date d) || !d.isRange()) {
      return false;
    }
    String[] ends = d.iso().split("/");
    return ends.length == 2 && new Value.Date(ends[1]).year() != d.year();
  }
}
