package org.factdrill.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The title of a legal text whose heading is a stack of short lines in capitals: the issuing body,
 * the state, a motto, a number and a date, and somewhere among them the line that opens with the
 * document's kind ("DECREE", "NGHỊ ĐỊNH", the pack's document.kinds), alone or with its subject,
 * carried on by the capitals lines right under it ("ON THE FOUNDING OF …", "CỦA CHỦ TỊCH …").
 * That line and its continuation name the document; the state's or the issuing body's line, which
 * the prose repeats most and so wins by its words, names only who issued it. Lines are read one
 * by one (a heading stack may be one block or many); the title is shown in sentence case and, when
 * long, cut before a word that opens a phrase, so it ends on a whole phrase. The year of the
 * stack's number or date line follows in brackets: a decree's articles count "from now on" from
 * its date, and a bracketed year leaves the title when a question asks it.
 */
final class KindTitles {
  /** A heading line has at most this many words (a syllable is a word in Vietnamese). */
  private static final int MAX_WORDS = 40;
  /** The kind's line and at most this many lines more carry the title. */
  private static final int MAX_LINES = 4;
  /** A title longer than this is cut at a phrase's boundary. */
  static final int MAX_CHARS = 120;
  /** A comma this close before an "and" makes it a list's last "and". */
  private static final int LIST_REACH = 60;
  /** The heading stack is among this many blocks at most. */
  private static final int TOP_BLOCKS = 24;
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{3,4}");
  private static final java.util.regex.Pattern FOUR =
      java.util.regex.Pattern.compile("(?<!\\d)(?:1[0-9]|20)\\d{2}(?!\\d)");
  private static final java.util.regex.Pattern CUT_END = java.util.regex.Pattern.compile("[,;:\\s]+$");

  private KindTitles() {}

  /**
   * The kind's line and its continuation, when {@code chosen} is no title of the text's own in
   * small letters (none, or a line in capitals of the heading stack); else null.
   */
  static Titles.Found title(String text, List<Block> blocks, Titles.Found chosen, LayoutWords w) {
    if (chosen != null && (chosen.span() == null
        || !HeadingRuns.shouted(text.substring(chosen.span().start(), chosen.span().end())))) {
      return null; // a page's own title in small letters ("Decree no. 12 of 1946") names it better
    }
    int end = headingEnd(text, blocks);
    List<int[]> lines = new ArrayList<>(); // [start, end) of each line before the article
    for (int at = 0; at < end; ) {
      int eol = text.indexOf('\n', at);
      eol = eol < 0 || eol > end ? end : eol;
      lines.add(new int[] {at, eol});
      at = eol + 1;
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = line(text, lines.get(i), w);
      int kind = w.documentKindEnd(line);
      if (kind < 0 || !piece(line, w)) {
        continue;
      }
      // A kind alone on its line ("DECREE") may stand one blank line above its subject.
      boolean alone = line.substring(kind).isBlank();
      StringBuilder title = new StringBuilder(line);
      int from = lines.get(i)[0] + leading(text, lines.get(i));
      int to = lines.get(i)[1];
      int joined = 1;
      String yearLine = null;
      for (int j = i + 1; j < lines.size() && joined < MAX_LINES; j++) {
        String next = line(text, lines.get(j), w);
        if (next.isEmpty() && alone && joined == 1 && j == i + 1) {
          continue;
        }
        if (next.isEmpty() || !piece(next, w) && yearOnly(next, w) == null
            || w.documentKindEnd(next) >= 0 || w.opensDocumentNumber(next) || dated(next, w)) {
          break;
        }
        yearLine = yearOnly(next, w);
        if (yearLine != null) { // "NĂM 1951" under a constitution's name: its year, in brackets
          to = lines.get(j)[1];
          break;
        }
        title.append(' ').append(next);
        to = lines.get(j)[1];
        joined++;
      }
      String t = cut(HeadingRuns.sentenceCase(SPACES.matcher(title).replaceAll(" ").strip(), text,
          blocks), w.language());
      // The decree's date belongs with its name (a "from now on" in its articles counts from
      // it): the year of the stack's number or date line, in brackets, unless the title has one.
      String year = yearLine != null ? yearLine
          : YEAR.matcher(t).find() ? null : stackYear(text, lines, w);
      return new Titles.Found(year == null ? t : t + " (" + year + ")", new Span(from, to));
    }
    return null;
  }

