package org.factdrill.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.text.Language;

/**
 * Figures that are true but not worth knowing (rubric line 3), by the word class around them in
 * the pack's {@code trivial-figures.txt}: a span of time below a day (how long a ceremony lasted),
 * a person's age in passing, a house number; and, in every language, a list's item number
 * ("(1) Spain recognized …") and an age set off by commas after a name ("Alvarez, 54, opened").
 * A century that scopes a superlative judgement in its phrase ("one of the finest works of the
 * 16th century"; pack lines {@code ranking<TAB>superlative<TAB>word}) is the writer's ranking,
 * not the date of an event: not asked; nor is a vague century (a span's open start, or hedged),
 * nor a date of a cited source (pack lines {@code source<TAB>phrase<TAB>…}).
 */
final class TrivialFigures {
  /** A list item's number in brackets, an item's words after it: "(2) England stopped". */
  private static final Pattern ITEM_OPEN = Pattern.compile("(?:^|[\\s:;,(])\\($");
  private static final Pattern ITEM_CLOSE = Pattern.compile("^\\)\\s*\\p{L}");
  /** A list item's number opening its line, an item's words after a mark: "1/ The king", "3 - Le". */
  private static final Pattern LINE_ITEM_OPEN = Pattern.compile("(?:^|\\n)[ \\t•*]*$");
  private static final Pattern LINE_ITEM_CLOSE = Pattern.compile("^ ?(?:[/.)]|[-–] ) ?\\p{L}");
  /** A capitalised name and a comma right before the number, a comma right after it. */
  private static final Pattern NAME_COMMA = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’\\-]+,\\s$");
  private static final Pattern COMMA_AFTER = Pattern.compile("^,\\s");
  /** A century's value, or a range of centuries: "15", "-04", "15/16". */
  private static final Pattern CENTURY = Pattern.compile("-?\\d{2}(?:/-?\\d{2})?");
  /** Where the phrase of a century starts: a clause mark or bracket before it. */
  private static final Pattern PHRASE_MARK = Pattern.compile("[,;:()\\[\\]—–]|\\s-\\s");
  /** Where a date's clause starts, for a cited source: a clause mark (brackets are links). */
  private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:]\\s");
  /** How far back a source's words may stand in a date's clause. */
  private static final int SOURCE_REACH = 200;
  /** How far back a superlative may scope a century: "one of the greatest artists of the". */
  private static final int RANKING_REACH = 80;
  /** An age is at most this, and an item number too. */
  private static final int MAX_SMALL = 120;

  /**
   * One pack line: the class, where its words stand, and the words as a pattern ("around": the
   * words before the number, and {@code also} the words right after it).
   */
  private record Rule(String cls, String where, Pattern words, Pattern also) {}

  private final Map<Language, List<Rule>> rules = new HashMap<>();

  TrivialFigures() {
    for (Language l : Language.values()) {
      List<Rule> out = new ArrayList<>();
      for (String line : LangWords.lines(l, "trivial-figures")) {
        String[] p = line.split("\t");
        if (p.length != 3) {
          continue;
        }
        String where = p[1].strip();
        // "around": "còn|ngày", the words before the number and those right after it.
        String[] sides = where.equals("around") ? p[2].split("\\|", 2) : new String[] {p[2]};
        Pattern pat = pattern(where.equals("around") ? "before" : where, sides[0].strip());
        Pattern also = sides.length == 2 ? pattern("after", sides[1].strip()) : null;
        out.add(new Rule(p[0].strip(), where, pat, also));
      }
      rules.put(l, out);
    }
  }

  /** The pattern of one pack line's words, by where they stand. */
  private static Pattern pattern(String where, String words) {
    String w = Pattern.quote(words);
    String lead = words.matches("^[\\p{L}\\p{M}].*") ? "(?<![\\p{L}\\p{M}])" : "";
    String tail = words.matches(".*[\\p{L}\\p{M}]$") ? "(?![\\p{L}\\p{M}])" : "";
    return switch (where) {
      case "after" -> Pattern.compile("(?iu)^\\s?" + w + tail);
      case "before" -> Pattern.compile("(?iu)" + lead + w + "[\\s\\-]?$");
      case "superlative" -> Pattern.compile("(?iu)" + lead + w + tail);
      case "phrase" -> phrase(words);
      case "after-name" -> Pattern.compile("(?u)^\\s(?:\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\s){1,3}" + w + tail);
      default -> Pattern.compile("(?iu)^" + w + "$");
    };
  }

  /** Why the figure is not worth asking; null when it may be. */
  ValueRules.Skip of(Language lang, String text, Fact f) {
    if ((f.kind() == FactKind.NUMBER || f.kind() == FactKind.DATE)
        && OtherCalendarGloss.eraYear(lang, text, f.start(), f.end())) {
      // "năm 1963 (Phật lịch 2507)": the same year in another era's count, a conversion.
      return new ValueRules.Skip(SkipReason.OTHER_CALENDAR, "a year of another era's count");
    }
    String scope = f.kind() == FactKind.DATE ? ranking(lang, text, f) : null;
    if (scope != null) { // "one of the finest … of the", "continued to grow in the"
      return new ValueRules.Skip(SkipReason.TRIVIAL, "a century in a " + scope + " phrase");
    }
    if (f.kind() == FactKind.DATE && source(lang, text, f)) {
      return new ValueRules.Skip(SkipReason.TRIVIAL,
          "a date of a cited source (when it was written, the years it tells of)");
    }
    if (f.kind() == FactKind.DATE && vagueCentury(lang, text, f)) {
      return new ValueRules.Skip(SkipReason.TRIVIAL, "a vague century (a span's open start, or hedged)");
    }
    if (GeneralDecade.only(lang, text, f)) { // "Trade was growing quickly during the 1920s."
      return new ValueRules.Skip(SkipReason.TRIVIAL, "a decade the only time of a general change");
    }
    if (f.kind() != FactKind.NUMBER) {
      return null; // dates, money and shares are the story's figures
    }
    String before = text.substring(Math.max(0, f.start() - 30), f.start());
    String after = text.substring(f.end(), Math.min(text.length(), f.end() + 40));
    boolean small = f.value() instanceof org.factdrill.extract.Value.Num n
        && n.value().signum() > 0 && n.value().compareTo(java.math.BigDecimal.valueOf(MAX_SMALL)) <= 0;
    if (small && (ITEM_OPEN.matcher(before).find() && ITEM_CLOSE.matcher(after).find()
        || LINE_ITEM_OPEN.matcher(before).find() && LINE_ITEM_CLOSE.matcher(after).find())) {
      return new ValueRules.Skip(SkipReason.IDENTIFIER, "a list item's number");
    }
    if (small && f.sentence() != null && f.sentence().end() <= text.length()
        && !f.sentence().of(text).codePoints().anyMatch(Character::isLetter)) {
      // "… sở tại. 3. Binh Chế.": a number that is a sentence of its own states nothing; it
      // numbers the heading or item after it.
      return new ValueRules.Skip(SkipReason.IDENTIFIER, "a list item's number (alone as a sentence)");
    }
    if (small && f.unit() == null && NAME_COMMA.matcher(before).find()
        && COMMA_AFTER.matcher(after).find()) {
      return new ValueRules.Skip(SkipReason.TRIVIAL, "age: set off by commas after a name");
    }
    for (Rule r : rules.getOrDefault(lang, List.of())) {
      boolean hit = switch (r.where()) {
        case "unit" -> f.unit() != null && r.words().matcher(f.unit().strip().toLowerCase(Locale.ROOT)).find();
        case "before" -> r.words().matcher(before).find();
        case "around" -> r.also() != null && r.words().matcher(before).find()
            && r.also().matcher(after).find();
        case "superlative", "phrase" -> false; // (centuries and dates only: above)
        default -> r.words().matcher(after).find();
      };
      if (hit) {
        return new ValueRules.Skip(r.cls().equals("address") ? SkipReason.IDENTIFIER
            : SkipReason.TRIVIAL, r.cls() + " (" + r.where() + ")");
      }
    }
    return null;
  }

  /** Pieces written "a … b": each a whole word or phrase, in this order, anything between. */
  private static Pattern phrase(String words) {
    StringBuilder re = new StringBuilder("(?iu)");
    for (String piece : words.split("\\s*…\\s*")) {
      re.append(re.length() > 5 ? ".*?" : "").append("(?<![\\p{L}\\p{M}])")
          .append(Pattern.quote(piece)).append("(?![\\p{L}\\p{M}])");
    }
    return Pattern.compile(re.toString());
  }

  /**
   * True when the clause of date {@code f} (back to a comma, semicolon or colon of its sentence,
   * links and brackets read through) says it is when a cited source was written or what years a
   * source tells of (pack lines {@code source<TAB>phrase<TAB>…}: "tài liệu … viết", "nói về lịch
   * sử"): a fact of the source, not of the story the page tells.
   */
  private boolean source(Language lang, String text, Fact f) {
    int from = Math.max(0, f.start() - SOURCE_REACH);
    if (f.sentence() != null && f.sentence().start() <= f.start()) {
      from = Math.max(from, f.sentence().start());
    }
    String clause = text.substring(from, f.start());
    java.util.regex.Matcher m = CLAUSE_MARK.matcher(clause);
    int cut = 0;
    while (m.find()) {
      cut = m.end();
    }
    clause = clause.substring(cut);
    for (Rule r : rules.getOrDefault(lang, List.of())) {
      if (r.where().equals("phrase") && r.words().matcher(clause).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code f} is a century that only bounds a state from an unstated year ("Từ đầu thế
   * kỷ 20, …", "since the early 19th century": the pack's span-start words, across a date's
   * qualifier, {@link org.factdrill.extract.LeadWords}) or that the writer hedges ("khoảng thế kỷ
   * 3", "around the 3rd century"): the year it stands for is what a teacher asks, and the text
   * does not give it.
   */
  private static boolean vagueCentury(Language lang, String text, Fact f) {
    if (!(f.value() instanceof org.factdrill.extract.Value.Date d)
        || !CENTURY.matcher(d.iso()).matches() || d.iso().contains("/")) {
      return false;
    }
    if (f.approx()) {
      return true;
    }
    String doubt = org.factdrill.extract.LeadWords.of(lang).doubt(text,
        f.sentence() != null ? f.sentence().start() : 0, f.start(), f.text(), false);
    return doubt != null && doubt.startsWith(org.factdrill.extract.LeadWords.STARTS);
  }

  /**
   * The class of the pack's words that scope the century {@code f} (null when none): the phrase before it
   * (back to a clause mark, within its sentence and {@link #RANKING_REACH} characters) holds one
   * ("the finest … of the", "מן … ביותר של", "đẹp nhất").
   */
  private String ranking(Language lang, String text, Fact f) {
    if (!(f.value() instanceof org.factdrill.extract.Value.Date d)
        || !CENTURY.matcher(d.iso()).matches()) {
      return null;
    }
    int from = Math.max(0, f.start() - RANKING_REACH);
    if (f.sentence() != null && f.sentence().start() <= f.start()) {
      from = Math.max(from, f.sentence().start());
    }
    String phrase = text.substring(from, f.start());
    java.util.regex.Matcher m = PHRASE_MARK.matcher(phrase);
    int cut = 0;
    while (m.find()) {
      cut = m.end();
    }
    phrase = phrase.substring(cut);
    for (Rule r : rules.getOrDefault(lang, List.of())) {
      if (r.where().equals("superlative") && r.words().matcher(phrase).find()) {
        return r.cls();
      }
    }
    return null;
  }
}
