package org.factdrill.extract;

import java.util.List;
import java.util.Set;
import org.factdrill.text.Language;
import org.factdrill.text.DocDate;

/**
 * The year of a day or month written without one in a dated story that tells its own time: a
 * news story, statement or post dated by its byline, "published" line or dateline ("Ngày 31
 * tháng 8 năm 2015", "PARIS, 5 May 2010 –") that states no other year than its date's ("I
 * visited Vietnam in August" in a statement dated 31 August 2015: 2015-08). A month not
 * later than the document's is the document's year, and so is a later day of its own month (an
 * event to come in it: "Tết falls on 10 February" in a statement of 6 February; a day a year
 * back would say "last year"). A later month is left without a year: it may be last year's or
 * an event to come, and the text does not say which. The day of an observance the text names
 * ("the National Day on 2 September") is a day of every year and keeps no year.
 * A story that states another year anywhere tells another time too ("the war began on June
 * 25, 1950 … on June 27"; a page dated 2009 on the sixtieth anniversary of 1945's "May 8"), and
 * which time a yearless day is in is then the paragraph's to say (FactExtractor), or nobody's.
 */
final class OwnTimeYears {
  private OwnTimeYears() {}

  /**
   * {@code String.format("%04d", year)} without a Formatter: made for every dated document, the
   * Formatter cost as much as the rest of this step.
   */
  static String fourDigits(int year) {
    return year >= 0 ? DateParts.year(year).iso() : String.format("%04d", year);
  }

  /** The years (or decades, centuries) {@code iso} states other than {@code own}. */
  private static List<String> otherYears(String iso, String own) {
    List<String> out = new java.util.ArrayList<>();
    for (String part : iso.split("/")) {
      if (!part.startsWith("--")) {
        String y = part.length() >= 4 && part.charAt(0) != '-' ? part.substring(0, 4) : part;
        if (!y.equals(own)) {
          out.add(y);
        }
      }
    }
    return out;
  }

  /**
   * Gives the document's year to the yearless dates of {@code found} (in text order) that tell
   * its own time; {@code other} holds the matches of another calendar, which neither take nor
   * state a Gregorian year. The day of an observance {@code text} names keeps no year
   * ({@link ObservanceDays}): a statement dated 5 September about "the National Day on 2
   * September" speaks of a day of every year.
   */
  static void fill(List<Match> found, DocDate doc, Set<Match> other, Language lang, String text) {
    if (doc == null || doc.month() == 0 || !YearCarry.DATING.contains(doc.how())) {
      return;
    }
    String own = fourDigits(doc.year());
    for (Match m : found) {
      if (m.kind() == FactKind.DATE && !other.contains(m)
          && !otherYears(((Value.Date) m.value()).iso(), own).isEmpty()) {
        return; // the story states another year: it is not (only) about its own time
      }
    }
    for (int k = 0; k < found.size(); k++) {
      Match m = found.get(k);
      if (m.kind() != FactKind.DATE || other.contains(m) || m.year() != Match.NO_YEAR) {
        continue;
      }
      String iso = ((Value.Date) m.value()).iso();
      if (!iso.startsWith("--") || iso.contains("/")) {
        continue;
      }
      int month = Integer.parseInt(iso.substring(2, 4));
      int day = iso.length() > 4 ? Integer.parseInt(iso.substring(5, 7)) : 0;
      if (month <= doc.month() && (day == 0 || !ObservanceDays.named(lang, text, month, day))) {
        found.set(k, FactExtractor.fillYear(m, doc.year()));
      }
    }
  }
}
