package org.factdrill.generate;

import java.util.List;
import java.util.Locale;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * A row of a chronology is one entry: a line that opens with a date, then one sentence or
 * several ("1925 – The Dock Act created a board. It set a wage of $12. The board also fixed the
 * hours in 1927."). Its first sentence names what the row is about; the later ones go on about
 * it without naming it, so a later sentence asked alone leaves "which act?", "which board?"
 * open. Such a sentence is asked with the row from its start (its date and first sentence), or
 * names the row's subject itself; else it is not asked.
 */
final class RowSentences {
  /** Marks a list row may open with before its date. */
  private static final String BULLETS = "-*•·▪►◦–—";

  private RowSentences() {}

  /**
   * Where the row holding sentence {@code s} starts, when {@code s} is a later sentence of a
   * row: its line opens with a date set off as a row's head (after bullet marks), that line
   * starts a sentence (the text before it ends one, or is a blank line or a heading), and the
   * line before or after is such a row too; else -1.
   */
  static int start(String text, Span s, List<Fact> facts) {
    int p = rowAt(text, s, facts);
    return p < s.start() ? p : -1;
  }

  /**
   * True when {@code s} is the first sentence of a chronology's row (as {@link #start}): a row
   * is an entry of its own, and the row before it is another entry, no sentence it continues.
   */
  static boolean opensRow(String text, Span s, List<Fact> facts) {
    return rowAt(text, s, facts) == s.start();
  }

  /** Where the row of {@code s}'s line starts (at or before {@code s}); -1 when it is none. */
  private static int rowAt(String text, Span s, List<Fact> facts) {
    int line = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
    int p = line;
    while (p < s.start() && (Character.isWhitespace(text.charAt(p))
        || BULLETS.indexOf(text.charAt(p)) >= 0)) {
      p++;
    }
    if (p > s.start() || !opensSentence(text, line) || !head(text, facts, p, s.end())) {
      return -1; // the line opens with no row's date
    }
    // A run: the line before or after (blank lines between) is a dated row too.
    int before = line - 1;
    while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
      before--;
    }
    int after = text.indexOf('\n', s.start());
    return before > 0 && lineHead(text, facts, text.lastIndexOf('\n', before - 1) + 1)
        || after >= 0 && lineHead(text, facts, after + 1) ? p : -1;
  }

  /** The line at {@code line} (blank lines skipped) opens with a row's date. */
  private static boolean lineHead(String text, List<Fact> facts, int line) {
    int p = line;
    while (p < text.length() && (Character.isWhitespace(text.charAt(p))
        || BULLETS.indexOf(text.charAt(p)) >= 0)) {
      p++;
    }
    int eol = text.indexOf('\n', p);
    return p < text.length() && head(text, facts, p, eol < 0 ? text.length() : eol);
  }

  /**
   * A date starts at {@code at} and ends before {@code limit}, set off as a row's head: a dash or
   * colon after it, or a capitalised word right after it ("1925 The Dock Act …"), not the comma
   * or verb of a sentence that opens with its date ("July 4, 1776, was the day …").
   */
  private static boolean head(String text, List<Fact> facts, int at, int limit) {
    int end = dateEnd(facts, at);
    if (end <= at || end >= limit) {
      return false;
    }
    int q = end;
    while (q < limit && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
      q++;
    }
    return q < limit && ("–—-:：".indexOf(text.charAt(q)) >= 0
        || q > end && Character.isUpperCase(text.codePointAt(q)));
  }

  /** The line starting at {@code line} starts a sentence: the text before it ends one. */
  private static boolean opensSentence(String text, int line) {
    int q = line - 1;
    while (q >= 0 && text.charAt(q) != '\n' && Character.isWhitespace(text.charAt(q))) {
      q--;
    }
    if (q < 0) {
      return true;
    }
    if (text.charAt(q) != '\n') {
      return false;
    }
    int end = q - 1; // the previous line's last mark, or a blank line
    while (end >= 0 && text.charAt(end) != '\n' && Character.isWhitespace(text.charAt(end))) {
      end--;
    }
    if (end < 0 || text.charAt(end) == '\n') {
      return true;
    }
    int prevLine = text.lastIndexOf('\n', end) + 1;
    // A sentence mark ends it, or it is a short line with none (a heading, another label row).
    return ".!?:;)\"”".indexOf(text.charAt(end)) >= 0 || end - prevLine < 80
        && text.substring(prevLine, end + 1).chars().noneMatch(c -> c == '.' || c == ',');
  }

  /** Where the date fact starting at {@code at} ends; -1 when none starts there. */
  static int dateEnd(List<Fact> facts, int at) {
    int end = -1;
    for (Fact f : facts) {
      if (f.start() == at && f.value() instanceof Value.Date) {
        end = Math.max(end, f.end());
      }
    }
    return end;
  }

  /**
   * True when {@code sentence} names the subject of the row's first sentence ({@code first}, its
   * words after the date): the subject's words without a leading article, whole.
   */
  static boolean namesSubject(Language lang, String first, String sentence) {
    String subject = SeriesSubject.subject(lang, first.replaceFirst("^[^\\p{L}]+", ""));
    if (subject == null) {
      return false;
    }
    String[] w = subject.split(" ", 2);
    if (w.length == 2 && lang.pack().words("function-words").contains(w[0].toLowerCase(Locale.ROOT))) {
      subject = w[1];
    }
    return sentence.contains(subject);
  }
}
