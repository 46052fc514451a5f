package org.factdrill.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * A document's index of values by the subjects they are stated for. A value the document ties to
 * the subject of a question is no safe wrong option nor false value for it, whatever sense the
 * text gives it: a treaty's ratification year beside its signing year, the figure of the same
 * measured thing at another date, the year of another step of the same person's life. A
 * student who knows the text could defend it. A value is tied to a fact's subject when its
 * sentence is the fact's own or the one right before or after it, when the two sentences stand
 * in one paragraph with at most one sentence between them (a treaty's signing and its
 * ratification told together) or share a content word there (the same head noun: "the treaty",
 * "population"), when they name the same thing (a run of capitalised words) anywhere, or when
 * the value stands in a summary line (an infobox row "Ratified: 1868", a heading or caption
 * sums up the document's own subject). A period the document states for a related subject (an era, a reign,
 * a war) also rules out the years next to its ends: an era's start is one year from the previous
 * era's end.
 */
final class SubjectValues {
  /** Compiled once: asked of every option's date. */
  private static final Pattern YEAR_FIRST = Pattern.compile("\\d{4}(-.*)?");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’\\-]*");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00a0]*\\r?\\n");
  /** The end of a sentence inside a paragraph: a closing mark before a space or line end. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。](?=[\\s\\u00a0]|$)");
  /** Shorter words are mostly articles, prepositions and auxiliaries in every pack's script. */
  private static final int MIN_CONTENT = 4;
  /** Longer than a dynasty: a bracketed span this long is no one period of a subject. */
  private static final int MAX_PERIOD = 400;

  /** A stated value, its sentence, and what that sentence speaks of. */
  private record Entry(Fact fact, Span sentence, Set<String> names, Set<String> words,
      boolean summary) {}

  private final String text;
  private final List<Entry> entries;

  private SubjectValues(String text, List<Entry> entries) {
    this.text = text;
    this.entries = entries;
  }

  /** The index of a document's extracted facts, with no summary rows. */
  static SubjectValues of(Language lang, String text, List<Fact> facts) {
    return of(lang, text, facts, at -> false);
  }

  /**
   * The index of a document's extracted facts; {@code summaryAt} tells the text positions that
   * lie in a summary line of the document's subject (an infobox row, a heading, a caption).
   */
  static SubjectValues of(Language lang, String text, List<Fact> facts,
      java.util.function.IntPredicate summaryAt) {
    Set<String> closed = TopicNames.closedClass(lang);
    List<Entry> out = new ArrayList<>();
    java.util.Map<Span, Entry> bySentence = new java.util.HashMap<>();
    for (Fact f : facts) {
      Span s = f.sentence();
      if (s == null || s.end() > text.length()) {
        continue;
      }
      Entry known = bySentence.get(s);
      Entry e = known != null ? new Entry(f, s, known.names(), known.words(), known.summary())
          : subjects(f, s, text, facts, closed, lang.pack().prefixes(),
              summaryAt.test(f.start()));
      bySentence.putIfAbsent(s, e);
      out.add(e);
    }
    return new SubjectValues(text, out);
  }

  private static Entry subjects(Fact f, Span s, String text, List<Fact> facts, Set<String> closed,
      String prefixes, boolean summary) {
    StringBuilder b = new StringBuilder(s.of(text));
    for (Fact o : facts) { // a date's month name is no name of a thing
      if (s.equals(o.sentence())) {
        for (int i = Math.max(o.start(), s.start()); i < Math.min(o.end(), s.end()); i++) {
          b.setCharAt(i - s.start(), '|');
        }
      }
    }
    String sentence = b.toString();
    Set<String> names = new HashSet<>();
    Set<String> words = new HashSet<>();
    boolean cased = !TopicNames.caseless(sentence);
    List<String> run = new ArrayList<>();
    int runStart = -1;
    int lastEnd = -1;
    boolean first = true;
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      String w = m.group();
      String low = w.toLowerCase(Locale.ROOT);
      boolean capital = cased && Character.isUpperCase(w.codePointAt(0));
      boolean joined = lastEnd >= 0 && sentence.substring(lastEnd, m.start()).isBlank();
      if (!capital || !joined) {
        name(run, runStart == 0, closed, names);
        run.clear();
      }
      if (capital) {
        if (run.isEmpty()) {
          runStart = first ? 0 : m.start();
        }
        run.add(low);
      }
      if (w.codePointCount(0, w.length()) >= MIN_CONTENT && !closed.contains(low)) {
        words.add(low);
        // A language that writes "the", "in", "and" onto the word ("ההסכם", the treaty): its
        // bare form is the same noun.
        for (int i = 0; i < 2 && i < low.length() && prefixes.indexOf(low.charAt(i)) >= 0; i++) {
          if (low.length() - i - 1 >= MIN_CONTENT - 1) {
            words.add(low.substring(i + 1));
          }
        }
      }
      lastEnd = m.end();
      first = false;
    }
    name(run, runStart == 0, closed, names);
    return new Entry(f, s, Set.copyOf(names), Set.copyOf(words), summary);
  }

  /** Adds a run of capitalised words as a name, without a leading article or pronoun. */
  private static void name(List<String> run, boolean opensSentence, Set<String> closed,
      Set<String> names) {
    int from = 0;
    while (from < run.size() && closed.contains(run.get(from))) {
      from++;
    }
    // A sentence's first word is capitalised whatever it is: alone, it names nothing.
    if (run.size() - from > (opensSentence && from == 0 ? 1 : 0)) {
      names.add(String.join(" ", run.subList(from, run.size())));
    }
  }

  /**
   * Accepts a wrong value for fact {@code f} (its sentence {@code s}) unless the document states
   * a value it holds for a related subject, or it is a year within one year of an end of a
   * period stated for a related subject (other than the period {@code f} is an end of).
   */
  Predicate<Value> safe(Fact f, Span s) {
    Entry own = null;
    for (Entry e : entries) {
      own = e.sentence().equals(s) ? e : own;
    }
    List<Value> tied = new ArrayList<>();
    List<Integer> near = new ArrayList<>();
    int[] asked = askedPeriod(f);
    int year = f.value() instanceof Value.Date d && !d.isRange() ? d.year() : -1;
    String answerYear = f.value() instanceof Value.Date d && YEAR_FIRST.matcher(d.iso()).matches()
        ? d.iso().substring(0, 4) : null;
    for (Entry e : entries) {
      if (e.fact().kind() != f.kind() || !sameUnit(f, e.fact())) {
        continue;
      }
      boolean related = related(own, s, e);
      if (related) {
        tied.add(inYear(e.fact().value(), answerYear));
        for (Fact end : e.fact().ends()) {
          tied.add(inYear(end.value(), answerYear));
        }
      }
      int[] p = EventSpans.ends(e.fact());
      if (p == null || p[1] - p[0] > MAX_PERIOD
          || asked != null && asked[0] == p[0] && asked[1] == p[1]) {
        continue;
      }
      for (int end : p) {
        // One era ends where the next begins: next to the answer, any period's end is related.
        if (related || year > 0 && Math.abs(end - year) <= 1) {
          near.add(end);
        }
      }
    }
    return v -> {
      String vy = otherYear(v, answerYear);
      for (Value t : tied) {
        if (overlaps(v, t) || vy != null && years(t).contains(vy)) {
          return false;
        }
      }
      int y = v instanceof Value.Date d && YEAR.matcher(d.iso()).matches() ? d.year() : -1;
      for (int b : near) {
        if (y > 0 && Math.abs(y - b) <= 1) {
          return false;
        }
      }
      return true;
    };
  }

  /** The period {@code f} is an end of, as [first, last] years; null when none is stated. */
  private int[] askedPeriod(Fact f) {
    for (Entry e : entries) {
      int[] p = EventSpans.ends(e.fact());
      if (p != null && e.fact().start() <= f.start() && f.end() <= e.fact().end()) {
        return p;
      }
    }
    return null;
  }

  private boolean related(Entry own, Span s, Entry e) {
    Span t = e.sentence();
    if (t.equals(s) || adjacent(s, t) || adjacent(t, s) || e.summary() || near(s, t)) {
      return true;
    }
    if (own == null) {
      return false;
    }
    for (String n : own.names()) {
      if (e.names().contains(n)) {
        return true;
      }
    }
    if (!sameParagraph(s, t)) {
      return false;
    }
    for (String w : own.words()) {
      if (e.words().contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when two sentences of one paragraph have at most one sentence between them: the steps
   * of one event are told together ("signed on 12 June 1920. Merchants quarrelled. The assembly
   * ratified it on 3 May 1921."); a long chronicle paragraph is not one subject as a whole.
   */
  private boolean near(Span a, Span b) {
    Span x = a.start() <= b.start() ? a : b;
    Span y = x == a ? b : a;
    if (x.end() > y.start() || !sameParagraph(a, b)) {
      return x.end() > y.start();
    }
    return SENTENCE_END.matcher(text.substring(x.end(), y.start())).results().count() <= 1;
  }

  /** True when sentence {@code b} follows {@code a} with nothing but spaces and marks between. */
  private boolean adjacent(Span a, Span b) {
    if (a.end() > b.start()) {
      return false;
    }
    String gap = text.substring(a.end(), b.start());
    return !BLANK_LINE.matcher(gap).find() && gap.codePoints().noneMatch(Character::isLetter)
        && gap.length() < 40;
  }

  private boolean sameParagraph(Span a, Span b) {
    int from = Math.min(a.end(), b.end());
    int to = Math.max(a.start(), b.start());
    return from >= to || !BLANK_LINE.matcher(text.substring(from, to)).find();
  }

  /** True when value {@code a} is also true of what {@code b} states: equal figures, or a date
   *  holding date {@code b} (the year of a stated day, the decade of a stated year). */
  static boolean overlaps(Value a, Value b) {
    if (a instanceof Value.Date x && b instanceof Value.Date y) {
      for (String p : x.iso().split("/")) {
        for (String q : y.iso().split("/")) {
          // "1868" holds "March 30, 1868"; "March 30, 1868" is not true of what "1868" dates.
          if (!p.isEmpty() && q.startsWith(p)) {
            return true;
          }
        }
      }
      return false;
    }
    if (a instanceof Value.Money x && b instanceof Value.Money y
        && !java.util.Objects.equals(x.currency(), y.currency())) {
      return false;
    }
    if (a instanceof Value.Date || b instanceof Value.Date) {
      return false;
    }
    // A range is the same figure only as a whole: "6–8 floors" is not what "8 towers" says.
    List<java.math.BigDecimal> xs = QuantityCandidates.numbers(a);
    List<java.math.BigDecimal> ys = QuantityCandidates.numbers(b);
    if (xs.size() != ys.size() || xs.isEmpty()) {
      return false;
    }
    for (int i = 0; i < xs.size(); i++) {
      if (xs.get(i).compareTo(ys.get(i)) != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The year of a wrong date that differs from the answer in its year ("30 March 1868" for "30
   * March 1867"): the year is what it states, so it is tied when the text states that year for
   * the subject at any day (a treaty signed in one year and ratified in May of the next). Null
   * for a date in the answer's year, or no date.
   */
  private static String otherYear(Value v, String answerYear) {
    String y = v instanceof Value.Date d && !d.isRange() && YEAR_FIRST.matcher(d.iso()).matches()
        ? d.iso().substring(0, 4) : null;
    return y == null || answerYear == null || y.equals(answerYear) ? null : y;
  }

  /** The years a date value writes: its own, or both ends of a range. */
  private static List<String> years(Value v) {
    List<String> out = new ArrayList<>();
    if (v instanceof Value.Date d) {
      for (String p : d.iso().split("/")) {
        if (YEAR_FIRST.matcher(p).matches()) {
          out.add(p.substring(0, 4));
        }
      }
    }
    return out;
  }

  /**
   * A day the text writes without its year ("7 July") read in the answer's year: what the text
   * says of that subject then, and what the option "7 July 2005" would also say.
   */
  private static Value inYear(Value v, String year) {
    return year != null && v instanceof Value.Date d && d.iso().startsWith("--")
        ? new Value.Date(year + d.iso().substring(1)) : v;
  }

  /** Counts of different things (the counted nouns differ) measure nothing in common. */
  private static boolean sameUnit(Fact a, Fact b) {
    return a.unit() == null || b.unit() == null
        || a.unit().strip().equalsIgnoreCase(b.unit().strip());
  }
}
