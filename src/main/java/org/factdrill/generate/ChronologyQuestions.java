package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.factdrill.bank.Chronology;
import org.factdrill.bank.Instructions;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.extract.Fact;
import org.factdrill.text.Document;

/**
 * Builds the chronology questions of one document from {@link ChronologyItems}: "Which happened
 * first?" and "How many years passed between X and Y?" from pairs of events, "How long did X
 * last?" from periods; each with the document's context line, none that shows its own answer.
 */
final class ChronologyQuestions {
  /** Longer than this a prompt is no longer read at a glance. */
  private static final int MAX_PROMPT = 320;
  /** A length counted from years or months is asked only from this many years: below it, the
   * year either way it may be off is too much of the answer. */
  private static final int MIN_ROUGH_YEARS = 3;
  private static final java.util.regex.Pattern DAY =
      java.util.regex.Pattern.compile("-?\\d{4}-\\d\\d-\\d\\d");
  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("^(-?\\d{4})");
  private final RelativeTime relative;
  private final EventDistances distances = new EventDistances();

  ChronologyQuestions(RelativeTime relative) {
    this.relative = relative;
  }

  /** An event whose clause holds a relative time word ("two years later") cannot stand alone. */
  boolean standsAlone(Document doc, Timeline.Event e) {
    return relative.find(doc.lang(), e.text(), 0, e.text().length()).isEmpty()
        && !distances.states(doc.lang(), e.text()); // "two years after X" beside X tells all
  }

  /**
   * The event as it may stand alone in a chronology item: a relative time at an edge of its
   * clause, set off by a comma ("Seven years later, the treaty …", "… was completed, two years
   * later.") told its place after the sentence before, which the item does not show, so it is
   * taken out with its comma; null when a relative time stays in it or too little is left.
   */
  Timeline.Event alone(Document doc, Timeline.Event e) {
    String t = e.text();
    List<RelativeTime.Found> found = relative.find(doc.lang(), t, 0, t.length());
    if (found.isEmpty()) {
      return e;
    }
    RelativeTime.Found first = found.get(0);
    RelativeTime.Found last = found.get(0);
    for (RelativeTime.Found f : found) {
      first = f.start() < first.start() ? f : first;
      last = f.end() > last.end() ? f : last;
    }
    String after = t.substring(first.end());
    String before = t.substring(0, last.start());
    if (t.substring(0, first.start()).isBlank() && after.matches("(?s)\\s*,.*")) {
      String rest = after.replaceFirst("^\\s*,\\s*", "");
      t = rest.isEmpty() ? rest
          : rest.substring(0, 1).toUpperCase(doc.lang().pack().locale()) + rest.substring(1);
    } else if (before.matches("(?s).*,\\s*") && t.substring(last.end()).matches("[\\s.!?…]*")) {
      t = before.replaceFirst(",\\s*$", "") + t.substring(last.end()).strip();
    }
    if (PromptBuilder.contextWords(t) < 4
        || !relative.find(doc.lang(), t, 0, t.length()).isEmpty()) {
      return null;
    }
    return t.equals(e.text()) ? e
        : new Timeline.Event(e.card(), e.ref(), t, e.iso(), e.from(), e.to(), e.sentence());
  }

