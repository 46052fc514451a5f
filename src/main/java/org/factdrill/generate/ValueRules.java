package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * Whether a value is worth blanking and can be asked honestly, beyond its sentence's shape: a
 * number inside a quantifier idiom ("một số" is "some", not one), a unit conversion in
 * parentheses, an abbreviated year that names a war ("the '73 war"), a figure followed by "and a
 * half" that its value does not hold, a date whose year the prompt does not show, and answers the
 * prompt or its context line gives away (the year in the context line, a Hebrew-calendar year
 * beside it, the other end of a compact year range, a Roman-numeral gloss).
 */
final class ValueRules {
  /** A skip with its reason and a short detail for the report. */
  record Skip(SkipReason reason, String detail) {}

  /** A Hebrew-calendar year in letters: ה'תש"ח, תשל"ד, תרצ"ג (hundreds ת/ש/ר/ק, gershayim). */
  private static final Pattern HEBREW_YEAR = Pattern.compile(
      "(?<!\\p{L})(?:ה['׳]?)?ת[קרשת]?[א-ת]?[\"״][א-ת](?!\\p{L})");
  /** A compact year range: "1853–56", "1914-1918". */
  private static final Pattern YEAR_RANGE = Pattern.compile(
      "(?<![\\p{N}])(\\d{4})\\s*[–—-]\\s*(\\d{2}|\\d{4})(?![\\p{N}])");
  /** A four-digit year standing alone in a prompt (not part of a longer figure). */
  private static final Pattern STATED_YEAR =
      Pattern.compile("(?<![\\p{N},.])(\\d{4})(?![\\p{N}]|[,.]\\d)");
  private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\s*[/.]\\s*(\\d{1,2})");
  /** An abbreviated year in the prompt: "'73", "73'", "73׳" (the '73 war). */
  private static final Pattern ABBREVIATED_YEAR = Pattern.compile(
      "(?<![\\p{N}\\p{L}])['’׳](\\d{2})(?![\\p{N}])|(?<![\\p{N}])(\\d{2})['’׳](?![\\p{L}\\p{N}])");
  private static final Pattern ROMAN_GLOSS = Pattern.compile("^\\s*\\(\\s*[MDCLXVI]{2,}\\s*\\)");
  /** An abbreviated year with an apostrophe or geresh: "'73", "73'", "73׳". */
  private static final Pattern APOSTROPHE_YEAR_BEFORE = Pattern.compile("['’׳]$");
  private static final Pattern APOSTROPHE_YEAR_AFTER = Pattern.compile("^['’׳](?!\\p{L})");

  private final Map<Language, List<Pattern>> idioms = new java.util.HashMap<>();
  private final Map<Language, Pattern> halves = new java.util.HashMap<>();
  private final Map<Language, Pattern> streets = new java.util.HashMap<>();
  private final FramedValues framing = new FramedValues();
  private final TrivialFigures trivials = new TrivialFigures();

