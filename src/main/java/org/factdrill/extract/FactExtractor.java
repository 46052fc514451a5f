package org.factdrill.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.factdrill.text.Sentences;
import org.factdrill.text.Span;

/**
 * The extractor factdrill uses: tokenizes the document, marks what only looks like a number
 * (citations, model names, URLs...), then at each token tries the language's date recognizer and
 * the quantity recognizer (numbers, money, percentages) and keeps the longer match. A day and
 * month without a year take the nearest earlier explicit year of the same paragraph. One
 * extractor serves one thread at a time (it keeps a sentence splitter per language).
 */
public final class FactExtractor implements Extractor {
  private final Map<Language, DateRecognizer> dates = new java.util.LinkedHashMap<>();
  private final Map<Language, QuantityRecognizer> quantities = new java.util.LinkedHashMap<>();
  private final Map<Language, ClockTimes> clocks = new java.util.LinkedHashMap<>();
  /** The legal citations each language's pack lists (absent when it lists none). */
  private final Map<Language, LegalCitations> citations = new java.util.HashMap<>();
  private final Map<Language, CalendarDates> calendars = new java.util.LinkedHashMap<>();
  private final Map<Language, LunarMonths> lunarMonths = new java.util.LinkedHashMap<>();
  /** Dates in another language's words and script, where a pack names that language. */
  private final Map<Language, ForeignDates> foreign = new java.util.HashMap<>();
  /** A sentence splitter per language, made once and reused (making one clones ICU's iterator). */
  private final Map<Language, Sentences.Splitter> splitters = new java.util.HashMap<>();

  public FactExtractor() {
    for (Language l : Language.values()) {
      Lexicon lex = Lexicon.of(l);
      dates.put(l, DateRecognizer.of(lex));
      quantities.put(l, new QuantityRecognizer(lex));
      clocks.put(l, new ClockTimes(lex));
      LegalCitations lc = LegalCitations.of(l.pack());
      if (lc != null) {
        citations.put(l, lc);
      }
      calendars.put(l, new CalendarDates(l.pack()));
      lunarMonths.put(l, new LunarMonths(lex));
      ForeignDates fd = ForeignDates.of(l);
      if (fd != null) {
        foreign.put(l, fd);
      }
    }
  }

