package org.factdrill.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.factdrill.bank.Question;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Captions;
import org.factdrill.text.Document;
import org.factdrill.text.Sha256;

/**
 * What chronology questions can be made of one document, independent of how a bank writes them:
 * pairs of events of the same text (its topic) to ask which came first and how many years lay
 * between them, and periods "from D1 to D2" to ask how long something lasted.
 */
final class ChronologyItems {
  /** Two events of one text, earlier first, with a stable id over their cards. */
  record Pair(String id, Timeline.Event earlier, Timeline.Event later) {
    /** Whole years between them, when both dates have a year. */
    int years() {
      return Integer.parseInt(later.iso().substring(0, 4))
          - Integer.parseInt(earlier.iso().substring(0, 4));
    }
  }

  /** A period: what lasted (its clause without the dates), its ends, its provenance. */
  record Period(String id, String text, String start, String end, Question.FactRef ref) {
    int years() {
      return Integer.parseInt(end.substring(0, 4)) - Integer.parseInt(start.substring(0, 4));
    }
  }

  private static final int MAX_PAIRS = 3;
  /**
   * Two events whose stated dates begin closer than this many calendar months cannot be ordered
   * from knowledge: days or weeks apart, only the dates tell (two whole years are twelve apart).
   */
  static final int MIN_MONTHS = 2;
  /** The word that opened the period, left before the hole: "from", "between", "từ", "מ". */
  static final Pattern OPENER = Pattern.compile(
      "(?iu)(?:\\s|^)(?:" + EventDateWords.PERIOD_LEAD + ")[\\s\\-־]*$");

  private ChronologyItems() {}

  /**
   * Pairs of events whose order is certain (no overlap) from different sentences, at most three
   * per text, each event in one pair only; taken in the order of their stable ids.
   */
  static List<Pair> pairs(List<Timeline.Event> events) {
    List<Timeline.Event> pool = new ArrayList<>(events);
    pool.sort(Comparator.comparing(Timeline.Event::card));
    List<Pair> out = new ArrayList<>();
    while (pool.size() >= 2 && out.size() < MAX_PAIRS) {
      Timeline.Event a = pool.remove(0);
      Timeline.Event match = null;
      for (Timeline.Event b : pool) {
        boolean apart = farApart(a, b);
        if (apart && !a.sentence().equals(b.sentence())) {
          match = b;
          break;
        }
      }
      if (match == null) {
        continue;
      }
      pool.remove(match);
      Timeline.Event first = a.from() < match.from() ? a : match;
      Timeline.Event second = first == a ? match : a;
      String hash = Sha256.hex(a.card() + "\u0000" + match.card()).substring(0, 16);
      out.add(new Pair(hash, first, second));
    }
    return out;
  }

  /**
   * True when the two events do not overlap and lie at least {@link #MIN_MONTHS} calendar months
   * apart, so a student who knows the history can order them (days of one month cannot).
   */
  static boolean farApart(Timeline.Event a, Timeline.Event b) {
    Timeline.Event first = a.from() <= b.from() ? a : b;
    Timeline.Event second = first == a ? b : a;
    return first.to() < second.from()
        && months(second.from()) - months(first.from()) >= MIN_MONTHS;
  }

  /** A day written yyyymmdd as a count of calendar months. */
  private static long months(long yyyymmdd) {
    return Math.floorDiv(yyyymmdd, 10000) * 12 + Math.floorMod(yyyymmdd, 10000) / 100;
  }

  /** The period a fact states ("from 1992 to 1994"), or null when it is none or says too little. */
  static Period period(Document doc, Fact f, Question.FactRef ref) {
    if (!(f.value() instanceof Value.Date d) || !d.isRange() || Periods.ends(f).isEmpty()) {
      return null;
    }
    String[] ends = d.iso().split("/");
    if (ends[1].compareTo(ends[0]) <= 0 || !NamedSpan.durationAskable(doc, f)) {
      return null; // a bracketed span of a person, or of no thing that lasts
    }
    if (VerblessRow.is(doc.lang(), PromptBuilder.clean(f.sentence().of(doc.text())))
        || CopyDamage.reason(doc, f.sentence()) != null || Captions.line(doc, f.sentence())) {
      return null; // a biography's note, or garbled text, tells no event that lasted
    }
    String template = Timeline.clause(doc, f);
    if (template == null) {
      return null;
    }
    int hole = template.indexOf(PromptBuilder.HOLE);
    String left = OPENER.matcher(template.substring(0, hole)).replaceAll("");
    String text = Timeline.withoutDate(left + PromptBuilder.HOLE + template.substring(hole + 1));
    if (PromptBuilder.contextWords(text) < 4 || !Timeline.eventLike(text)
        || text.matches("(?s).*(?<!\\d)(1[0-9]|20)\\d\\d(?!\\d).*")) {
      return null;
    }
    String id = Sha256.hex(ref.source() + "\u0000" + ref.sentence() + "\u0000" + ref.text())
        .substring(0, 16);
    return new Period(id, text, ends[0], ends[1], ref);
  }
}