  ValueRules() {
    for (Language l : Language.values()) {
      List<Pattern> ps = new ArrayList<>();
      for (String phrase : LangWords.lines(l, "quantifier-idioms")) {
        // A "*" stands for a noun of one to four words: "một * nào đó" (some thing or other,
        // whatever the noun: "một văn bản nào đó", two syllables; "văn bản / văn liệu", two words
        // offered as alternatives).
        String re = java.util.Arrays.stream(phrase.split(" "))
            .map(w -> w.equals("*") ? "[\\p{L}\\p{M}]+(?:(?:\\s+|\\s*/\\s*)[\\p{L}\\p{M}]+){0,3}" : Pattern.quote(w))
            .collect(java.util.stream.Collectors.joining("\\s+"));
        ps.add(Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + re + "(?![\\p{L}\\p{N}])"));
      }
      idioms.put(l, ps);
      List<String> sw = LangWords.lines(l, "street-words");
      if (!sw.isEmpty()) {
        StringBuilder b = new StringBuilder();
        for (String w : sw) {
          b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(w));
        }
        // The street word, up to three words of its name, then the number: "רחוב הרצל 16".
        streets.put(l, Pattern.compile("(?iu)(?<!\\p{L})\\p{L}{0,2}(?:" + b + ")(?:\\s+[\\p{L}'\"׳״-]+){0,3}"
            + "\\s+$"));
      }
      List<String> hw = LangWords.lines(l, "half-words");
      if (!hw.isEmpty()) {
        StringBuilder b = new StringBuilder();
        for (String w : hw) {
          b.append(b.length() == 0 ? "" : "|");
          b.append(w.startsWith("* ") ? "(?:\\p{L}+\\s+)?" + Pattern.quote(w.substring(2))
              : Pattern.quote(w));
        }
        halves.put(l, Pattern.compile("(?iu)^\\s*(?:" + b + ")(?!\\p{L})"));
      }
    }
  }

  /** Why the fact, read in its text, is not worth asking; null when it is. */
  Skip notWorth(Language lang, String text, Fact f) {
    Skip framed = framing.check(lang, text, f); // an anniversary's count, a report's date
    if (framed != null) {
      return framed;
    }
    if (RecurringDays.recurs(lang, text, f)) { // "Harvest Day (2 October)": no day of one year
      return new Skip(SkipReason.RECURRING_DAY, null);
    }
    if (f.kind() == FactKind.DATE && SignedPosts.timestamp(text, f.start(), f.end())) {
      return new Skip(SkipReason.LAYOUT, "the time stamp of a signed post");
    }
    Skip trivial = trivials.of(lang, text, f);
    if (trivial != null) {
      return trivial;
    }
    for (Pattern p : idioms.getOrDefault(lang, List.of())) {
      Matcher m = p.matcher(text);
      m.region(Math.max(0, f.start() - 40), Math.min(text.length(), f.end() + 40));
      while (m.find()) {
        if (m.start() < f.end() && f.start() < m.end()) {
          return new Skip(SkipReason.IDIOM, m.group());
        }
      }
    }
    if (QuotedTitles.inside(lang, text, f)) {
      return new Skip(SkipReason.IDENTIFIER, "a figure in a work's quoted title");
    }
    if (QuotedTitles.unquoted(lang, text, f)) {
      return new Skip(SkipReason.IDENTIFIER, "a figure in a work's title");
    }
    String before = text.substring(Math.max(0, f.start() - 30), f.start());
    String after = text.substring(f.end(), Math.min(text.length(), f.end() + 30));
    if (f.kind() == FactKind.NUMBER || f.kind() == FactKind.DATE && isYear(f.value())) {
      // First: a conversion's decimal ("N ft (M.D m)") is a measure, not a day and month.
      if (Conversions.inside(text, f)) {
        return new Skip(SkipReason.CONVERSION, null);
      }
    }
    if (f.kind() != FactKind.DATE && dayMonth(lang, f.text())) {
      return new Skip(SkipReason.PART_OF_DATE, "a day and month in the numeric date order");
    }
    if (f.kind() == FactKind.NUMBER && f.text().matches("\\d{2}")
        && (APOSTROPHE_YEAR_BEFORE.matcher(before).find()
        || APOSTROPHE_YEAR_AFTER.matcher(after).find())) {
      return new Skip(SkipReason.IDENTIFIER, "an abbreviated year in a name");
    }
    Pattern street = streets.get(lang);
    if (street != null && f.kind() == FactKind.NUMBER && street.matcher(before).find()) {
      return new Skip(SkipReason.IDENTIFIER, "a street number");
    }
    String article = lang.pack().setting("definite-article", "");
    String word = f.text().startsWith(article) ? f.text().substring(article.length()) : f.text();
    String lead = f.text().startsWith(article) ? before + article : before;
    if (!article.isEmpty() && f.kind() == FactKind.NUMBER && !word.isEmpty()
        && Character.isLetter(word.charAt(0))
        && lead.matches("(?s).*\\p{L}[\"'׳״]?\\s+" + Pattern.quote(article) + "$")) {
      // A number word with the article after a name or noun is an ordinal that names it
      // ("לואי הארבעה עשר", Louis XIV; "הכנסת העשרים ואחת", the 21st Knesset), not a count.
      return new Skip(SkipReason.IDENTIFIER, "an ordinal in a name");
    }
    Pattern half = halves.get(lang);
    if (half != null && !(f.value() instanceof Value.Date) && half.matcher(after).find()) {
      return new Skip(SkipReason.VALUE_UNSURE, "a half after the figure");
    }
    return null;
  }

  /** Why the prompt (template with its hole) or the context line gives the answer away; or null. */
  static Skip givenAway(Language lang, Fact f, String template, String contextLine,
      String textAfterFact) {
    if (!(f.value() instanceof Value.Date d) || d.year() <= 0 && !d.iso().matches("\\d{3}")) {
      int hole = template.indexOf(PromptBuilder.HOLE);
      // The prompt drops the blanked measure's conversion (Conversions.dropAfterHole); one left
      // in it restates the answer.
      if (f.kind() == FactKind.NUMBER && hole >= 0
          && Conversions.follows(template.substring(hole + 1))) {
        return new Skip(SkipReason.ANSWER_GIVEN_AWAY, "its conversion in parentheses");
      }
      if (OneBeforeSingular.givesAway(lang, f, template)) {
        return new Skip(SkipReason.ANSWER_GIVEN_AWAY, "one before a singular noun");
      }
      return null;
    }
    String rest = template.replace(String.valueOf(PromptBuilder.HOLE), " ");
    if (d.iso().matches("\\d{3}") && Pattern.compile("(?<!\\d)" + d.iso() + "\\d(?!\\d)")
        .matcher(rest).find()) {
      return new Skip(SkipReason.ANSWER_GIVEN_AWAY, "a year of the decade stands in the prompt");
    }
    int year = d.year();
    String y = String.valueOf(year);
    if (isYear(d) && contextLine != null && Pattern.compile("(?<!\\p{N})" + y + "(?!\\p{N})")
        .matcher(contextLine).find()) {
      return new Skip(SkipReason.ANSWER_GIVEN_AWAY, "the context line names the year");
    }
    Matcher hy = HEBREW_YEAR.matcher(rest);
    while (hy.find()) {
      // A Hebrew-calendar year of the same year left in the prompt (one beside the blank leaves
      // with it: CalendarGloss); another year gives nothing away.
      if (CalendarGloss.sameYear(hy.group(), year)) {
        return new Skip(SkipReason.ANSWER_GIVEN_AWAY, "a Hebrew-calendar year states it");
      }
    }
    Matcher m = YEAR_RANGE.matcher(rest);
    while (m.find()) {
      int lo = Integer.parseInt(m.group(1));
      int hi = Integer.parseInt(m.group(2));
      if (m.group(2).length() == 2) {
        hi = lo / 100 * 100 + hi;
      }
      // A range in a name mentioned in passing spans the thing named, not the blanked date's
      // event ("X was part of the Plimsoll War 1812–1815 and lasted from _____ to …").
      if ((lo == year || hi == year) && !NameYears.rangeOfANameInPassing(lang, rest, m.start())) {
        return new Skip(SkipReason.RANGE_END, m.group());
      }
    }
    Matcher ab = ABBREVIATED_YEAR.matcher(rest);
    while (ab.find()) {
      String two = ab.group(1) != null ? ab.group(1) : ab.group(2);
      if (Integer.parseInt(two) == year % 100) {
        return new Skip(SkipReason.ANSWER_GIVEN_AWAY, "an abbreviated year names it");
      }
    }
    if (ROMAN_GLOSS.matcher(textAfterFact).find()) {
      return new Skip(SkipReason.ANSWER_GIVEN_AWAY, "a Roman-numeral gloss");
    }
    return null;
  }

  /**
   * A date with a month but whose year neither its own text, the prompt nor the context line
   * shows: the student cannot tell which year is meant.
   */
  static boolean yearNotShown(Value v, String answerText, String template, String contextLine) {
    if (!(v instanceof Value.Date d) || d.isRange() || d.year() <= 0 || d.iso().length() < 7) {
      return false;
    }
    String y = String.valueOf(d.year());
    Pattern p = Pattern.compile("(?<!\\p{N})" + y + "(?!\\p{N})");
    return !p.matcher(answerText).find()
        && !p.matcher(template.replace(String.valueOf(PromptBuilder.HOLE), " ")).find()
        && (contextLine == null || !p.matcher(contextLine).find());
  }

  /** The context line names the year of a full date: options that vary the year are decided. */
  static boolean contextNamesYear(Value v, String contextLine) {
    return v instanceof Value.Date d && d.year() > 0 && contextLine != null
        && Pattern.compile("(?<!\\p{N})" + d.year() + "(?!\\p{N})").matcher(contextLine).find();
  }

  /**
   * Years a wrong option may take: within the document's own span (a little margin), and on the
   * same side as the answer of every other year the prompt or its context line states (a year
   * after "began in 1977 … ended in ___" must be after 1977).
   */
  static java.util.function.IntPredicate yearBounds(int answerYear, List<Integer> docYears,
      String template, String contextLine) {
    return yearBounds(answerYear, docYears, template, contextLine, -1);
  }

  /**
   * As above, and never before {@code floor} (the year of the event the sentence says its own
   * came after; -1 for none) when the answer is not before it.
   */
  static java.util.function.IntPredicate yearBounds(int answerYear, List<Integer> docYears,
      String template, String contextLine, int floor) {
    if (answerYear <= 0) {
      return y -> true;
    }
    int[] span = YearOptions.span(answerYear, docYears);
    final int min = span[0] - 3;
    final int max = Math.max(span[1] + 3, answerYear + 3);
    List<Integer> stated = new ArrayList<>();
    String rest = template.replace(String.valueOf(PromptBuilder.HOLE), " ")
        + " " + (contextLine == null ? "" : contextLine);
    Matcher m = STATED_YEAR.matcher(rest);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (y >= 1000 && y <= 2100 && y != answerYear) {
        stated.add(y);
      }
    }
    return y -> {
      if (y < 0) {
        return true;
      }
      if (y < min || y > max || floor > 0 && answerYear >= floor && y < floor) {
        return false;
      }
      for (int s : stated) {
        if (Integer.compare(y, s) != Integer.compare(answerYear, s)) {
          return false;
        }
      }
      return true;
    };
  }

  /** "9/10" or "9.10" is a valid day and month in the language's numeric date order. */
  static boolean dayMonth(Language lang, String text) {
    Matcher m = DAY_MONTH.matcher(text.strip());
    if (!m.matches()) {
      return false;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    boolean mdy = "mdy".equals(lang.pack().setting("numeric-date-order", "dmy"));
    int day = mdy ? b : a;
    int month = mdy ? a : b;
    return month >= 1 && month <= 12 && day >= 1
        && day <= java.time.YearMonth.of(2000, month).lengthOfMonth();
  }

  private static boolean isYear(Value v) {
    return v instanceof Value.Date d && d.iso().matches("\\d{4}");
  }
}
