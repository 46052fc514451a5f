package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * The absolute times a document gives to resolve relative ones against: its own date (a dateline
 * near the top, or a line saying when it was published) and every explicit year with its place.
 */
final class TimeAnchors {
  /** An absolute time found in the text: year (month, day when known, else 0) and where. */
  record Anchor(int year, int month, int day, int start, String text, boolean docDate,
      int firstYear, String doubt) {
    Anchor(int year, int month, int day, int start, String text, boolean docDate) {
      this(year, month, day, start, text, docDate, year, null);
    }

    /**
     * Why this year cannot date a later day or month written without one (it starts or ends a
     * span, is a birth, a citation, a period: {@link AnchorDoubts}), or null when it can.
     */
    public String doubt() {
      return doubt;
    }

    /** How the bank records it: "document date '5 October 2020' at 45" or "'1991' at 1200". */
    String evidence() {
      return (docDate ? "document date " : "") + "'" + text + "' at " + start;
    }
  }

  private static final int DATELINE_ZONE = 800;
  /** A line this short is a byline or a page's date line, not a paragraph. */
  private static final int SHORT_LINE = 80;
  /** How far (characters) before its date a "published" word may stand in a longer line. */
  private static final int NEAR = 40;

  private final Language lang;
  private final Anchor docDate;
  private final List<Anchor> years;
  private final String text;
  /** The document's lines and paragraphs (blocks), or null when only the text is known. */
  private final org.factdrill.text.Layout layout;
  /** Bare years written in a lunar frame (a cycle name or reign year beside them), by start. */
  private final java.util.Map<Integer, String> lunar;
  /** The year of a year article's title ({@link YearArticles}), or null. */
  private final Anchor titleYear;

  private TimeAnchors(Language lang, Anchor docDate, List<Anchor> years, String text,
      org.factdrill.text.Layout layout, java.util.Map<Integer, String> lunar, Anchor titleYear) {
    this.lang = lang;
    this.titleYear = titleYear;
    this.docDate = docDate;
    this.years = years;
    this.text = text;
    this.layout = layout;
    this.lunar = lunar;
  }

  /** Anchors of a document in {@code lang} from the facts found in it. */
  static TimeAnchors of(Language lang, String text, List<Fact> facts) {
    return of(lang, text, facts, null);
  }

  /**
   * Anchors of a document in {@code lang} from the facts found in it; with its layout, a
   * yearless date looks for its year only within its own block (a line of a pasted page, a
   * paragraph). The language's pack says which years start or end a span and so date nothing
   * after them, and which words on a line date the document.
   */
  static TimeAnchors of(Language lang, String text, List<Fact> facts,
      org.factdrill.text.Layout layout) {
    AnchorDoubts doubts = AnchorDoubts.of(lang);
    Pattern published = publishedWords(lang);
    List<Anchor> years = new ArrayList<>();
    Anchor docDate = null;
    java.util.Map<Integer, String> lunar = new java.util.HashMap<>();
    for (Fact f : facts) {
      if (!(f.value() instanceof Value.Date d) || d.year() <= 0) {
        continue;
      }
      if (d.iso().length() >= 7 && !d.isRange() && !f.text().contains(String.valueOf(d.year()))) {
        continue; // "May 8" whose year the extractor carried over: no evidence of a year
      }
      String[] parts = d.iso().split("/");
      int[] ymd = ymd(parts[0]);
      int[] last = parts.length > 1 ? ymd(parts[parts.length - 1]) : ymd;
      // A period "1992-1994" counts forward from its end and back from its start.
      String doubt = doubts.of(text, facts, f);
      String frame = doubt == null ? OtherCalendars.of(lang).lunarFrame(text, f) : null;
      if (frame != null) {
        lunar.put(f.start(), frame);
      }
      if (parts.length == 1 && ymd[1] == 0 && f.sentence() != null) { // "Cách mạng tháng Ba năm 1930"
        ymd[1] = org.factdrill.extract.NamedMonthYears.month(text, f.sentence().start(), f.start(), lang);
        ymd[1] = ymd[1] > 0 ? ymd[1] : MonthNamedYear.month(lang, text, f.sentence().start(), f.start());
      }
      years.add(last[0] > 0
          ? new Anchor(last[0], last[1], last[2], f.start(), f.text(), false, ymd[0], doubt)
          : new Anchor(ymd[0], ymd[1], ymd[2], f.start(), f.text(), false, ymd[0], doubt));
      if (docDate == null && parts.length == 1 && f.start() < DATELINE_ZONE
          && datelineLike(text, f, ymd, published)) {
        docDate = new Anchor(ymd[0], ymd[1], ymd[2], f.start(), f.text(), true);
      }
    }
    return new TimeAnchors(lang, docDate, years, text, layout, lunar,
        layout == null ? null : titleYear(layout, lang));
  }

