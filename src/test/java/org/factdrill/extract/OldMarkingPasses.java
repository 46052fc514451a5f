package org.factdrill.extract;

import java.util.Set;
import org.factdrill.lang.LanguagePacks;

/**
 * The marking passes after NonFacts as they were before DigitRuns visited each digit run once
 * (main 361a902): one pass per rule, each reading made tokens. The oracle of DigitRunsTest.
 */
final class OldMarkingPasses {
  private static final Set<String> DIFF_LABELS = LanguagePacks.allWords("diff-line-labels");
  private static final String ORDINAL_MARKS = "\u25e6\u00ba\u00aa";

  private OldMarkingPasses() {}

  /** The old order: the markup and its numbers, numbering lines, calendars, tables, counters. */
  static void mark(Toks t, Lexicon lex) {
    MarkupNumbers.markup(t);
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (t.get(i).isDigits() && (ordinal(t, i) || pageLine(t, i) || diffHeader(t, i))) {
        t.blocked[i] = true;
      }
    }
    numberingLines(t);
    otherCalendarYears(t, lex);
    TableLabels.mark(t, lex);
    itemCounters(t, lex);
  }

  private static boolean ordinal(Toks t, int i) {
    Token next = t.get(i + 1);
    return next != null && t.attached(i + 1) && next.punct() != 0
        && ORDINAL_MARKS.indexOf(next.punct()) >= 0;
  }

  private static boolean pageLine(Toks t, int i) {
    return t.isDash(i - 1) && lineStart(t, i - 1) && t.isDash(i + 1) && lineEnd(t, i + 2);
  }

  private static boolean diffHeader(Toks t, int i) {
    int a = i;
    if (t.isDigits(i - 2) && arrow(t.get(i - 1))) {
      a = i - 2;
    }
    if (!t.isWordTok(a - 1) || !lineStart(t, a - 1) || !DIFF_LABELS.contains(t.norm(a - 1))) {
      return false;
    }
    int b = a + 1;
    if (arrow(t.get(b)) && t.isDigits(b + 1)) {
      b += 2;
    }
    return t.isPunct(b, ':') && lineEnd(t, b + 1);
  }

  private static boolean arrow(Token tok) {
    return tok != null && (tok.isDash() || tok.punct() == '\u27f6' || tok.punct() == '\u2192');
  }

  private static boolean lineStart(Toks t, int i) {
    return i == 0 || t.get(i) != null && t.get(i).newlinesBefore() > 0;
  }

  private static boolean lineEnd(Toks t, int i) {
    return t.get(i) == null || t.get(i).newlinesBefore() > 0;
  }

  private static void numberingLines(Toks t) {
    int[] marks = t.marks();
    int runFrom = -1;
    int runLength = 0;
    int last = -2;
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      int v = lone(t, i) ? value(t.get(i)) : -1;
      if (v < 0) {
        continue;
      }
      if (runLength > 0 && (v == last || v == last + 1)) {
        runLength++;
      } else {
        blockRun(t, marks, runFrom, m, runLength);
        runFrom = m;
        runLength = 1;
      }
      last = v;
    }
    blockRun(t, marks, runFrom, Integer.MAX_VALUE, runLength);
  }

  private static void blockRun(Toks t, int[] marks, int from, int to, int length) {
    if (length < NumberingLines.RUN) {
      return;
    }
    for (int m = from; m < to && marks[m] >= 0; m++) {
      if (lone(t, marks[m]) && value(t.get(marks[m])) >= 0) {
        t.blocked[marks[m]] = true;
      }
    }
  }

  private static boolean lone(Toks t, int i) {
    Token tok = t.get(i);
    if (!tok.isDigits() || tok.text().length() > 3 || t.attached(i) || t.attached(i + 1)
        || grouped(t, i - 1, i) || grouped(t, i, i + 1)) {
      return false;
    }
    for (int k = i; k >= 0; k--) {
      Token c = t.get(k);
      if (k < i && c.isWord()) {
        return false;
      }
      if (c.newlinesBefore() > 0) {
        break;
      }
    }
    for (int k = i + 1; k < t.size() && t.get(k).newlinesBefore() == 0; k++) {
      if (t.get(k).isWord()) {
        return false;
      }
    }
    return true;
  }

  private static boolean grouped(Toks t, int a, int b) {
    return t.isDigits(a) && t.isDigits(b) && t.get(b).text().length() == 3
        && t.startOf(b) - t.endOf(a) == 1;
  }

  private static int value(Token tok) {
    return tok.text().length() <= 3 ? Integer.parseInt(tok.text()) : -1;
  }

  private static void otherCalendarYears(Toks t, Lexicon lex) {
    Set<String> names = lex.words(WordList.CALENDAR_NAME_WORDS);
    if (names.isEmpty()) {
      return;
    }
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (t.isWordTok(i - 1) && names.contains(t.norm(i - 1))
          && !lex.words(WordList.OWN_CALENDAR_WORDS).contains(t.norm(i - 2))) {
        int end = i + 1;
        if (t.isDash(end) && t.isDigits(end + 1)) {
          end += 2;
        }
        for (int k = i; k < end; k++) {
          t.blocked[k] = true;
        }
      }
    }
  }

  private static void itemCounters(Toks t, Lexicon lex) {
    Set<String> links = lex.words(WordList.COUNTER_LINKS);
    Set<String> nouns = lex.words(WordList.COUNTER_NOUNS);
    int n = t.size();
    for (int i = 0; i + 2 < n; i++) {
      if (!t.isDigits(i)
          || t.isBlocked(i) && !(t.isWordTok(i - 1) && nouns.contains(t.norm(i - 1)))) {
        continue;
      }
      boolean slash = t.isPunct(i + 1, '/') && t.get(i + 1).gapBefore()
          && t.get(i + 2).gapBefore();
      boolean slashGlued = t.isPunct(i + 1, '/') && t.attached(i + 1) && t.attached(i + 2);
      boolean linked = t.isWordTok(i + 1) && links.contains(t.norm(i + 1));
      if (!(slash || slashGlued || linked) || !t.isDigits(i + 2) || sameLine(t, i + 3)
          && (t.isPunct(i + 3, '/') || t.isDigits(i + 3) || t.isPunct(i + 3, '.')
          && t.attached(i + 3))) {
        continue;
      }
      if (i > 0 && t.attached(i) && (t.isPunct(i - 1, '/') || t.isPunct(i - 1, '.'))) {
        continue;
      }
      int a = counted(t, i);
      int b = counted(t, i + 2);
      if (a < 1 || a > b || b > 999) {
        continue;
      }
      boolean afterNoun = t.isWordTok(i - 1) && nouns.contains(t.norm(i - 1));
      boolean opens = i == 0 || t.get(i).newlinesBefore() > 0;
      boolean counter = afterNoun && !slashGlued
          || afterNoun && slashGlued && (i - 1 == 0 || t.get(i - 1).newlinesBefore() > 0)
          || opens && slash || opens && linked && onlyMarksAfter(t, i + 3);
      if (counter) {
        t.blocked[i] = true;
        t.blocked[i + 1] = true;
        t.blocked[i + 2] = true;
        i += 2;
      }
    }
  }

  private static boolean sameLine(Toks t, int k) {
    Token tok = t.get(k);
    return tok != null && tok.newlinesBefore() == 0;
  }

  private static boolean onlyMarksAfter(Toks t, int k) {
    for (int j = k; sameLine(t, j); j++) {
      if (t.get(j).punct() == 0) {
        return false;
      }
    }
    return true;
  }

  private static int counted(Toks t, int i) {
    String s = t.get(i).text();
    return s.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(s);
  }
}