  /**
   * The questions for the pairs of events; {@code context} gives the line for a position,
   * {@code facts} are the document's (what its screen shows is read from them); a "which
   * first?" whose wording tells the order is skipped into {@code report}.
   */
  List<Question> fromPairs(Document doc, List<Timeline.Event> events, Set<QuestionType> types,
      long seed, java.util.function.IntFunction<String> context, List<Fact> facts,
      Report report) {
    OrderWords order = OrderWords.of(doc.lang());
    OwnStory story = OwnStory.of(doc.lang());
    List<Timeline.Event> usable = new ArrayList<>();
    for (Timeline.Event e : events) {
      if (standsAlone(doc, e)) {
        usable.add(e);
      }
    }
    List<Question> out = new ArrayList<>();
    java.util.Set<String> laws = LawStages.names(doc.lang(), doc.text()); // one law: its products
    for (ChronologyItems.Pair p : ChronologyItems.pairs(usable)) {
      String ctx = context.apply(p.earlier().sentence().start());
      List<Question.FactRef> refs = List.of(p.earlier().ref(), p.later().ref());
      Question.Event a = new Question.Event(p.earlier().text(), p.earlier().iso());
      Question.Event b = new Question.Event(p.later().text(), p.later().iso());
      if (types.contains(QuestionType.WHICHFIRST)
          && (order.tellsOrder(p.earlier().text(), p.later().text())
          || story.tellsOrder(doc.text(), p.earlier().text(), p.later().text())
          || LawStages.tellsOrder(doc.lang(), p.earlier().text(), p.later().text(), laws)
          || story.existsOnlyAfter(doc.text(), facts, year(p.earlier().iso()), p.later().text(),
              year(p.later().iso()), p.later().sentence()))) {
        // A founding before a dissolution, a birth before a death, a city's founding before an
        // event in it, any event before the founding of a state whose act it is paired with:
        // known without the dates.
        Question.FactRef r = p.later().ref();
        report.skip(new Report.Skipped(doc.source(), r.start(), r.end(), r.text(),
            QuestionType.WHICHFIRST.json(), SkipReason.ORDER_IN_WORDING, p.earlier().ref().text()
                + " / " + r.text()));
      } else if (types.contains(QuestionType.WHICHFIRST)) {
        String id = "whichfirst-" + p.id();
        // Shown in an order drawn from the seed: the earlier one always first would answer it.
        SplittableRandom rnd = QuestionRandom.of(seed, id);
        boolean swap = rnd.nextBoolean();
        Question.WhichFirst q = Chronology.whichFirst(id, "w-" + p.id(), doc.lang(),
            swap ? b : a, swap ? a : b, refs);
        out.add(new Question.WhichFirst(withContext(q.header(), ctx), q.answer(), q.events()));
      }
      if (types.contains(QuestionType.YEARSBETWEEN) && wholeYears(a.date(), b.date())) {
        String id = "yearsbetween-" + p.id();
        Question.Event qa = new Question.Event(quoted(a.text()), a.date());
        Question.Event qb = new Question.Event(quoted(b.text()), b.date());
        Chronology.yearsBetween(id, "y-" + p.id(), doc.lang(), qa, qb, refs)
            // within the tolerance of one year, 0 or 1 would be a guess, not a count
            .filter(q -> Integer.parseInt(q.answer().text()) >= 2)
            .filter(q -> q.header().prompt().length() <= MAX_PROMPT)
            .filter(q -> !showsAnswer(q.header().prompt() + " " + nullToEmpty(ctx),
                q.answer().text(), a.date(), b.date()))
            .filter(q -> !OwnCalendarYears.giveCount(doc.lang(), q.header().prompt() + "\n"
                + nullToEmpty(ctx), Integer.parseInt(q.answer().text()), year(a.date()),
                year(b.date())))
            .filter(q -> givesYears(doc, facts, q.header().prompt() + "\n" + nullToEmpty(ctx),
                refs, Integer.parseInt(q.answer().text()), year(a.date()), year(b.date())) == null)
            .ifPresent(q -> out.add(new Question.YearsBetween(withContext(q.header(), ctx),
                q.answer(), List.of(a, b))));
      }
    }
    return out;
  }

