package org.factdrill.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The titles of a page's entries: a blog's or a newspaper archive's page holds several entries,
 * each headed by a line "Headline – 12 March 2009" (a headline, a dash or bar, the entry's date),
 * the shape of the page's own title line. By its length and its figures such a line passes for a
 * picture's caption; when two or more lines of that template head prose, they are the entries'
 * titles (headings), and each is the topic of its own entry, never of the next one. A
 * chronology writes the date first ("1905 – Headline"): the same, read the other way round.
 */
public final class EntryTitles {
  /** A title line is this short (the headline and its date). */
  private static final int MAX_WORDS = 20;
  /** The separator before the date: a spaced dash or bar, or an opening bracket. */
  private static final Pattern SEP = Pattern.compile("\\s+[–—|-]\\s+|\\s*\\(");
  /** A run of words left beside a date at most this long: a weekday, a time's word. */
  private static final int DATE_WORDS = 2;
  /** A chronology's entry line, its date first: "12 March 2009 – Headline", "1905 – Headline". */
  private static final Pattern LEADING = Pattern.compile("^(.{1,30}?)\\s+[–—|-]\\s+(?=\\p{L})");
  /** A year alone, or a day, a month's word in any language and a year ("9 janv. 1905"). */
  private static final Pattern YEAR_OR_DAY = Pattern.compile(
      "\\d{3,4}|\\d{1,2}\\.?\\s+\\p{L}{3,12}\\.?,?\\s+\\d{3,4}");

  private EntryTitles() {}

  /**
   * The headline of an entry's title line ("Headline – 12 March 2009" gives "Headline"): words,
   * then a separator and a date of a day or month (not a year alone: "Name, 1867" is a caption's
   * shape) that ends the line; null for any other line.
   */
  public static String headline(String line, LayoutWords w) {
    String s = line.strip();
    if (s.isEmpty() || s.indexOf('\n') >= 0 || LayoutClassifier.terminal(s)
        || LayoutClassifier.words(s) > MAX_WORDS || w.opensByline(s) || w.opensPublished(s)
        || DocDates.isDateLine(s, w)) { // ("Tuesday – 3 March 2015": a date line)
      return null;
    }
    String lead = leading(s, w);
    if (lead != null) {
      return lead;
    }
    Matcher m = SEP.matcher(s);
    int at = -1;
    int tail = -1;
    while (m.find()) {
      at = m.start();
      tail = m.end();
    }
    if (at <= 0) {
      return null;
    }
    String date = s.substring(tail).replaceFirst("\\)\\s*$", "").strip();
    Optional<DocDate> d = DocDates.parse(date, 0, w.language(), "entry");
    if (d.isEmpty() || d.get().month() == 0) {
      return null;
    }
    String rest = date.substring(0, d.get().evidence().start())
        + date.substring(d.get().evidence().end());
    rest = w.months().matcher(rest).replaceAll(" ").replaceAll("[\\d\\p{P}\\p{S}\\s]+", " ").strip();
    String head = s.substring(0, at).strip();
    if (LayoutClassifier.words(rest) > DATE_WORDS || !head.codePoints().anyMatch(Character::isLetter)
        || DocDates.parse(head, 0, w.language(), "entry").map(x -> x.month() > 0).orElse(false)) {
      return null;
    }
    return head;
  }

  /**
   * The headline of an entry line that opens with its date, as a chronology writes its entries:
   * a year, or a date of a day (in the pack's words, or a day, a month's word and a year in any
   * language), a spaced dash or bar, then words ("1905 – The second wave"); null otherwise.
   */
  private static String leading(String s, LayoutWords w) {
    Matcher m = LEADING.matcher(s);
    if (!m.find()) {
      return null;
    }
    String date = m.group(1).strip();
    if (SEP.matcher(date).find()) {
      return null; // "The fire – 3 March 2015 – and …": a headline opens it, not a date
    }
    boolean dated = YEAR_OR_DAY.matcher(date).matches();
    if (!dated) {
      Optional<DocDate> d = DocDates.parse(date, 0, w.language(), "entry");
      dated = d.isPresent() && d.get().month() > 0 && LayoutClassifier.words(w.months().matcher(
          date.substring(0, d.get().evidence().start()) + date.substring(d.get().evidence().end()))
          .replaceAll(" ").replaceAll("[\\d\\p{P}\\s]+", " ").strip()) <= DATE_WORDS;
    }
    String head = s.substring(m.end()).strip();
    return dated && LayoutClassifier.words(head) >= 2 && SEP.matcher(head).results().count() == 0
        ? head : null;
  }

  /** {@code line}'s headline when it is an entry's title line, else the line itself. */
  public static String titleOf(String line, LayoutWords w) {
    String h = line == null ? null : headline(line, w);
    return h != null ? h : line;
  }

  /**
   * Marks entry titles among {@code blocks}, in place: two or more one-line blocks of the
   * template {@link #headline} reads, each with prose right below it (maybe under a heading of
   * its own), become headings.
   */
  static void mark(String text, List<Block> blocks, LayoutWords w) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i + 1 < blocks.size(); i++) {
      Block b = blocks.get(i);
      LineClass c = b.cls();
      if ((c == LineClass.HEADING || c == LineClass.CAPTION || c == LineClass.PROSE)
          && headline(b.of(text), w) != null && headsProse(blocks, i)) {
        found.add(i);
      }
    }
    if (found.size() < 2) {
      return;
    }
    for (int i : found) {
      Block b = blocks.get(i);
      blocks.set(i, new Block(b.span(), LineClass.HEADING, b.origin()));
    }
  }

  /** True when prose follows block {@code i}, right below it or below one heading. */
  private static boolean headsProse(List<Block> blocks, int i) {
    LineClass next = blocks.get(i + 1).cls();
    return next == LineClass.PROSE
        || next == LineClass.HEADING && i + 2 < blocks.size()
            && blocks.get(i + 2).cls() == LineClass.PROSE;
  }
}
