package org.factdrill.generate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * The rows of an entry of a reference list (a list of rulers, of office holders): under a short
 * heading line naming the entry ("3. Name." or a name alone) stand short rows whose subject is
 * only that heading ("From 1428 to 1433, 5 years in all."). Such a row opens with one of the
 * pack's {@code entry-row-openers} (a period's opening words, "reigned") on a line of its own; it
 * is asked with the entry's name as its context line, or not at all when no heading names it.
 */
final class EntryRows {
  /** A row is this many words at most; so is every row between it and its heading. */
  private static final int ROW_WORDS = 30;
  /** An entry's name is this many words at most. */
  private static final int NAME_WORDS = 6;
  /** How many non-blank lines above a row its heading may be. */
  private static final int MAX_LINES = 6;
  /** An entry's number before its name: "3.", "3)", "3◦.", "III." is not (a name's letters). */
  private static final Pattern NUMBER = Pattern.compile("^\\s*\\p{N}{1,3}\\s*[^\\p{L}\\p{N}\\s]{0,3}\\s*");
  /**
   * An entry's numbered heading ending a line after a sentence's end ("… 4. Name."): a page that
   * lost a line break put the heading after the previous entry's text; the last one counts.
   */
  private static final Pattern TAIL = Pattern.compile(
      "[.!?]\\s+(\\p{N}{1,3}\\s*[^\\p{L}\\p{N}\\s]{1,3}\\s*[^\\p{N}]*)$");
  /** The name ends at its first period, comma, colon, semicolon or bracket. */
  private static final Pattern NAME = Pattern.compile("^([^.,:;()\\[\\]]+)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’\\-]*");

  private EntryRows() {}

  /** True when the sentence at {@code start} is an entry's row: its pack's opener, its own line. */
  static boolean isRow(Language lang, String text, int start, int end) {
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (!text.substring(lineStart, start).isBlank()) {
      return false; // the row is the line's first clause, not a clause inside prose
    }
    String s = text.substring(start, end).strip();
    return org.factdrill.text.WordCount.of(s) <= ROW_WORDS && opensRow(lang, s);
  }

  private static boolean opensRow(Language lang, String line) {
    String s = line.strip().toLowerCase(Locale.ROOT);
    for (String o : lang.pack().words("entry-row-openers")) {
      if (s.startsWith(o) && (s.length() == o.length()
          || !Character.isLetter(s.codePointAt(o.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a row of the same kind (opening a line with one of the pack's openers) stands on
   * the nearest non-blank line above or below the row at {@code start..end}: a run of rows.
   */
  static boolean inRun(Language lang, String text, int start, int end) {
    int above = text.lastIndexOf('\n', start - 1);
    while (above > 0) {
      int from = text.lastIndexOf('\n', above - 1) + 1;
      if (!text.substring(from, above).isBlank()) {
        if (opensRow(lang, text.substring(from, above))) {
          return true;
        }
        break;
      }
      above = from - 1;
    }
    int below = text.indexOf('\n', end);
    while (below >= 0 && below + 1 < text.length()) {
      int to = text.indexOf('\n', below + 1);
      String line = text.substring(below + 1, to < 0 ? text.length() : to);
      if (!line.isBlank()) {
        return opensRow(lang, line);
      }
      below = to;
    }
    return false;
  }

  /**
   * The name of the entry heading the row at {@code start}: the nearest heading-shaped line
   * above it, over rows of the same kind only (a line of another shape may end the entry
   * before: a page's scan puts the next heading inside it); null when there is none.
   */
  static String heading(Language lang, String text, int start) {
    int end = text.lastIndexOf('\n', start - 1);
    for (int seen = 0; end > 0 && seen < MAX_LINES; ) {
      int from = text.lastIndexOf('\n', end - 1) + 1;
      String line = text.substring(from, end).strip();
      end = from - 1;
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      // The heading after a lost line break ends its line: the words opening that line are the
      // entry before it ("Đời X, Y. 3◦. Z." heads Z's rows, not X's).
      Matcher tail = TAIL.matcher(line);
      String name = tail.find() ? name(line.substring(tail.start(1))) : null;
      if (name == null) {
        name = name(line);
      }
      if (name != null) {
        return name;
      }
      if (org.factdrill.text.WordCount.of(line) > ROW_WORDS || !opensRow(lang, line)) {
        return null; // prose, or a row of another shape: the heading is not this row's
      }
    }
    return null;
  }

  /**
   * The entry's name when {@code line} is an entry's heading: a short run of words up to its
   * first mark, after an optional number; in a script with capitals it opens with a capital and,
   * unnumbered, every word is capitalised (a name); in one without, it must be numbered.
   */
  static String name(String line) {
    Matcher num = NUMBER.matcher(line);
    boolean numbered = num.lookingAt() && num.end() > 0
        && !line.substring(0, num.end()).isBlank();
    String rest = numbered ? line.substring(num.end()) : line;
    Matcher m = NAME.matcher(rest);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).strip();
    int n = org.factdrill.text.WordCount.of(name);
    if (n == 0 || n > NAME_WORDS || name.matches("(?s).*\\p{N}.*")) {
      return null;
    }
    if (TopicNames.caseless(name)) {
      return numbered ? name : null;
    }
    Matcher w = WORD.matcher(name);
    boolean first = true;
    while (w.find()) {
      boolean cap = Character.isUpperCase(w.group().codePointAt(0));
      if (first && !cap || !first && !cap && !numbered) {
        return null;
      }
      first = false;
    }
    return name;
  }

}