  /** The duration questions for the periods among the document's facts (before expansion). */
  List<Question> fromPeriods(Document doc, List<Fact> facts, Set<QuestionType> types,
      java.util.function.IntFunction<String> context) {
    List<Question> out = new ArrayList<>();
    if (!types.contains(QuestionType.DURATION)) {
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (Fact f : facts) {
      if (f.sentence() == null || f.sentence().end() > doc.text().length()
          || doc.classAt(f.start()).isLayout()) {
        continue;
      }
      Question.FactRef ref = new Question.FactRef(doc.source(), f.start(), f.end(), f.text(),
          f.kind().json(), Answers.of(f.kind(), f.value()), f.unit(),
          f.approx() ? Boolean.TRUE : null, f.sentence().of(doc.text()), f.sentence().start());
      ChronologyItems.Period p = ChronologyItems.period(doc, f, ref);
      if (p == null || !seen.add(p.id())
          || !relative.find(doc.lang(), p.text(), 0, p.text().length()).isEmpty()) {
        continue;
      }
      String thing = NamedSpan.thing(doc, f); // "How many years did the Korean War last?"
      String prompt = p.text() + " " + (thing == null
          ? Instructions.of(QuestionType.DURATION, doc.lang())
          : Instructions.yearsLasted(doc.lang(), thing));
      String ctx = context.apply(f.sentence().start());
      Chronology.duration("duration-" + p.id(), "d-" + p.id(), doc.lang(), prompt,
          new Question.Period(p.text(), p.start(), p.end()), List.of(ref))
          .filter(q -> !showsAnswer(q.header().prompt() + " " + nullToEmpty(ctx),
              q.answer().text(), p.start(), p.end()))
          .filter(q -> !OwnCalendarYears.giveCount(doc.lang(), q.header().prompt() + "\n"
              + nullToEmpty(ctx), Integer.parseInt(q.answer().text()), year(p.start()),
              year(p.end())))
          .filter(q -> givesYears(doc, facts, q.header().prompt() + "\n" + nullToEmpty(ctx),
              List.of(ref), Integer.parseInt(q.answer().text()), year(p.start()),
              year(p.end())) == null)
          .filter(q -> !q.answer().text().equals("0"))
          .filter(q -> byDays(p.start(), p.end())
              || Integer.parseInt(q.answer().text()) >= MIN_ROUGH_YEARS)
          .filter(q -> q.header().prompt().length() <= MAX_PROMPT)
          .ifPresent(q -> out.add(new Question.Duration(withContext(q.header(), ctx),
              q.answer(), q.period())));
    }
    return out;
  }

  /**
   * Whether a period's two ends are whole days, so its length in years is exact. Ends that are
   * years or months tell the length only to within a year either way: "1944–1945" may have
   * lasted a month or nearly two years.
   */
  static boolean byDays(String start, String end) {
    return DAY.matcher(start).matches() && DAY.matcher(end).matches();
  }

  /**
   * True when the text a student sees states the count asked for, or one of the two years it is
   * counted from (with both, the answer is one subtraction away; with one, half of it).
   */
  static boolean showsAnswer(String shown, String answer, String from, String to) {
    Set<BigDecimal> numbers = new HashSet<>();
    Matcher m = ValueText.RUN.matcher(shown);
    while (m.find()) {
      String digits = m.group().replaceAll("[^0-9]", "");
      if (!digits.isEmpty()) {
        numbers.add(new BigDecimal(digits).stripTrailingZeros());
      }
    }
    for (String s : List.of(answer, from.substring(0, Math.min(4, from.length())),
        to.substring(0, Math.min(4, to.length())))) {
      if (s.matches("\\d+") && numbers.contains(new BigDecimal(s).stripTrailingZeros())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why the figures {@code shown} (a chronology item's prompt, events and context line) give
   * away the number of years it asks, read by the language's grammar ("a work of five years",
   * "שלוש שנים"), or null; the facts asked ({@code asked}, and what lies inside them: a
   * period's ends) are not shown.
   */
  private static String givesYears(Document doc, List<Fact> facts, String shown,
      List<Question.FactRef> asked, int count, int... ends) {
    List<Fact> on = ScreenFigures.on(shown, doc.text(), facts, o -> asked.stream()
        .anyMatch(r -> r.start() <= o.start() && o.end() <= r.end()));
    return ScreenFigures.givesYears(doc.lang(), doc.text(), shown, on, count, ends);
  }

  /** The year an ISO date or period end starts with, or 0 when it names none. */
  private static int year(String iso) {
    Matcher m = YEAR.matcher(iso);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** Both dates name a year (a decade "199" cannot be counted in years). */
  private static boolean wholeYears(String a, String b) {
    return a.matches("\\d{4}.*") && b.matches("\\d{4}.*");
  }

  private static String quoted(String clause) {
    return "“" + clause.strip().replaceAll("[.;:!]+$", "") + "”";
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static Question.Header withContext(Question.Header h, String context) {
    return Question.Header.of(h.id(), h.card(), h.lang(), h.prompt(), h.facts(), context, null);
  }
}