  /** The title's year as an anchor when the page is a year article, else null. */
  private static Anchor titleYear(org.factdrill.text.Layout layout, Language lang) {
    int year = YearArticles.year(layout.title(), lang);
    if (year <= 0) {
      return null;
    }
    int at = layout.titleLine().map(org.factdrill.text.Span::start).orElse(0);
    return new Anchor(year, 0, 0, at, "title " + layout.title(), false);
  }

  /** The day of a date "--MM-DD" or "YYYY-MM-DD", else 0 (a month, a year, a period). */
  static int dayOf(String iso) {
    return iso.matches("(?:--|\\d{4}-)\\d\\d-\\d\\d")
        ? Integer.parseInt(iso.substring(iso.length() - 2)) : 0;
  }

  private static int[] ymd(String iso) {
    String[] p = iso.split("-");
    int y = p[0].length() == 4 ? Integer.parseInt(p[0]) : -1;
    int m = p.length > 1 ? Integer.parseInt(p[1]) : 0;
    int d = p.length > 2 ? Integer.parseInt(p[2]) : 0;
    return new int[] {y, m, d};
  }

  /**
   * A date that dates the document: alone on a short line (a dateline, a byline's date), or on a
   * line that says the text was published or updated.
   */
  private static boolean datelineLike(String text, Fact f, int[] ymd, Pattern published) {
    int ls = text.lastIndexOf('\n', f.start() - 1) + 1;
    int le = text.indexOf('\n', f.end());
    String line = text.substring(ls, le < 0 ? text.length() : le).strip();
    String raw = text.substring(ls, le < 0 ? text.length() : le);
    if (published != null && publishedNear(published, raw, f.start() - ls)) {
      return true;
    }
    if (ymd[1] > 0 && org.factdrill.text.Datelines.dateAt(raw, f.start() - ls)) {
      return true; // "PARIS, 5 May 2010 – …": the day the report was filed
    }
    if (recordField(text.substring(ls, f.start()))) {
      return false; // "Joined: 11 Dec 2004", "Born: …": a date of the record's subject
    }
    // A year alone on a short line is a title's ("The Border War of 1979"): the topic's span,
    // not the day the text was written, so it never dates a yearless day.
    return ymd[1] > 0 && ymd[2] > 0 && line.length() <= 60 && !line.matches(".*[.!?…]$")
        && line.toLowerCase(Locale.ROOT).split("\\s+").length <= 8;
  }

  /**
   * Whether a word saying the text was published dates the date at {@code at}: on a short line
   * ("Published: 5 May 2010 | Updated …"), or a few words before the date among a paragraph's
   * first words. The same word far from the date, or inside a sentence ("…, published in 1901"),
   * says nothing of the text.
   */
  private static int lead(String line) {
    int k = 0;
    while (k < line.length() && Character.isWhitespace(line.charAt(k))) {
      k++;
    }
    return k;
  }

