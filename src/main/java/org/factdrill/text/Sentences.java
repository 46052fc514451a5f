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
   * The pack's words that decide a break after a period ICU is unsure of: abbreviations that
   * stand before a name or number ("St.", "Gen.", "No."), and the closed-class words (articles,
   * pronouns, conjunctions...) that, capitalized after an initial or a dotted acronym ("U.S."),
   * show that a new sentence began there; and the degree words and compass points of a position
   * ("41 deg. 12' N."), whose periods end no sentence between a figure and its minutes.
   */
  record Abbreviations(java.util.Set<String> titles, java.util.Set<String> openers,
      java.util.Set<String> weekdays, java.util.Set<String> scales,
      java.util.Set<String> degrees, java.util.Set<String> compass) {
    static Abbreviations of(Language lang) {
      java.util.Set<String> scales = new java.util.HashSet<>();
      lang.pack().numerals().forEach((w, n) -> {
        if (n.role() == org.factdrill.lang.LanguagePack.Role.SCALE) {
          scales.add(w);
        }
      });
      java.util.Set<String> degrees = new java.util.HashSet<>(lang.pack().words("position-units"));
      degrees.addAll(lang.pack().words("position-letter-units"));
      return new Abbreviations(lang.pack().words("abbreviations"),
          lang.pack().words("sentence-openers"), lang.pack().words("weekday-abbreviations"),
          java.util.Set.copyOf(scales), java.util.Set.copyOf(degrees),
          lang.pack().words("position-compass"));
    }
  }

  /**
   * Splits many texts of one language with one ICU iterator (cheaper than {@link #split} per
   * text). Not thread-safe: one per thread or per document.
   */
  public static final class Splitter {
    private final SentenceRules it;
    private final Abbreviations abbr;

    /** A splitter with the sentence rules of {@code lang}. */
    public Splitter(Language lang) {
      this.it = new SentenceRules((BreakIterator) PROTOTYPES.get(lang).clone());
      this.abbr = Abbreviations.of(lang);
    }

    /** Sentence spans of {@code text} in order, as {@link Sentences#split}. */
    public List<Span> split(String text) {
      return Sentences.split(text, it, abbr, Integer.MAX_VALUE);
    }

    /**
     * The first sentence spans of {@code text}, as {@link #split(String)}, up to the one that
     * holds offset {@code upTo - 1}; the sentences after it are not looked for (a caller that
     * only needs the sentences of some offsets saves ICU's work on the rest).
     */
    public List<Span> split(String text, int upTo) {
      return Sentences.split(text, it, abbr, upTo);
    }
  }

  private static List<Span> split(String text, SentenceRules it, Abbreviations abbr,
      int upTo) {
    List<Span> out = new ArrayList<>();
    int lineStart = 0;
    int n = text.length();
    // Paragraph = run of lines without an empty line. Hebrew seed texts wrap mid-sentence with
    // single newlines, so single newlines are kept inside a paragraph and ICU decides.
    while (lineStart < n) {
      int paraEnd = findParagraphEnd(text, lineStart);
      if (splitParagraph(text, lineStart, paraEnd, it, abbr, out, upTo)) {
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
  private static boolean splitParagraph(String text, int from, int to, SentenceRules it,
      Abbreviations abbr, List<Span> out, int upTo) {
    if (from >= to) {
      return false;
    }
    String para = softWraps(text.substring(from, to));
    List<int[]> strays = StrayMarks.of(para);
    para = StrayMarks.blanked(para, strays); // the iterator breaks where the next sentence starts
    it.setText(para);
    int stray = 0;
    int s = 0;
    int e = it.next();
    while (e != BreakIterator.DONE) {
      // ICU breaks "end.[29] Next" after the "[": a citation marker belongs to the sentence it
      // follows, so the break moves past its closing bracket (past "[1][2]", every mark in a row).
      if (e < para.length() && para.charAt(e - 1) == '[') {
        int close = para.indexOf(']', e);
        if (close > 0 && close - e <= 40) {
          int moved = close + 1;
          while (moved < para.length() && para.charAt(moved) == '[') {
            int c2 = para.indexOf(']', moved);
            if (c2 < 0 || c2 - moved > 40) {
              break;
            }
            moved = c2 + 1;
          }
          while (e != BreakIterator.DONE && e <= moved) {
            e = it.next();
          }
          addSpan(text, from + s, from + moved, abbr, out, it, from);
          s = moved;
          if (from + s >= upTo) {
            return true;
          }
          // The break found after the mark is the next sentence's end: look at it as any other
          // (skipping it glued the sentence after a citation mark to the one after that).
          continue;
        }
      }
      if (e < para.length() && (AbbreviationStops.goOn(para, e, abbr)
          || BrokenDecimals.goesOn(para, e, abbr.scales()))) {
        e = it.next();
        continue; // "the U.S. Senate", "St. Petersburg", "J. F. Smith", "2.\n5 million": one sentence
      }
      while (stray < strays.size() && strays.get(stray)[0] < e) {
        int[] r = strays.get(stray);
        if (r[0] > s) { // ". , Năm 1788, …": the sentence ends at its mark, the stray ones go
          addSpan(text, from + s, from + r[0], abbr, out, it, from);
        }
        s = Math.max(s, Math.min(r[1], e));
        if (r[1] > e) {
          break; // the stray marks go on past this break (a line feed among them)
        }
        stray++;
      }
      if (s >= e) {
        e = it.next(); // only stray marks lie before this break
        continue;
      }
      addSpan(text, from + s, from + e, abbr, out, it, from);
      s = e;
      if (from + s >= upTo) {
        return true;
      }
      e = it.next();
    }
    if (s < para.length()) {
      addSpan(text, from + s, from + para.length(), abbr, out, it, from);
    }
    return from + para.length() >= upTo;
  }

  /**
   * ICU ends a sentence at every line break, but hard-wrapped texts (common in older articles)
   * break lines mid-sentence. A line break counts as a soft wrap, read as a space, when the line
   * before it is long and does not end a sentence, or when the next line goes on in lower case;
   * short lines (headings, list items) before a capitalized line keep it.
   * The length is unchanged, so offsets stay those of the original text.
   */
  static String softWraps(String para) {
    int i = para.indexOf('\n');
    if (i < 0) {
      return para; // one line: nothing to read as a space, no copy
    }
    // The line breaks are found by indexOf (a vector search), not a test of every character;
    // the tests around one read only characters after the breaks already made spaces.
    char[] c = null;
    int lineStart = 0;
    int n = para.length();
    for (; i >= 0; i = para.indexOf('\n', i + 1)) {
      int end = i;
      while (end > lineStart && Character.isWhitespace(para.charAt(end - 1))) {
        end--;
      }
      boolean longLine = end - lineStart >= SOFT_WRAP_MIN;
      boolean ended = end > lineStart && ".!?:…\"”'׃".indexOf(para.charAt(end - 1)) >= 0;
      // A line whose next one goes on in lower case ("signed the\ntreaty") was cut inside a
      // clause, however short it is (a page pasted from a narrow column).
      int next = i + 1;
      while (next < n && (para.charAt(next) == ' ' || para.charAt(next) == '\t')) {
        next++;
      }
      boolean continues = end > lineStart && next < n
          && Character.isLowerCase(para.charAt(next))
          && Character.isLetterOrDigit(para.charAt(end - 1));
      if ((longLine || continues) && !ended && !MarkerRows.endsRow(para, lineStart, i)) {
        if (c == null) {
          c = para.toCharArray();
        }
        c[i] = ' ';
      }
      lineStart = i + 1;
    }
    return c == null ? para : new String(c);
  }

  /**
   * Adds the span [s, e) as {@link #addGlued}, first split after an ellipsis that a sentence
   * opener follows ("real examples … In 1920 the envoy came"): ICU ends no sentence at "…".
   * When the rules read the paragraph (it starts at {@code base} in {@code text}), only the
   * terminators and '…' they noted are looked at, not every character of the span.
   */
  private static void addSpan(String text, int s, int e, Abbreviations abbr, List<Span> out,
      SentenceRules it, int base) {
    if (!it.own()) {
      addSpan(text, s, e, abbr, out);
      return;
    }
    int from = s;
    if (!abbr.openers().isEmpty() && mayHoldMark(text, s, e, it, base)) {
      for (int cut : Ellipses.breaksAfterMarks(text, s, e, abbr.openers())) {
        addGlued(text, from, cut, out, it, base);
        from = cut;
      }
    }
    addGlued(text, from, e, out, it, base);
  }

  /** The span [s, e) as the sentence splitter adds it, every character of it read. */
  static void addSpan(String text, int s, int e, Abbreviations abbr, List<Span> out) {
    int from = s;
    for (int cut : Ellipses.breaks(text, s, e, abbr.openers())) {
      addGlued(text, from, cut, out);
      from = cut;
    }
    addGlued(text, from, e, out);
  }

  /** As {@link Ellipses#mayHoldMark}, over the marks the rules noted in [s, e). */
  private static boolean mayHoldMark(String text, int s, int e, SentenceRules it, int base) {
    for (int k = it.firstMark(s - base), m = it.markCount(); k < m; k++) {
      int p = it.markAt(k) + base;
      if (p >= e) {
        return false;
      }
      char c = text.charAt(p);
      if (c == '\u2026' || c == '.' && p + 1 < e && text.charAt(p + 1) == '.') {
        return true;
      }
    }
    return false;
  }

  /** As {@link #addGlued(String, int, int, List)}, over the marks the rules noted. */
  private static void addGlued(String text, int s, int e, List<Span> out, SentenceRules it,
      int base) {
    int from = s;
    for (int k = it.firstMark(s + 2 - base), m = it.markCount(); k < m; k++) {
      int p = it.markAt(k) + base;
      if (p >= e - 2) {
        break;
      }
      char c = text.charAt(p);
      if ((c == '.' || c == '!' || c == '?') && glued(text, p, e)) {
        addTrimmed(text, from, p + 1, out);
        from = p + 1;
      }
    }
    addTrimmed(text, from, e, out);
  }

  /**
   * Adds the span [s, e), split where a sentence is glued to the next without a space
   * ("ended.Next"): a word of two lower-case letters or more, its end mark, then a capitalized
   * word. Initials and acronyms ("U.S.", "Ph.D.") have one letter before each period and stay.
   */
  static void addGlued(String text, int s, int e, List<Span> out) {
    int from = s;
    // A scan for the rule of glued() (as a regex, its look-behind ran at every character
    // of every sentence: a fifth of extraction time). Bounds are the span's, as a regex region's.
    for (int p = s + 2; p < e - 2; p++) {
      char c = text.charAt(p);
      if ((c == '.' || c == '!' || c == '?') && glued(text, p, e)) {
        addTrimmed(text, from, p + 1, out);
        from = p + 1;
      }
    }
    addTrimmed(text, from, e, out);
  }

  /**
   * The rule {@code (?<=\p{Ll}{2}[.!?])(?=\p{Lu}[\p{Ll} ])} at the end mark {@code p}, inside
   * a span that starts at or before {@code p - 2} and ends at {@code e}: two lower-case letters
   * before the mark, then a capital and a lower-case letter or a space.
   */
  private static boolean glued(String text, int p, int e) {
    int q = p + 1;
    int cap = text.codePointAt(q);
    int afterCap = q + Character.charCount(cap);
    if (Character.getType(cap) != Character.UPPERCASE_LETTER || afterCap >= e) {
      return false;
    }
    int next = text.codePointAt(afterCap);
    if (next != ' ' && Character.getType(next) != Character.LOWERCASE_LETTER
        || afterCap + Character.charCount(next) > e) {
      return false;
    }
    // The regex's look-behind has a fixed length of three chars: two letters outside the BMP
    // never matched it (a surrogate is no lower-case letter), so chars are tested, not code points.
    return Character.getType(text.charAt(p - 1)) == Character.LOWERCASE_LETTER
        && Character.getType(text.charAt(p - 2)) == Character.LOWERCASE_LETTER;
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