  @Override
  public List<Fact> extract(Document doc) {
    String text = doc.text();
    Language lang = doc.lang() == null ? Language.DEFAULT : doc.lang();
    Lexicon lex = Lexicon.of(lang);
    Toks marked = Tokenizer.toks(text);
    // Dates of another calendar ("ה׳ באייר תש״ח"): their month names looked for in the words
    // (or, where the pack's keys need it, over the tokenizer's copy of the characters).
    List<CalendarDates.Found> otherFound = calendars.get(lang).find(marked);
    NonFacts.mark(marked, lex);
    MarkupNumbers.mark(marked);
    NumberingLines.mark(marked);
    ItemLines.mark(marked, lex);
    ZoneOffsets.mark(marked);
    LongCodes.mark(marked);
    OtherCalendarYears.mark(marked, lex);
    TableLabels.mark(marked, lex);
    ItemCounters.mark(marked, lex);
    GarbledMonths.mark(marked, lex, otherFound);
    GluedDates.mark(marked, lex);
    UnreadDateLines.mark(marked, lex);
    IdentifierBrackets.mark(marked);
    LegalCitations legal = citations.get(lang);
    if (legal != null) {
      legal.mark(marked);
    }
    GarbledNumberWords.mark(marked, lex);
    Toks t = marked.withoutCitations();
    DateRecognizer dateRec = dates.get(lang);
    QuantityRecognizer qtyRec = quantities.get(lang);
    ClockTimes clock = clocks.get(lang);
    LoneStarters alone = LoneStarters.of(lang);
    ForeignDates fd = foreign.get(lang);
    List<Match> found = new ArrayList<>();
    // The other-calendar dates by the token they start at (null for most texts: none).
    CalendarDates.Found[] other = calendarDates(otherFound, t);
    Map<Match, CalendarDates.Found> calendarOf = new java.util.IdentityHashMap<>();
    // The last date stating its year in the paragraph, and whether its year dates a later
    // yearless day (YearCarry, asked only when such a day comes: most years date none).
    Match yearFrom = null;
    Boolean yearCarries = null;
    int lastStated = Match.NO_YEAR; // the last year written, whatever it dates
    LeadWords leads = LeadWords.of(lang);
    org.factdrill.text.DocDate own = doc.layout().date().orElse(null);
    Match lastDated = null; // the last date stating its year and month
    java.util.Set<Match> lunarOnes = java.util.Collections.newSetFromMap(
        new java.util.IdentityHashMap<>());
    int n = t.size();
    int i = 0;
    while (i < n) {
      if (t.paragraphStart(i)) {
        yearFrom = null;
        lastStated = Match.NO_YEAR;
      }
      CalendarDates.Found cf = other == null ? null : other[i];
      if (cf != null && !t.isBlocked(i)) {
        Match cm = Match.of(i, cf.end(), FactKind.DATE, cf.value());
        calendarOf.put(cm, cf);
        found.add(cm); // no year of the Gregorian calendar for a yearless day after it
        i = cf.end();
        continue;
      }
      boolean quoted = fd != null && !t.isBlocked(i) && fd.may(t, i);
      if (t.isBlocked(i) || !quoted && (!candidate(t, i, lex, dateRec)
          || alone.spares(t, i, lex))) {
        i++;
        continue;
      }
      Match m = choose(dateRec.at(t, i), qtyRec.at(t, i));
      Match om = quoted ? fd.at(t, i) : null; // "May 14 1948" in a Hebrew page's caption
      m = om != null && (m == null || om.to() > m.to()) ? om : m;
      if (m == null) {
        i++;
        continue;
      }
      if (startsInside(other, i, m.to())) {
        i++; // the other calendar's date starts inside: it is read from its own start
        continue;
      }
      if (m.kind() == FactKind.NUMBER && MonthlessDays.holds(t, m, dateRec)) {
        i = m.to(); // "Đến ngày 29, …": a day whose month the text left out, no count
        continue;
      }
      if (m.kind() == FactKind.NUMBER && clock.hour(t, m.from(), m.to())) {
        i = Math.max(m.to(), i + 1); // "at half past three": a time of day, not a count
        continue;
      }
      if (m.kind() == FactKind.DATE && MonthInName.holds(t, m, lex)) {
        i = m.to(); // "Tháng Tư đen", "Black April": a name's word, no date
        continue;
      }
      m = m.withApprox(m.approx() || hedged(t, m, lex));
      if (m.kind() == FactKind.DATE) {
        LunarMonths.Reading moon = m.year() == Match.NO_YEAR
            ? lunarMonths.get(lang).read(t, m) : null;
        LunarMonths.Reading lunarDay = moon == null ? LunarMarks.dated(t, m, lex) : null;
        if (lunarDay != null && lunarDay.value() == null) {
          i = lunarDay.end(); // "ngày 30 tháng 2 năm 1820 âm lịch": a lunar day that year has not
          continue;
        }
        moon = lunarDay != null ? lunarDay : moon; // "ngày 15 tháng 7 năm 1820 âm lịch", converted
        if (moon != null && moon.value() != null) {
          // "tháng 5 năm Bính Dần (1866)": a lunar month converted, its gloss inside its span
          Match cm = Match.of(m.from(), moon.end(), FactKind.DATE, moon.value());
          calendarOf.put(cm, new CalendarDates.Found(m.from(), moon.end(), moon.value(),
              LunarMonths.CALENDAR, t.startOf(m.from()), t.endOf(moon.end() - 1)));
          found.add(cm);
          i = moon.end();
          continue;
        }
        boolean lunar = moon != null || LunarMarks.markerEnd(t, m.to(), lex, WordList.OTHER_CALENDAR_WORDS) > 0;
        Match julian = lunar && m.yearless() && yearFrom != null
            ? JulianDays.gregorian(t, m, yearFrom.year(), lex) : null;
        if (julian != null) {
          m = julian; // "tức 26 tháng 2 theo lịch Julius": the row's day, told in the old calendar
        }
        boolean observed = iso(m).length() == 7 && iso(m).startsWith("--") // a day of every year
            && ObservedDays.yearly(lang, text, t.startOf(m.from()), t.endOf(m.to() - 1))
            || SeasonMonths.monthsOnly(iso(m)) // a season of every year ("usually in May")
            && SeasonMonths.habitual(lang, text, t.startOf(m.from()), t.endOf(m.to() - 1));
        if (m.yearless() && yearFrom != null && !lunar && !observed
            && !ObservanceDays.declared(lang, text, t.endOf(m.to() - 1), iso(m))) {
          if (yearCarries == null) {
            yearCarries = YearCarry.carries(text, t, yearFrom, leads, own);
          }
          if (yearCarries) {
            m = fillYear(m, yearFrom.year()); // not "ngày 15 tháng 8 âm lịch": a lunar day
          }
        }
        if (m.year() == Match.NO_YEAR && lastStated != Match.NO_YEAR && !lunar
            && SameYear.follows(lang, text, t.endOf(m.to() - 1))) {
          m = fillYear(m, lastStated); // "tháng 5 cùng năm": the year stated last
        }
        int bare = MonthInSentence.bareMonth(m.value());
        if (bare > 0 && lastDated != null && !lunar
            && bare > MonthInSentence.datedMonth(lastDated.value())
            && MonthInSentence.sameSentence(t, lastDated.to(), m.from())) {
          m = fillYear(m, lastDated.year()); // "in July, 1782, Charleston in December"
        }
        if (!lunar && m.year() != Match.NO_YEAR && MonthInSentence.datedMonth(m.value()) > 0) {
          lastDated = m;
        }
        if (m.year() != Match.NO_YEAR && !lunar) {
          lastStated = m.year();
          // After a period of several years ("from 1930 to 1935"), a span's start ("từ năm
          // 1930") or the document's own date, a day-month stays yearless: any year may be meant.
          yearFrom = m;
          yearCarries = null;
        }
        if (lunar || observed) { // neither takes the page's own year
          lunarOnes.add(m);
        }
      }
      found.add(m);
      i = Math.max(m.to(), i + 1);
    }
    RowHeadYears.apply(t, found, lang);
    ShortLetterYears.apply(t, found);
    lunarOnes.addAll(calendarOf.keySet());
    OwnTimeYears.fill(found, own, lunarOnes, lang, text);
    List<Fact> facts = found.isEmpty() ? new ArrayList<>() : toFacts(text,
        splitters.computeIfAbsent(lang, Sentences.Splitter::new), marked, t, found);
    for (int k = 0; k < found.size() && !calendarOf.isEmpty(); k++) {
      CalendarDates.Found cf = calendarOf.get(found.get(k));
      if (cf != null) { // its own span: prefix letters glued to the day ("בי״ד") stay out
        Fact f = facts.get(k);
        facts.set(k, new Fact(cf.textStart(), cf.textEnd(), text.substring(cf.textStart(),
            cf.textEnd()), f.kind(), f.value(), null, f.approx(), f.sentence()).inCalendar(
            cf.calendar()));
      }
    }
    if (!calendarOf.isEmpty()) {
      facts = CalendarDates.withoutGlosses(text, facts);
    }
    // A contact line or a table of contents holds phone, street, tax and section numbers: no
    // fact there (every other layout class keeps its facts, with the class recorded).
    if (!facts.isEmpty() && hasFactlessBlock(doc)) {
      facts.removeIf(f -> !doc.classAt(f.start()).holdsFacts());
    }
    return facts;
  }

