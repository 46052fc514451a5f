package org.factdrill.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits text into sentences with ICU's sentence rules, and also at blank lines and line
 * breaks that end a heading or list item, since history articles often lack final punctuation.
 */
public final class Sentences {
  private static final int SOFT_WRAP_MIN = 40;
  /**
   * One ICU sentence iterator per language, never used directly, only cloned: creating an
   * iterator reloads ICU's rule data (a resource read), which cost more than the splitting.
   */
  private static final Map<Language, BreakIterator> PROTOTYPES = prototypes();

  private Sentences() {}

  private static Map<Language, BreakIterator> prototypes() {
    Map<Language, BreakIterator> m = new java.util.LinkedHashMap<>();
    for (Language l : Language.values()) {
      m.put(l, BreakIterator.getSentenceInstance(new ULocale(l.code())));
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Sentence spans in order, trimmed of surrounding white space, never empty. */
  public static List<Span> split(String text, Language lang) {
    return new Splitter(lang).split(text);
  }

  /**
   * Splits many texts of one language with one ICU iterator (cheaper than {@link #split} per
   * text). Not thread-safe: one per thread or per document.
   */
  public static final class Splitter {
    private final BreakIterator it;

    /** A splitter with the sentence rules of {@code lang}. */
    public Splitter(Language lang) {
      this.it = (BreakIterator) PROTOTYPES.get(lang).clone();
    }

    /** Sentence spans of {@code text} in order, as {@link Sentences#split}. */
    public List<Span> split(String text) {
      return Sentences.split(text, it, Integer.MAX_VALUE);
    }

    /**
     * The first sentence spans of {@code text}, as {@link #split(String)}, up to the one that
     * holds offset {@code upTo - 1}; the sentences after it are not looked for (a caller that
     * only needs the sentences of some offsets saves ICU's work on the rest).
     */
    public List<Span> split(String text, int upTo) {
      return Sentences.split(text, it, upTo);
    }
  }

  private static List<Span> split(String text, BreakIterator it, int upTo) {
    List<Span> out = new ArrayList<>();
    int lineStart = 0;
    int n = text.length();
    // Paragraph = run of lines without an empty line. Hebrew seed texts wrap mid-sentence with
    // single newlines, so single newlines are kept inside a paragraph and ICU decides.
    while (lineStart < n) {
      int paraEnd = findParagraphEnd(text, lineStart);
      if (splitParagraph(text, lineStart, paraEnd, it, out, upTo)) {
        break;
      }
      lineStart = paraEnd;
      while (lineStart < n && (text.charAt(lineStart) == '\n' || text.charAt(lineStart) == '\r')) {
        lineStart++;
      }
    }
    return out;
  }

  private static int findParagraphEnd(String text, int from) {
    int i = from;
    while (i < text.length()) {
      int nl = text.indexOf('\n', i);
      if (nl < 0) {
        return text.length();
      }
      int j = nl + 1;
      while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t'
          || text.charAt(j) == '\r')) {
        j++;
      }
      if (j >= text.length() || text.charAt(j) == '\n') {
        return nl;
      }
      i = j;
    }
    return text.length();
  }

  /** Adds the paragraph's sentences; true when a sentence reached {@code upTo} (stop there). */
  private static boolean splitParagraph(String text, int from, int to, BreakIterator it,
      List<Span> out, int upTo) {
    if (from >= to) {
      return false;
    }
    String para = softWraps(text.substring(from, to));
    it.setText(para);
    int s = it.first();
    for (int e = it.next(); e != BreakIterator.DONE; e = it.next()) {
      // ICU breaks "end.[29] Next" after the "[": a citation marker belongs to the sentence it
      // follows, so the break moves past its closing bracket.
      if (e < para.length() && para.charAt(e - 1) == '[') {
        int close = para.indexOf(']', e);
        if (close > 0 && close - e <= 40) {
          int moved = close + 1;
          while (e != BreakIterator.DONE && e < moved) {
            e = it.next();
          }
          addTrimmed(text, from + s, from + moved, out);
          s = moved;
          if (e == BreakIterator.DONE) {
            break;
          }
          if (from + s >= upTo) {
            return true;
          }
          continue;
        }
      }
      addTrimmed(text, from + s, from + e, out);
      s = e;
      if (from + s >= upTo) {
        return true;
      }
    }
    if (s < para.length()) {
      addTrimmed(text, from + s, from + para.length(), out);
    }
    return from + para.length() >= upTo;
  }

  /**
   * ICU ends a sentence at every line break, but hard-wrapped texts (common in older articles)
   * break lines mid-sentence. A line break counts as a soft wrap, read as a space, when the line
   * before it is long and does not end a sentence; short lines (headings, list items) keep it.
   * The length is unchanged, so offsets stay those of the original text.
   */
  static String softWraps(String para) {
    if (para.indexOf('\n') < 0) {
      return para; // one line: nothing to read as a space, no copy
    }
    char[] c = para.toCharArray();
    int lineStart = 0;
    for (int i = 0; i < c.length; i++) {
      if (c[i] != '\n') {
        continue;
      }
      int end = i;
      while (end > lineStart && Character.isWhitespace(c[end - 1])) {
        end--;
      }
      boolean longLine = end - lineStart >= SOFT_WRAP_MIN;
      boolean ended = end > lineStart && ".!?:…\"”'׃".indexOf(c[end - 1]) >= 0;
      if (longLine && !ended) {
        c[i] = ' ';
      }
      lineStart = i + 1;
    }
    return new String(c);
  }

  private static void addTrimmed(String text, int s, int e, List<Span> out) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Span(s, e));
    }
  }
}
