package org.factdrill.generate;

import java.util.List;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * Why an explicit year cannot date a later day or month written without one. A year that starts
 * or ends a span ("since 1990", "từ năm 1990", "מאז 1990", "с 1990 года", "until 1990") says
 * nothing about the year of what the text tells next; nor does a birth or death year, a cited
 * work's year or a period of several years. The words are the pack's ({@code span-start-words},
 * {@code span-end-words}, {@code life-words}, with {@code date-fillers} and {@code year-words}
 * passed over between them and the year: {@link org.factdrill.extract.LeadWords}, which extraction
 * asks too); the rule is the same in every language.
 */
final class AnchorDoubts {
  /** The doubt of a period of several years ("1992–1994"). */
  static final String PERIOD = "a period of several years";
  /** The doubt of a cited work's year ("Smith (1999)"). */
  static final String CITED = "a cited work's year";
  /** How the doubt of a date in another calendar starts ("another calendar: âm lịch"). */
  static final String OTHER = "another calendar: ";

  /** Why a day or month dated by a year with this doubt is not asked. */
  static SkipReason reason(String doubt) {
    return doubt.startsWith(OTHER) ? SkipReason.OTHER_CALENDAR : SkipReason.UNCERTAIN_YEAR;
  }

  /** True when a doubt also keeps a year from counting "the following year" on from it. */
  static boolean countsNothing(String doubt) {
    return doubt != null && (doubt.equals(CITED) || doubt.startsWith(OTHER));
  }

  private final org.factdrill.extract.LeadWords leads;
  private final OtherCalendars calendars;

  private AnchorDoubts(Language lang) {
    calendars = OtherCalendars.of(lang);
    leads = org.factdrill.extract.LeadWords.of(lang);
  }

  /** The doubts of a language, from its pack. */
  static AnchorDoubts of(Language lang) {
    return new AnchorDoubts(lang);
  }

  /**
   * Why the year of date fact {@code f} in {@code text} cannot date a later yearless day or month
   * ("starts a span: since"), or null when it can.
   */
  String of(String text, Fact f) {
    return of(text, List.of(), f);
  }

  /** The same, with the document's facts to tell which date a calendar marker qualifies. */
  String of(String text, List<Fact> facts, Fact f) {
    if (!(f.value() instanceof Value.Date d)) {
      return null;
    }
    String calendar = calendars.marker(text, facts, f);
    if (calendar != null) {
      return OTHER + calendar;
    }
    String[] parts = d.iso().split("/");
    if (parts.length > 1 && !parts[0].regionMatches(0, parts[parts.length - 1], 0, 4)) {
      return PERIOD;
    }
    if (Stem.citedWork(text, f)) {
      return CITED;
    }
    return leads.doubt(text, f.sentence() != null ? f.sentence().start() : 0, f.start(),
        f.text(), parts.length == 1 && parts[0].matches("\\d{4}-\\d\\d-\\d\\d"));
  }
}
