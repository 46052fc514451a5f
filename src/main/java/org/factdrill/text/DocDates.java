package org.factdrill.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a document states for itself: in a byline or "published" line near the top,
 * in a news dateline, else a year in the title. Dates inside the prose are events, not this.
 */
final class DocDates {
  /** How many blocks from the top a byline or dateline may be. */
  private static final int TOP_BLOCKS = 12;
  /** The article's first paragraph has at least this many words. */
  private static final int ARTICLE_WORDS = 15;
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?![\\d/])");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(1[0-9]{3}|20[0-9]{2})(?![\\d.,]\\d|\\d)");

  /** A line opening with a label: letters (up to four words), then a colon, a bar or a tab. */
  private static final Pattern LABEL =
      Pattern.compile("^\\s*\\p{L}[\\p{L}\\p{M}.'’-]*(?: [\\p{L}\\p{M}.'’-]+){0,3}\\s*[:：|\\t]\\s*\\S");

  /** What a dateline is cut to and tested for in {@link #isDateLine}: compiled once. */
  private static final Pattern LEAD_MARKS = Pattern.compile("^[\\s\\p{P}]+");
  private static final Pattern NO_WORDS = Pattern.compile("[\\d\\s\\p{P}\\p{S}]+");
  private static final Pattern OTHER_MARK = Pattern.compile("(?s).*[\\p{P}&&[^.'’-]].*");
  private static final Pattern BARE_YEAR = Pattern.compile("\\d{3,4}");

  /** The day and year around a month name, as the pack writes them: compiled once a language. */
  private record DayPatterns(Pattern dayBefore, Pattern dayYearAfter, Pattern yearAfter) {
    static DayPatterns of(Language lang) {
      LayoutWords w = LayoutWords.of(lang);
      // The pack's ordinal endings ("5th") and day words ("ngày 5") around the day.
      String ends = optional(lang.pack().words("ordinal-endings"), "");
      String yw = w.yearWord().isEmpty() ? "" : "(?:" + Pattern.quote(w.yearWord()) + "\\s+)?";
      return new DayPatterns(Pattern.compile("(\\d{1,2})" + ends + "\\.?\\s*"
          + optional(lang.pack().words("day-words"), "\\s*") + "$"),
          Pattern.compile("^\\s+(\\d{1,2})" + ends + ",?\\s+(\\d{4})(?!\\d)"),
          Pattern.compile("^,?\\s*(?:/|" + yw + ")?\\s*(\\d{4})(?!\\d)"));
    }
  }

  private static final java.util.Map<Language, DayPatterns> DAY_PATTERNS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private DocDates() {}

  static Optional<DocDate> find(String text, List<Block> blocks, Language lang, String title,
      Span titleSpan) {
    LayoutWords w = LayoutWords.of(lang);
    int seen = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (seen++ >= TOP_BLOCKS) {
        break;
      }
      String s = b.of(text);
      String how = null;
      if (b.cls() == LineClass.BYLINE && !w.opensPublished(s) && rowAmongRows(text, blocks, i)) {
        continue; // "Born: 26 May 1867" among "Name: …" rows: the date of what its label names
      }
      if (b.cls() == LineClass.BYLINE) {
        how = w.opensPublished(s) ? "published" : "byline";
      } else if (w.opensPublished(s)) {
        how = "published";
      } else if (b.cls() == LineClass.PROSE && seen <= 4 && Datelines.opens(s)) {
        how = "dateline";
        int lead = Datelines.leadEnd(s); // (a dash ends the dateline: the story's dates are events)
        s = s.substring(0, lead > 0 ? lead : Math.min(s.length(), 80));
      }
      if (how != null) {
        Optional<DocDate> d = parse(s, b.span().start(), lang, how);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    Optional<DocDate> lead = storyDateline(text, blocks, lang);
    if (lead.isPresent()) {
      return lead;
    }
    if (title != null && titleSpan != null) {
      Optional<DocDate> d = parse(title, titleSpan.start(), lang, "title");
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /**
   * The filing date in the dateline that opens the article's first paragraph (its first prose of
   * some length), however much of a page's chrome stands above it: "CITY, Month D, YYYY – …".
   * Only the dateline is read, never the story's own dates after its dash.
   */
  private static Optional<DocDate> storyDateline(String text, List<Block> blocks, Language lang) {
    for (Block b : blocks) {
      String s = b.of(text);
      if (b.cls() == LineClass.PROSE && LayoutClassifier.words(s) >= ARTICLE_WORDS) {
        int end = Datelines.leadEnd(s);
        return end < 0 ? Optional.empty() : parse(s.substring(0, end), b.span().start(), lang, "dateline");
      }
    }
    return Optional.empty();
  }

  /**
   * Block i is a "label: value" row (a label of letters, then a colon, a bar or a tab) and so is
   * the line before or after it: an infobox's row, whose date is that of what the label names
   * (a birth, a signing, an election), not the page's. A page labels its own date with a
   * published word, or writes it alone.
   */
  private static boolean rowAmongRows(String text, List<Block> blocks, int i) {
    if (!LABEL.matcher(blocks.get(i).of(text)).find()) {
      return false;
    }
    for (int j : new int[] {i - 1, i + 1}) {
      if (j >= 0 && j < blocks.size() && LABEL.matcher(blocks.get(j).of(text)).find()) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code s} is a date and little else: a dateline, not a sentence. */
  /** "by" and an author's name of at most three words after a post's date. */
  private static final int BYLINE_NAME_WORDS = 4;

  static boolean isDateLine(String s, LayoutWords w) {
    Optional<DocDate> d = parse(s, 0, w.language(), "byline");
    if (d.isEmpty()) {
      return false;
    }
    String head = s.substring(0, d.get().evidence().start());
    String tail = LEAD_MARKS.matcher(s.substring(d.get().evidence().end())).replaceFirst("");
    if (NO_WORDS.matcher(head).replaceAll("").isEmpty() && !tail.isEmpty()
        && w.opensByline(tail) && LayoutClassifier.words(tail) <= BYLINE_NAME_WORDS
        && !OTHER_MARK.matcher(tail).matches()) {
      return true; // "<date> by <name>": a post's date and its author's name under its title
    }
    String rest = head + s.substring(d.get().evidence().end());
    rest = w.months().matcher(rest).replaceAll(" ");
    // What is left is only times, weekdays, punctuation and numbers: a dateline, not a sentence.
    String left = NO_WORDS.matcher(rest).replaceAll(" ").strip();
    // A bare year before words names what happened in it ("1906 Karvo earthquake"): a title.
    boolean bareYear = BARE_YEAR.matcher(
        s.substring(d.get().evidence().start(), d.get().evidence().end()).strip()).matches();
    return LayoutClassifier.words(left) <= (bareYear ? 0 : 2);
  }

  /** The first date in {@code s} (full, month-year, or a year alone), offsets shifted by base. */
  static Optional<DocDate> parse(String s, int base, Language lang, String how) {
    LayoutWords w = LayoutWords.of(lang);
    Matcher m = ISO.matcher(s);
    if (m.find() && valid(num(m, 2), num(m, 3))) {
      return Optional.of(new DocDate(num(m, 1), num(m, 2), num(m, 3), span(m, base), how));
    }
    Matcher mo = w.months().matcher(s);
    while (mo.find()) {
      int month = w.monthNumber(mo.group(1));
      String before = s.substring(Math.max(0, mo.start() - 6), mo.start());
      String after = s.substring(mo.end());
      DayPatterns p = DAY_PATTERNS.computeIfAbsent(lang, DayPatterns::of);
      Matcher dayBefore = p.dayBefore().matcher(before);
      Matcher dayYearAfter = p.dayYearAfter().matcher(after);
      Matcher yearAfter = p.yearAfter().matcher(after);
      if (dayYearAfter.find()) {
        return Optional.of(new DocDate(Integer.parseInt(dayYearAfter.group(2)), month,
            Integer.parseInt(dayYearAfter.group(1)), new Span(base + mo.start(),
                base + mo.end() + dayYearAfter.end()), how));
      }
      if (yearAfter.find()) {
        int day = dayBefore.find() ? Integer.parseInt(dayBefore.group(1)) : 0;
        int start = day > 0 ? mo.start() - (before.length() - dayBefore.start()) : mo.start();
        if (day > 31) {
          day = 0;
        }
        return Optional.of(new DocDate(Integer.parseInt(yearAfter.group(1)), month, day,
            new Span(base + start, base + mo.end() + yearAfter.end()), how));
      }
    }
    m = NUMERIC.matcher(s);
    if (m.find()) {
      int a = num(m, 1);
      int b = num(m, 2);
      // The pack says whether all-digit dates put the month first; the numbers may say otherwise.
      boolean monthFirst = "mdy".equals(lang.pack().setting("numeric-date-order", ""))
          ? a <= 12 : b > 12;
      int month = monthFirst ? a : b;
      int day = monthFirst ? b : a;
      if (valid(month, day)) {
        return Optional.of(new DocDate(num(m, 3), month, day, span(m, base), how));
      }
    }
    m = YEAR.matcher(s);
    if (m.find()) {
      return Optional.of(new DocDate(num(m, 1), 0, 0, span(m, base), how));
    }
    return Optional.empty();
  }

  /** "(?:a|b)?" of the words (each followed by {@code tail}), or "" when there are none. */
  private static String optional(java.util.Set<String> words, String tail) {
    if (words.isEmpty()) {
      return "";
    }
    return "(?:(?:" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")" + tail
        + ")?";
  }

  private static boolean valid(int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }

  private static int num(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }

  private static Span span(Matcher m, int base) {
    return new Span(base + m.start(), base + m.end());
  }
}