  /** True when some block of the layout holds no facts (most texts have none: no look-ups). */
  private static boolean hasFactlessBlock(Document doc) {
    for (org.factdrill.text.Block b : doc.layout().blocks()) {
      if (!b.cls().holdsFacts()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a date's own text states its year ("May 8, 1945", "December seventh, nineteen
   * forty-one"), false when the year was carried over from an earlier date ("May 8"): the text
   * is read again on its own by the language's date grammar.
   */
  public static boolean statesYear(String dateText, Language lang) {
    Lexicon lex = Lexicon.of(lang);
    Toks t = Tokenizer.toks(dateText);
    if (t.size() == 0) {
      return false;
    }
    Match m = DateRecognizer.of(lex).at(t, 0);
    return m != null && m.year() != Match.NO_YEAR;
  }

  /**
   * Other-calendar dates by the token they start at, each with its end token (exclusive) in
   * {@link CalendarDates.Found#end()}: the character span taken out to the tokens around it;
   * null when there is none.
   */
  private static CalendarDates.Found[] calendarDates(List<CalendarDates.Found> found, Toks t) {
    if (found.isEmpty()) {
      return null;
    }
    // An array by token, not a map: the loop asks at every token (no boxing, no hashing).
    CalendarDates.Found[] out = new CalendarDates.Found[t.size()];
    int k = 0;
    for (CalendarDates.Found f : found) {
      while (k < t.size() && t.endOf(k) <= f.start()) {
        k++;
      }
      int j = k;
      while (j < t.size() && t.startOf(j) < f.end()) {
        j++;
      }
      if (k < j) {
        out[k] = new CalendarDates.Found(k, j, f.value(), f.calendar(), f.start(), f.end());
      }
    }
    return out;
  }

  private static boolean startsInside(CalendarDates.Found[] other, int from, int to) {
    for (int k = from + 1; k < to && other != null; k++) {
      if (other[k] != null) {
        return true;
      }
    }
    return false;
  }

  /** Cheap filter: most words cannot start a fact, so the recognizers skip them. */
  private static boolean candidate(Toks t, int i, Lexicon lex, DateRecognizer dates) {
    // Read off the token arrays: most tokens are never made into a Token.
    switch (t.type(i)) {
      case Toks.DIGITS:
        return true;
      case Toks.PUNCT:
        char c = t.punct(i);
        if (c == '\\' || Currencies.isSymbol(Tokenizer.punct(t.text, t.chars, t.startOf(i),
            t.endOf(i)))) {
          return true;
        }
        // A mark starts a number only before its digits (".5", "-3", "-.5", ",5"), and a date
        // only where a holiday name starts with one: the commas and periods of prose (over half
        // the candidates) need neither recognizer.
        return (c == '.' || c == ',' || c == '-' || c == '\u2212')
            && (t.isDigits(i + 1) || t.isDigits(i + 2) || dates.mayStartAtMark());
      default:
        return lex.trigger(t, i);
    }
  }

  private static Match choose(Match date, Match qty) {
    if (date == null) {
      return qty;
    }
    if (qty == null) {
      return date;
    }
    if (qty.kind() != FactKind.NUMBER && qty.to() >= date.to()) {
      return qty;
    }
    return qty.to() > date.to() ? qty : date;
  }

  /**
   * True when a phrase of the pack's {@code list} follows token {@code i}. After
   * {@code other-calendar-words} ("âm lịch", "AH") the date before is of another calendar, so no
   * Gregorian year is carried to or from it.
   */
  static boolean wordsAfter(Toks t, int i, Lexicon lex, WordList list) {
    java.util.Set<String> words = lex.words(list);
    // Every date runs this: the phrase is built only after a word that starts one.
    if (!t.isWordTok(i) || !lex.starts(list).contains(t.norm(i))) {
      return false;
    }
    StringBuilder b = new StringBuilder();
    for (int k = i; k < i + 3 && t.isWordTok(k); k++) {
      b.append(k > i ? " " : "").append(t.norm(k));
      if (words.contains(b.toString())) {
        return true;
      }
    }
    return false;
  }

  private static String iso(Match m) {
    return m.value() instanceof Value.Date d ? d.iso() : "";
  }

  static Match fillYear(Match m, int year) {
    String y = new DateParts(year, 0, 0, null).iso();
    String iso = ((Value.Date) m.value()).iso();
    StringBuilder b = new StringBuilder();
    for (String part : iso.split("/")) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(part.startsWith("--") ? y + part.substring(1) : part);
    }
    return new Match(m.from(), m.to(), m.kind(), new Value.Date(b.toString()), m.unit(),
        m.approx(), false, year, m.firstTo(), m.secondFrom(), m.swapped());
  }

  /** "about 40,000", "an estimated", "more than eight", "khoảng 500", "כמעט 200". */
  static boolean hedged(Toks t, Match m, Lexicon lex) {
    // The lists' bit filters on the words before: no token made for a word that hedges nothing.
    DateLists lists = lex.filtered();
    int f = m.from();
    if (m.kind() == FactKind.DATE) {
      return lists.holds(WordList.DATE_HEDGES, t, f - 1);
    }
    if (lists.holds(WordList.HEDGES, t, f - 1)) { // the approximators
      return true;
    }
    // Two-word hedges: "more than", "up to", "ước tính".
    return lists.startsEntry(WordList.HEDGE_PAIRS, t, f - 2)
        && lex.hedgePair(t.norm(f - 2), t.norm(f - 1));
  }

  /**
   * Facts with their sentences. Paragraphs and sentences are taken from {@code all}, the tokens
   * with citation markers, so a sentence ends after its trailing "[28]" as it did before markers
   * were dropped for the recognizers (a fact's id hangs on its sentence).
   */
  private static List<Fact> toFacts(String text, Sentences.Splitter splitter, Toks all, Toks t,
      List<Match> found) {
    List<Fact> out = new ArrayList<>(found.size());
    if (found.isEmpty()) {
      return out;
    }
    // Sentences are split only in paragraphs that hold facts; a paragraph ends at a blank line,
    // as in Sentences.split, so the spans are the same as splitting the whole text.
    int paraFirst = -1;
    int paraEnd = -1;
    List<Span> sentences = List.of();
    for (int f = 0; f < found.size(); f++) {
      Match m = found.get(f);
      int start = t.startOf(m.from());
      int end = t.endOf(m.to() - 1);
      int from = t.original(m.from());
      if (paraFirst < 0 || from >= paraEnd) {
        paraFirst = from;
        while (paraFirst > 0 && !all.paragraphStart(paraFirst)) {
          paraFirst--;
        }
        paraEnd = paragraphEnd(all, paraFirst);
        int paraLast = paraEnd - 1;
        int ps = all.startOf(paraFirst);
        // Only the sentences up to the paragraph's last fact are needed.
        int lastStart = start;
        for (int g = f + 1; g < found.size() && t.original(found.get(g).from()) < paraEnd; g++) {
          lastStart = t.startOf(found.get(g).from());
        }
        List<Span> local = splitter.split(text.substring(ps, all.endOf(paraLast)),
            lastStart - ps + 1);
        List<Span> shifted = new ArrayList<>(local.size());
        for (Span s : local) {
          shifted.add(new Span(s.start() + ps, s.end() + ps));
        }
        sentences = shifted;
      }
      Span sentence = sentenceOf(sentences, start, end);
      out.add(new Fact(start, end, text.substring(start, end), m.kind(), m.value(), m.unit(),
          m.approx(), sentence, ends(text, t, m, sentence)));
    }
    return out;
  }

  /**
   * The two ends of a period the text writes apart ("from 1 May to 3 June 1945"), in the order
   * written, each with its own span and value (a day the period's month and year complete takes
   * them from the period's value); empty for every other fact. Runs only for such periods.
   */
  private static List<Fact> ends(String text, Toks t, Match m, Span sentence) {
    if (!m.hasEnds() || !(m.value() instanceof Value.Date d) || !d.isRange()) {
      return List.of();
    }
    String[] iso = d.iso().split("/");
    int firstEnd = t.endOf(m.firstTo() - 1);
    int secondStart = t.startOf(m.secondFrom());
    int start = t.startOf(m.from());
    int end = t.endOf(m.to() - 1);
    Fact first = new Fact(start, firstEnd, text.substring(start, firstEnd), FactKind.DATE,
        new Value.Date(iso[m.swapped() ? 1 : 0]), null, m.approx(), sentence);
    Fact second = new Fact(secondStart, end, text.substring(secondStart, end), FactKind.DATE,
        new Value.Date(iso[m.swapped() ? 0 : 1]), null, m.approx(), sentence);
    return List.of(first, second);
  }

  /** Index of the first token of the next paragraph after the one starting at {@code first}. */
  private static int paragraphEnd(Toks t, int first) {
    int k = first + 1;
    while (k < t.size() && !t.paragraphStart(k)) {
      k++;
    }
    return k;
  }

  static Span sentenceOf(List<Span> sentences, int start, int end) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid);
      if (s.end() <= start) {
        lo = mid + 1;
      } else if (s.start() > start) {
        hi = mid - 1;
      } else {
        return s;
      }
    }
    return new Span(start, end);
  }
}
