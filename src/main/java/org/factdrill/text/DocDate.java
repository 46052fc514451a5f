package org.factdrill.text;

/**
 * The date a document states for itself (a dateline, a "published" line, a year in the title).
 *
 * @param year the year
 * @param month 1-12, or 0 when only the year is known
 * @param day 1-31, or 0 when not known
 * @param evidence where the date was read in the document's text
 * @param how which rule found it: "byline", "published", "dateline" or "title"
 */
public record DocDate(int year, int month, int day, Span evidence, String how) {
  /** ISO form: "1945", "1945-09" or "1945-09-02". */
  public String iso() {
    if (month == 0) {
      return String.format("%04d", year);
    }
    if (day == 0) {
      return String.format("%04d-%02d", year, month);
    }
    return String.format("%04d-%02d-%02d", year, month, day);
  }
}