  private static boolean publishedNear(Pattern published, String line, int at) {
    Matcher m = published.matcher(line);
    while (m.find()) {
      // In a paragraph the word opens it ("Published 5 May 2010 – …"); further in, it is a
      // participle of a sentence ("volume 3 of his memoir, published in 1901"): an event.
      if (line.strip().length() <= SHORT_LINE
          || m.end() <= at && at - m.end() <= NEAR && m.start() - lead(line) <= NEAR) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words before a date on its line are a field's label ("Joined:", "Ngày sinh:"):
   * a record's field dates what the record is about (a member, a person), not the text. A line
   * whose label says it was published is taken before this.
   */
  private static boolean recordField(String before) {
    int colon = before.indexOf(':');
    if (colon <= 0) {
      return false;
    }
    String label = before.substring(0, colon).strip();
    return !label.isEmpty() && Character.isLetter(label.codePointAt(0))
        && label.split("\\s+").length <= 4;
  }

  /** The pack's words that say a line dates the document ("published"), as one pattern. */
  private static Pattern publishedWords(Language lang) {
    List<String> words = new ArrayList<>(lang.pack().words("published-words"));
    if (words.isEmpty()) {
      return null;
    }
    words.sort((a, b) -> b.length() - a.length());
    return Pattern.compile("(?iu)(?:" + String.join("|", words.stream().map(Pattern::quote)
        .toList()) + ")");
  }

  /** The explicit years stated in text[from, to), in text order; never the document's date. */
  List<Anchor> between(int from, int to) {
    List<Anchor> out = new ArrayList<>();
    for (Anchor a : years) {
      if (a.start() >= from && a.start() < to) {
        out.add(a);
      }
    }
    out.sort(java.util.Comparator.comparingInt(Anchor::start));
    return out;
  }

  /** The document's own date, or null. */
  Anchor docDate() {
    return docDate;
  }

  /**
   * The nearest explicit year before {@code pos} in the same paragraph, else null. Never the
   * document's date: "that year", "the following year", "two years later" count from a year the
   * story stated before them, and a teaser or headline that opens with one points at nothing
   * (the date of a dateline is when the text was written, not a year of its story).
   */
  Anchor yearBefore(int pos) {
    int paragraph = paragraphStart(pos);
    Anchor best = null;
    for (Anchor a : years) {
      if (a.start() < pos && a.start() >= paragraph && (best == null || a.start() > best.start())) {
        best = a;
      }
    }
    if (best != null && AnchorDoubts.countsNothing(best.doubt())) {
      return null; // "(Smith 1999). The following year", "1445 AH": not a year of the story
    }
    return best;
  }

  /**
   * The year "that year" or "the same year" means: the nearest explicit year before {@code pos}
   * in its paragraph whose year dates what is told next. A year that starts or ends a span
   * ("retired since 1850"), a birth or death year, or a period's dates a state, not the events
   * told after it ({@link AnchorDoubts}): it is passed over for the year before it; a cited
   * work's or another calendar's year leaves the phrase unresolved, as for {@link #yearBefore}.
   */
  Anchor sameYearBefore(int pos) {
    int paragraph = paragraphStart(pos);
    Anchor best = null;
    Anchor nearest = null;
    for (Anchor a : years) {
      if (a.start() < pos && a.start() >= paragraph) {
        if (nearest == null || a.start() > nearest.start()) {
          nearest = a;
        }
        if (a.doubt() == null && (best == null || a.start() > best.start())) {
          best = a;
        }
      }
    }
    return nearest != null && AnchorDoubts.countsNothing(nearest.doubt()) ? null : best;
  }

  /**
   * The year of a month or day written without one: a year its own sentence states (the nearest
   * before it, else a full date's after it), else the nearest explicit year before it in its
   * paragraph (its line, on a page whose lines are paragraphs), else the document's own date
   * (a dateline, never a title's year) when the month is not later than the document's (a
   * later month might be last year's or next year's); else null, and the fact is not asked.
   * The anchor returned may carry a {@link Anchor#doubt()} (the nearest year before it starts
   * or ends a span, is a birth, a citation or a period): then its year is not certain and the
   * fact is not asked either; nothing further away is taken instead.
   */
  Anchor yearForMonth(int pos, int month, org.factdrill.text.Span sentence) {
    return yearForMonth(pos, month, 0, sentence);
  }

  /**
   * The same for a day ({@code day} 1-31, or 0 for a month alone): the day of an observance the
   * text names ("30 tháng 4" on a page about "Ngày Thống nhất") is a day of every year, so the
   * document's own date (a post's date, a dateline) does not give it a year
   * ({@link org.factdrill.extract.ObservanceDays}); a year its paragraph states still does.
   */
  Anchor yearForMonth(int pos, int month, int day, org.factdrill.text.Span sentence) {
    Anchor a = yearForMonth0(pos, month, day, sentence);
    if (a != null && a.doubt() == null && lunar.containsKey(a.start())) {
      // "Năm Giáp Thân (1284) … tháng sáu": a month of a year named in a lunar frame is lunar.
      return new Anchor(a.year(), a.month(), a.day(), a.start(), a.text(), a.docDate(),
          a.firstYear(), AnchorDoubts.OTHER + lunar.get(a.start()));
    }
    if (a != null && a.doubt() != null && a.start() > pos && !AnchorDoubts.PERIOD.equals(a.doubt())) {
      // A full date after it closing a list ("from May 8 until 15 August 1945") dates it.
      return new Anchor(a.year(), a.month(), a.day(), a.start(), a.text(), a.docDate(),
          a.firstYear(), null);
    }
    return a;
  }

  private Anchor yearForMonth0(int pos, int month, int day, org.factdrill.text.Span sentence) {
    // A year the same sentence states before it; after it only as a full date's year, a list
    // of dates whose last one carries the year ("ended on May 8 ... on 15 August 1945").
    Anchor inSentence = null;
    for (Anchor a : years) {
      if (sentence != null && a.start() >= sentence.start() && a.start() < sentence.end()
          && (a.start() < pos || a.month() > 0)
          && (inSentence == null || Math.abs(a.start() - pos) < Math.abs(inSentence.start() - pos)
          && (a.start() < pos || inSentence.start() > pos))) {
        inSentence = a;
      }
    }
    Anchor best = statedBefore(pos);
    if (inSentence != null && inSentence.start() > pos && inSentence.month() > 0
        && inSentence.month() < month) {
      // "until 26 October on one front, and until May 1974 on the other": a later month of
      // the year after it would run the sentence backwards; the year stated before it holds
      // (in its paragraph, whose lines may be the sentences before), or the fact is not asked.
      Anchor before = best != null ? best : statedBefore(pos, paragraphStart(pos));
      return before;
    }
    if (inSentence != null) {
      return inSentence;
    }
    if (best != null) {
      return best;
    }
    Anchor section = sectionYear(pos, month);
    if (section != null) {
      return section;
    }
    if (titleYear != null) {
      return titleYear; // "1949 in science": the whole page is that year
    }
    if (docDate != null && (docDate.month() == 0 || month <= docDate.month())
        && !toldInAnotherYear(pos)
        && (day == 0 || !org.factdrill.extract.ObservanceDays.named(lang, text, month, day))) {
      return docDate;
    }
    return null;
  }

  /**
   * True when the last date with its month that the text states between its own date and
   * {@code pos} is of another year ("The war began June 25, 1950. … By June 30, …" on a page of
   * 2013): the story is told in that year, so the page's date does not date a day or month
   * written without a year there. A bare year ("the flood of 1961") names a topic, not the
   * story's time, and a caption's date is its photo's.
   */
  private boolean toldInAnotherYear(int pos) {
    Anchor last = null;
    for (Anchor a : years) {
      if (a.start() > docDate.start() && a.start() < pos && a.month() > 0
          && !AnchorDoubts.countsNothing(a.doubt())
          && (layout == null || !layout.classAt(a.start()).isLayout()) // (not a photo's caption)
          && (last == null || a.start() > last.start())) {
        last = a;
      }
    }
    return last != null && last.year() != docDate.year() && last.firstYear() != docDate.year();
  }

  /**
   * The year of a chronology's section: when the last date stated before {@code pos} is a line
   * holding that date and nothing else ("1943", "March 1943:" — a heading or a date line above a
   * run of day-and-month lines), the days below it are in that year. A line that only mentions a
   * year ("The War of 1812") names a topic whose span may be longer, and a period ("1943–1945")
   * has several years, so neither dates a day; a month line dates only its own month's days.
   * A line that opens with a full date ("1943 02/14 – …") dates the day lines after it in its
   * month or later. Null when none.
   */
  private Anchor sectionYear(int pos, int month) {
    if (layout == null) {
      return null;
    }
    Anchor last = null;
    for (Anchor a : years) {
      if (a.start() < pos && (last == null || a.start() > last.start())) {
        last = a;
      }
    }
    if (last == null || last.firstYear() != last.year()) {
      return null;
    }
    org.factdrill.text.Block b = layout.blockAt(last.start()).orElse(null);
    if (b == null || b.span().end() > pos) {
      return null;
    }
    if (last.day() != 0) {
      // An entry labelled with its full date ("1943 02/14 …"): the day lines below it, in the
      // same month or a later one, are the same year's (an earlier month would be the next's).
      // The document's own dateline is no entry: a later month than its own may be last year's.
      boolean label = text.substring(b.span().start(), last.start()).codePoints()
          .noneMatch(Character::isLetterOrDigit);
      boolean dateline = docDate != null && docDate.start() == last.start();
      return label && !dateline && month >= last.month() ? last : null;
    }
    if (last.month() != 0 && last.month() != month) {
      return null;
    }
    String rest = b.of(text).replace(last.text(), "");
    return rest.codePoints().anyMatch(Character::isLetterOrDigit) ? null : last;
  }

  /**
   * The nearest explicit year stated before {@code pos} in its paragraph (its line, on a page
   * whose lines are paragraphs); never the document's date. Null when none.
   */
  Anchor statedBefore(int pos) {
    return statedBefore(pos, Math.max(paragraphStart(pos), blockStart(pos)));
  }

  private Anchor statedBefore(int pos, int paragraph) {
    Anchor best = null;
    for (Anchor a : years) {
      if (a.start() < pos && a.start() >= paragraph && (best == null || a.start() > best.start())) {
        best = a;
      }
    }
    return best;
  }

  /** Where the layout block (line or paragraph) holding {@code pos} starts; 0 without a layout. */
  private int blockStart(int pos) {
    if (layout == null) {
      return 0;
    }
    return layout.blockAt(pos).map(b -> b.span().start()).orElse(0);
  }

  int paragraphStart(int pos) {
    int i = pos;
    while (i > 0) {
      int nl = text.lastIndexOf('\n', i - 1);
      if (nl < 0) {
        return 0;
      }
      int prev = text.lastIndexOf('\n', nl - 1);
      if (text.substring(prev + 1, nl).isBlank()) {
        return nl + 1;
      }
      i = nl;
    }
    return 0;
  }
}
