package org.factdrill.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * Relative time expressions ("last year", "the following year", "3 years ago", "năm ngoái",
 * "אשתקד") and their absolute years. Deictic ones count from the document's date; anaphoric ones
 * ("the following year") from the nearest explicit year before them. What cannot be resolved is
 * reported as such, and the generator then does not ask the fact.
 */
final class RelativeTime {
  /**
   * How an expression is anchored: THEN ("at that time", "bấy giờ", "אז") means the time its
   * own sentence or the one before it states ({@link ThenYear}). SPAN ("over the next 40 years",
   * "within two years", "shortly afterwards") covers no one year: its clause is placed only by a
   * time its own sentence states ({@link ThenYear}). NOW ("từ nay", from now on) is the present
   * of a decree or statement: the time its own sentence states before it ("on 7 April 1832 the
   * king decreed that from now on …"), else the one year of the sentence before, else the
   * document's date.
   */
  enum Kind { DOC, PREV, AGO, AFTER, NEVER, THEN, SPAN, NOW }

  /** A relative expression in the text (document offsets). */
  record Found(int start, int end, String text, Kind kind, char unit, int offset, int count) {}

  /** A found expression with its year, or with {@code year < 0} when nothing resolves it. */
  record Resolved(Found found, int year, TimeAnchors.Anchor evidence) {
    boolean ok() {
      return year > 0;
    }
  }

  private record Rule(Pattern pattern, Kind kind, char unit, int offset) {}

  /**
   * Every language's rules, compiled once per JVM: they come from the packs alone, and the
   * generator, its auditor and its chronology each hold a RelativeTime (compiling them cost a
   * generator's construction a fifth of its time).
   */
  private static final class Compiled {
    static final Map<Language, Map<String, Integer>> COUNTS = new java.util.HashMap<>();
    static final Map<Language, List<Rule>> RULES = new java.util.HashMap<>();

