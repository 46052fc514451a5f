package org.factdrill.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * Which wrong dates make a false statement without doubt, from the words framing the blank. A
 * bound word (the pack's {@code bounds.txt}) makes some other dates true as well: after "since
 * 1990" a later year is also true (the state lasted), so wrong years are earlier; after "by 1990"
 * a later year is true and an earlier one undecided, so no date is false without doubt. An end of
 * a period in the running text is read alike: the period may be a window an event lies within
 * ("between 1890 and 1899"), which a wider period still holds, so only a narrower one (a later
 * start, an earlier end) is false. A period in brackets after a name is exact at both ends. A
 * date of a clause stating a state ({@link StativeClauses}), or of a clause with a word of
 * continuation ("still in use in 1925"), is read like "as of". An end bound opening a clause
 * of an event is read as "by" (a deadline). Every
 * wrong value of a period's end keeps the period a period (the start before the other end).
 */
final class DateSides {
  /** The side wrong dates must lie on, and the test a wrong date must pass. */
  record Bound(HedgePolicy.Side side, Predicate<Value> keep) {
    static final Bound ANY = new Bound(HedgePolicy.Side.EITHER, v -> true);
  }

  /** A bound phrase; {@code deadline}: read as "by" when it opens a sentence of an event. */
  private record Entry(Pattern before, Pattern after, HedgePolicy.Side side, int words,
      boolean deadline) {}

  /**
   * The kind of a word that is both "until" and "by" (Hebrew "עד"): an end bound, but a deadline
   * where it opens a sentence that tells an event ({@link #untilOpensEvent}).
   */
  static final String END_BY = "end-by";
  /** At most this many words stand for a "…" of a bound phrase (a subject with its name). */
  private static final int GAP_WORDS = 8;
  /** How far after a date its bound words are read (a "…" takes a subject's words). */
  private static final int AFTER_CHARS = 80;

  private final Map<Language, List<Entry>> entries = new HashMap<>();
  private final StativeClauses states = new StativeClauses();

  DateSides() {
    for (Language l : Language.values()) {
      List<Entry> list = new ArrayList<>();
      for (String line : LangWords.lines(l, "bounds")) {
        String[] p = line.split("\t", 2);
        HedgePolicy.Side side = p.length < 2 ? null : side(p[0].strip());
        if (side == null || !p[1].contains("#")) {
          continue;
        }
        String phrase = p[1].strip();
        int hash = phrase.indexOf('#');
        String before = phrase.substring(0, hash).strip();
        String after = phrase.substring(hash + 1).strip();
        list.add(new Entry(before.isEmpty() ? null : HedgePolicy.endingWith(l, before),
            after.isEmpty() ? null : after(after), side,
            phrase.split("\\s+").length, p[0].strip().equals(END_BY)));
      }
      entries.put(l, list);
    }
  }

  /**
   * The words that must follow the date, from its start; a "…" among them stands for a few words
   * of one clause (a subject: "by 1975, [the army] had", where the verb's tense makes the bound).
   */
  static Pattern after(String words) {
    StringBuilder re = new StringBuilder("(?iu)^\\s*");
    String[] parts = words.split("…", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        re.append("(?:[^\\s,.;:]+\\s+){0,").append(GAP_WORDS).append("}?");
      }
      String part = parts[i].strip();
      if (!part.isEmpty()) {
        re.append(Pattern.quote(part).replace(" ", "\\E\\s+\\Q"))
            .append(i < parts.length - 1 ? "\\s*" : "");
      }
    }
    return Pattern.compile(re + "(?![\\p{L}\\p{N}])");
  }

  /** The side a bound of this kind leaves wrong dates; null for a kind no pack should use. */
  static HedgePolicy.Side side(String kind) {
    return switch (kind.toLowerCase(Locale.ROOT)) {
      case "start" -> HedgePolicy.Side.BELOW_SURE;
      case "end", END_BY -> HedgePolicy.Side.ABOVE_SURE;
      case "latest", "open" -> HedgePolicy.Side.BELOW;
      case "earliest" -> HedgePolicy.Side.ABOVE;
      case "exact" -> HedgePolicy.Side.EITHER;
      default -> null;
    };
  }

  /**
   * The bound of date fact {@code f} (its prefix letters outside, as asked; {@code f0} as
   * extracted) in {@code sentence}, given the document's extracted facts.
   */
  Bound of(Language lang, String text, Span sentence, Fact f0, Fact f, List<Fact> extracted) {
    Fact period = Periods.periodOf(extracted, f0);
    if (period != null) {
      boolean start = Periods.isStart(period, f0);
      Fact other = Periods.otherEnd(period, f0);
      Predicate<Value> keep = other == null ? v -> true
          : v -> Integer.signum(Distractors.sortKey(v).compareTo(
              Distractors.sortKey(other.value()))) == (start ? -1 : 1);
      HedgePolicy.Side side = Periods.exact(text, period) ? HedgePolicy.Side.EITHER
          : start ? HedgePolicy.Side.ABOVE_SURE : HedgePolicy.Side.BELOW_SURE;
      return new Bound(side, keep);
    }
    HedgePolicy.Side side = bound(lang, text.substring(Math.max(sentence.start(),
        f.start() - 40), f.start()), text.substring(f.end(), Math.min(sentence.end(), f.end() + AFTER_CHARS)));
    if (side == side("end") && untilOpensEvent(lang, text.substring(sentence.start(), sentence.end()),
        f.start() - sentence.start(), f.end() - sentence.start())) {
      side = side("latest");
    }
    if (side == HedgePolicy.Side.EITHER && ((Value.Date) f.value()).iso().matches("\\d{2,4}")
        && states.stative(lang,
        text.substring(sentence.start(), sentence.end()), f.start() - sentence.start(),
        f.end() - sentence.start())) {
      // "In 1905 the town had 12 schools": a state at a year may hold in other years too, read
      // like "as of 1905" (no other year is false without doubt).
      side = side("open");
    }
    if (side == HedgePolicy.Side.EITHER && states.lasting(lang,
        text.substring(sentence.start(), sentence.end()), f.start() - sentence.start(),
        f.end() - sentence.start())) {
      // "The workshops were still in use in 1925": the state went on before and after it.
      side = side("open");
    }
    return new Bound(side, v -> true);
  }

  /**
   * True when an end bound that may also mean "by" ("עד", "עד סוף": kind {@value #END_BY}) opens
   * the clause of the date at
   * {@code [start, end)} of {@code sentence} and the clause tells an event, not a state or its
   * going on: "until the end of 1950, 200,000 came" counts what happened up to then, a deadline
   * ("by"), after which the count still holds; "the British ruled until 1948" (a state) and
   * "fighting went on until 26 October" (the bound after its verb) end a period.
   */
  private boolean untilOpensEvent(Language lang, String sentence, int date, int end) {
    // The date's qualifiers ("the end of", "סוף שנת") are read as part of it: "until the end of".
    String before = sentence.substring(0, date);
    String bound = unqualified(lang, before).strip();
    int start = Math.max(0, date - (before.length() - unqualified(lang, before).length()));
    return opensWithEnd(lang, bound) && !states.stative(lang, sentence, start, end)
        && !states.lasting(lang, sentence, start, end);
  }

  /**
   * True when {@code words} (the sentence up to its date) are a deadline-or-end phrase and nothing
   * else: the sentence opens with it. After a verb ("lasted until", "ונמשכה עד") or a comma
   * ("…, and until May in the north") it ends that clause's period.
   */
  private boolean opensWithEnd(Language lang, String words) {
    for (Entry e : entries.getOrDefault(lang, List.of())) {
      if (e.deadline() && e.after() == null && e.before() != null) {
        Matcher m = e.before().matcher(words);
        if (m.find() && m.start() == 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The side the longest bound phrase around a date leaves its wrong values; EITHER if none. */
  HedgePolicy.Side bound(Language lang, String before, String after) {
    // A date's own qualifiers ("the early 1990s", "đầu thập niên 1990") stand between a bound
    // word and the date span as extracted: "by the early 1990s" is bounded like "by 1990s".
    return boundOf(lang, unqualified(lang, before), after);
  }

  /** {@code before} without the run of the pack's date-qualifiers that ends it. */
  static String unqualified(Language lang, String before) {
    Set<String> q = lang.pack().words("date-qualifiers");
    String s = before.stripTrailing();
    for (boolean cut = !q.isEmpty(); cut; ) {
      cut = false;
      String lower = s.toLowerCase(Locale.ROOT);
      for (String w : q) {
        if (lower.endsWith(w) && (lower.length() == w.length()
            || !Character.isLetterOrDigit(lower.charAt(lower.length() - w.length() - 1)))) {
          s = s.substring(0, s.length() - w.length()).stripTrailing();
          cut = true;
          break;
        }
      }
    }
    return s.length() == before.stripTrailing().length() ? before : s + " ";
  }

  private HedgePolicy.Side boundOf(Language lang, String before, String after) {
    HedgePolicy.Side found = HedgePolicy.Side.EITHER;
    int longest = -1;
    for (Entry e : entries.getOrDefault(lang, List.of())) {
      Matcher b = e.before() == null ? null : e.before().matcher(before);
      if ((b == null || b.find()) && (e.after() == null || e.after().matcher(after).find())
          && e.words() > longest) {
        longest = e.words();
        found = e.side();
      }
    }
    return found;
  }
}