  /** The year of the heading stack's first number or date line ("SỐ 12 NGÀY …", "Ossel, 3 March 1921"). */
  private static String stackYear(String text, List<int[]> lines, LayoutWords w) {
    for (int[] l : lines) {
      String line = text.substring(l[0], l[1]).strip();
      java.util.regex.Matcher y = FOUR.matcher(line);
      if ((dated(line, w) || w.opensDocumentNumber(line)) && y.find()) {
        return y.group();
      }
    }
    return null;
  }

  /** The year of a line that is only a year, maybe after the pack's year word ("NĂM 1951"); else null. */
  private static String yearOnly(String line, LayoutWords w) {
    String rest = line.strip();
    String word = w.yearWord();
    if (!word.isEmpty() && rest.toLowerCase(Locale.ROOT).startsWith(word.toLowerCase(Locale.ROOT) + " ")) {
      rest = rest.substring(word.length()).strip();
    }
    java.util.regex.Matcher y = FOUR.matcher(rest);
    return y.matches() ? y.group() : null;
  }

  /** Where the article begins: its first paragraph of prose, or the end of the top blocks. */
  private static int headingEnd(String text, List<Block> blocks) {
    int end = 0;
    for (int i = 0; i < blocks.size() && i < TOP_BLOCKS; i++) {
      if (Titles.articleBegins(text, blocks.get(i))) {
        return blocks.get(i).span().start();
      }
      end = blocks.get(i).span().end();
    }
    return end;
  }

  /** The line's text, stripped of a heading's marks; empty for a blank line. */
  private static String line(String text, int[] l, LayoutWords w) {
    String s = text.substring(l[0], l[1]).strip();
    return s.isEmpty() ? s : LayoutClassifier.cleanHeading(s, w).strip();
  }

  private static int leading(String text, int[] l) {
    String s = text.substring(l[0], l[1]);
    return s.length() - s.stripLeading().length();
  }

  /**
   * True when the line may be part of a title: short, in capitals, one cell (no tab or bar of a
   * flattened two-column heading), no mark of a sentence's or an enacting formula's end.
   */
  private static boolean piece(String line, LayoutWords w) {
    int words = LayoutClassifier.words(line);
    return words > 0 && words <= MAX_WORDS && HeadingRuns.shouted(line)
        && line.indexOf('\t') < 0 && line.indexOf('|') < 0
        && ".!?;:,".indexOf(line.charAt(line.length() - 1)) < 0
        && !w.opensByline(line) && !w.opensPublished(line);
  }

  /** True when the line holds a date with its month (the document's date, or a place and date). */
  private static boolean dated(String line, LayoutWords w) {
    return w.months().matcher(line).find() && YEAR.matcher(line).find();
  }

  /**
   * The title cut, when longer than {@link #MAX_CHARS}, before the last word within that length
   * that opens a phrase (the pack's title-cuts: "of", "and", "của", "và"; never inside a list), so it ends on a
   * whole phrase with no mark of a cut; as it is when no such word stands past its first words.
   */
  static String cut(String t, Language lang) {
    if (t.length() <= MAX_CHARS) {
      return t;
    }
    Set<String> openers = lang.pack().words("title-cuts");
    Set<String> and = lang.pack().words("list-and");
    int best = -1;
    for (int at = t.indexOf(' '); at > 0 && at < MAX_CHARS; at = t.indexOf(' ', at + 1)) {
      int next = t.indexOf(' ', at + 1);
      String word = t.substring(at + 1, next < 0 ? t.length() : next).toLowerCase(Locale.ROOT);
      // Never inside a list ("A, B, C and D"): not at its commas, nor before its "and".
      boolean listed = and.contains(word) && t.lastIndexOf(", ", at) > at - LIST_REACH;
      if (openers.contains(word) && !listed && t.charAt(at - 1) != ',') {
        best = at;
      }
    }
    return best > MAX_CHARS / 3 ? CUT_END.matcher(t.substring(0, best)).replaceAll("") : t;
  }
}