    static {
      for (Language l : Language.values()) {
        Map<String, Integer> words = countWords(l);
        COUNTS.put(l, words);
        String n = countPattern(words);
        List<Rule> list = new ArrayList<>();
        for (String line : LangWords.lines(l, "relative-times")) {
          String[] p = line.split("\t", 4);
          if (p.length < 4) {
            continue;
          }
          list.add(new Rule(Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:"
              + p[3].strip().replace("{N}", n) + ")(?![\\p{L}\\p{N}])"),
              Kind.valueOf(p[0].strip().toUpperCase(java.util.Locale.ROOT)),
              p[1].strip().charAt(0), Integer.parseInt(p[2].strip())));
        }
        RULES.put(l, List.copyOf(list));
      }
    }
  }

  private final Map<Language, List<Rule>> rules = Compiled.RULES;

  /** Whether a count goes on before what a rule found. */
  private final CountContinues continues = new CountContinues();

  /** Whether a hedge stands before a count ("about twenty years later"). */
  private final HedgedCounts hedged = new HedgedCounts();

  /** Per language: a count written in words (the pack's numerals one to ninety-nine) → value. */
  private final Map<Language, Map<String, Integer>> counts = Compiled.COUNTS;

  /**
   * The last calls' answers. The generator asks of one sentence from several places (the stem
   * twice, the prompt's lead, the audit of each question made from it): same language, text and
   * range, same answer, since the rules read nothing else. Not shared between threads, as the
   * generator that holds it is not.
   */
  private record Call(Language lang, String text, int from, int to) {}

  /**
   * The last 256 calls, least recently used dropped first. Eight were too few: the auditor
   * checks every question of a document, and a document's prompts come back once the checks of
   * the questions between have pushed them out (counted on three generate test classes: 5,680
   * of 9,789 scans in one fork were of a text scanned before).
   */
  private final java.util.Map<Call, List<Found>> recent = new java.util.LinkedHashMap<>(512,
      0.75f, true) {
    @Override
    protected boolean removeEldestEntry(java.util.Map.Entry<Call, List<Found>> eldest) {
      return size() > 256;
    }
  };

  RelativeTime() {}

  /** The pack's numerals that alone count one to ninety-nine ("two", "ba", "שלוש", "три"). */
  private static Map<String, Integer> countWords(Language l) {
    Map<String, Integer> out = new java.util.HashMap<>();
    for (Map.Entry<String, org.factdrill.lang.LanguagePack.Numeral> e
        : l.pack().numerals().entrySet()) {
      org.factdrill.lang.LanguagePack.Numeral v = e.getValue();
      if (v.role() == org.factdrill.lang.LanguagePack.Role.ADD && v.starts() && v.value() >= 1
          && v.value() <= 99 && !e.getKey().isBlank()) {
        out.put(e.getKey().toLowerCase(l.pack().locale()), (int) v.value());
      }
    }
    return out;
  }

  /** A count in digits or in {@code l}'s words, as one group: what "{N}" stands for. */
  static String countPattern(Language l) {
    return countPattern(countWords(l));
  }

  /** "{N}" in a rule: a count in digits or in the pack's words, as group 1. */
  private static String countPattern(Map<String, Integer> words) {
    List<String> alts = new ArrayList<>(words.keySet());
    alts.sort((a, b) -> b.length() - a.length()); // longest first: "seventeen" before "seven"
    StringBuilder b = new StringBuilder("(\\d{1,3}");
    for (String w : alts) {
      b.append('|').append(Pattern.quote(w));
    }
    return b.append(')').toString();
  }

  /** The count of group 1, in digits or words; -1 when it reads as neither. */
  private int count(Language lang, String g) {
    if (g.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(g);
    }
    Integer v = counts.get(lang).get(g.toLowerCase(lang.pack().locale()));
    return v == null ? -1 : v;
  }

  /**
   * Relative expressions in text[from, to), longest first where two overlap, in text order (a
   * list not to be changed: a later call with the same arguments returns it again).
   */
  List<Found> find(Language lang, String text, int from, int to) {
    Call key = new Call(lang, text, from, to);
    List<Found> found = recent.get(key);
    if (found == null) {
      found = List.copyOf(scan(lang, text, from, to));
      recent.put(key, found);
    }
    return found;
  }

  private List<Found> scan(Language lang, String text, int from, int to) {
    List<Found> all = new ArrayList<>();
    String part = text.substring(from, to);
    for (Rule r : rules.getOrDefault(lang, List.of())) {
      Matcher m = r.pattern().matcher(part);
      while (m.find()) {
        int count = 0;
        Kind kind = r.kind();
        if (kind == Kind.AGO || kind == Kind.AFTER) {
          count = count(lang, m.group(1));
          kind = count < 0 ? Kind.NEVER : kind; // a count it cannot read: not asked
        }
        int countAt = from + (kind == Kind.AGO || kind == Kind.AFTER ? m.start(1) : m.start());
        int start = from + m.start();
        if ((kind == Kind.AGO || kind == Kind.AFTER) && count >= 1 && count <= 9
            && countAt == start) {
          TensWords.Tens t = TensWords.before(lang, text, countAt);
          if (t != null) {
            count += t.value(); // "thirty five years ago", "thirty-five years ago": one count
            countAt = t.start();
            start = t.start();
          }
        }
        if ((kind == Kind.AGO || kind == Kind.AFTER || kind == Kind.PREV)
            && hedged.before(lang, text, countAt)) {
          kind = Kind.SPAN; // "about twenty years later": no one year to compute
        } else if (kind != Kind.DOC && kind != Kind.THEN && kind != Kind.NOW
            && continues.before(lang, text, start, kind != Kind.PREV)) {
          kind = Kind.NEVER; // the tail of a longer count ("twenty-two years later"): not asked
        }
        all.add(new Found(start, from + m.end(), text.substring(start, from + m.end()), kind,
            r.unit(), r.offset(), count));
      }
    }
    all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end(), a.end()));
    List<Found> out = new ArrayList<>();
    for (Found f : all) {
      if (out.isEmpty() || f.start() >= out.get(out.size() - 1).end()) {
        out.add(f);
      }
    }
    return out;
  }

  /** The year an expression means, given the document's anchors. */
  Resolved resolve(Found f, TimeAnchors anchors) {
    switch (f.kind()) {
      case NEVER:
      case SPAN:
      case THEN: // needs the sentences around it: ThenYear
        return new Resolved(f, -1, null);
      case PREV:
        // "that year", "the same year": the year of the events told before, never a since-year
        return fromAnchor(f, f.offset() == 0 && f.unit() == 'y' ? anchors.sameYearBefore(f.start())
            : anchors.yearBefore(f.start()));
      case AFTER:
        return fromAnchor(f, anchors.yearBefore(f.start()));
      case AGO:
        return fromDocDate(f, anchors, -f.count());
      case NOW: // its own sentence's time first: ThenYear
      case DOC:
      default:
        return fromDocDate(f, anchors, f.offset());
    }
  }

  /**
   * A time counted from the time before it ("the following year", "three years later") counted
   * from {@code a}; unresolved when {@code a} is null or gives no year to count from.
   */
  static Resolved fromAnchor(Found f, TimeAnchors.Anchor a) {
    if (a == null) {
      return new Resolved(f, -1, null);
    }
    if (f.kind() == Kind.PREV) {
      return new Resolved(f, (f.offset() < 0 ? a.firstYear() : a.year()) + f.offset(), a);
    }
    int n = f.offset() < 0 ? -f.count() : f.count();
    if (f.unit() == 'm' && a.month() > 0 && !a.docDate()) {
      // "three months later" after "March 1950": counted from the anchor's month.
      int months = a.year() * 12 + a.month() - 1 + n;
      return new Resolved(f, Math.floorDiv(months, 12), a);
    }
    if (f.unit() != 'y') {
      return new Resolved(f, -1, null); // months from a bare year: the year is unknown
    }
    return new Resolved(f, (n < 0 ? a.firstYear() : a.year()) + n, a);
  }

  private static Resolved fromDocDate(Found f, TimeAnchors anchors, int offset) {
    TimeAnchors.Anchor d = anchors.docDate();
    if (d == null) {
      return new Resolved(f, -1, null);
    }
    if (f.unit() == 'y') {
      return new Resolved(f, d.year() + offset, d);
    }
    if (d.month() > 0 && d.day() > 0) {
      LocalDate base = LocalDate.of(d.year(), d.month(), d.day());
      LocalDate t = f.unit() == 'm' ? base.plusMonths(offset) : base.plusDays(offset);
      return new Resolved(f, t.getYear(), d);
    }
    if (d.month() > 0 && f.unit() == 'm') {
      int months = d.year() * 12 + d.month() - 1 + offset;
      return new Resolved(f, Math.floorDiv(months, 12), d);
    }
    if (offset == 0 || d.month() > 1 && d.month() < 12 && f.unit() == 'd') {
      return new Resolved(f, d.year(), d);
    }
    return new Resolved(f, -1, null);
  }

  /**
   * True when {@code r} is the writer's present ("today": the document's day, unit day, offset
   * 0) standing apart from a fact whose date writes its own year ("Today, a century after the war
   * ended in 1865, …"): the present comments on the past and leaves that year absolute, so the
   * fact is asked though nothing resolves the present.
   */
  static boolean presentAside(Found r, org.factdrill.extract.Fact f) {
    boolean onFact = r.start() < f.end() && f.start() < r.end();
    if (r.kind() != Kind.DOC || r.unit() != 'd' || r.offset() != 0 || onFact
        || !(f.value() instanceof org.factdrill.extract.Value.Date d) || d.iso().startsWith("--")) {
      return false;
    }
    // The year, decade or century is written in the fact ("1865", "the 1890s", "19th century").
    String head = d.iso().split("/")[0].replaceFirst("^-", "");
    return f.text().matches("(?s).*\\d.*") && (head.length() < 4 || f.text().contains(head.substring(0, 4)));
  }
}
