package org.factdrill.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;
import org.factdrill.text.LayoutWords;
import org.factdrill.text.RowClause;

/**
 * The number heading a row of a chronology is the row's year, however many digits it has
 * ("- 692 – A bishop was elected …", "79 – The town was buried"): a row is a line that opens
 * with a number (after a list marker) and a spaced dash, and a run of such rows (blank lines
 * between them or not) is a chronology when its numbers never go down, at least one row is a
 * clause or a head of four digits, and they are not a count of items (1, 2, 3 …, each one more
 * than the last); an indented line under a row (wrapped words, a nested item) keeps it open. Only
 * texts holding a number at a line's head before a dash are read again. A page copied from a wiki
 * may glue its heading's edit link before the first row ("[edit]- 40 – …", the line break lost):
 * the row opens after it (the pack's edit words, {@link LayoutWords#isEditLink}).
 */
final class RowHeadYears {
  private static final Pattern ROW = Pattern.compile(
      "^[ \\t]*(?:[-*•·▪►◦–][ \\t]+)?(\\d{1,4})[ \\t]+[–—-][ \\t]+(\\S[^\\n]*)$",
      Pattern.MULTILINE);
  /** The largest number a row's head may be read as a year. */
  private static final int LAST_YEAR = 2100;

  private RowHeadYears() {}

  /** Replaces, in {@code found}, each count heading a chronology row by that year. */
  static void apply(Toks t, List<Match> found, Language lang) {
    List<Integer> heads = null;
    for (int k = 0; k < found.size(); k++) {
      Match m = found.get(k);
      if (m.kind() == FactKind.NUMBER && m.to() == m.from() + 1 && t.isDigits(m.from())
          && lineHead(t.text, t.startOf(m.from()), lang) && dashAfter(t.text, t.endOf(m.from()))) {
        (heads == null ? heads = new ArrayList<>() : heads).add(k);
      }
    }
    if (heads == null) {
      return; // most texts: no number heads a line before a dash
    }
    Map<Integer, Integer> years = rowYears(t.text, lang);
    for (int k : heads) {
      Match m = found.get(k);
      Integer y = years.get(t.startOf(m.from()));
      if (y != null && m.value() instanceof Value.Num n
          && n.value().compareTo(BigDecimal.valueOf(y)) == 0) {
        found.set(k, new Match(m.from(), m.to(), FactKind.DATE,
            new Value.Date(new DateParts(y, 0, 0, null).iso()), null, false, false, y));
      }
    }
  }

  /** The year of each chronology row's head number, by the head's offset in the text. */
  static Map<Integer, Integer> rowYears(String text, Language lang) {
    Map<Integer, Integer> out = new HashMap<>();
    List<int[]> run = new ArrayList<>(); // {offset, number, clause 0/1}
    int at = 0;
    while (at <= text.length()) {
      int end = text.indexOf('\n', at);
      end = end < 0 ? text.length() : end;
      // Only a line whose first mark is a digit or a list marker is read by the expression.
      int c = at;
      while (c < end && (text.charAt(c) == ' ' || text.charAt(c) == '\t')) {
        c++;
      }
      boolean blank = c == end || c == end - 1 && text.charAt(c) == '\r';
      int link = blank || text.charAt(c) != '[' ? c : afterEditLink(text, c, end, lang);
      if (link > c) {
        at = link; // the row opens after a heading's edit link glued before it
        c = link;
      }
      Matcher m = !blank && (Character.isDigit(text.charAt(c)) || "-*•·▪►◦–".indexOf(
          text.charAt(c)) >= 0) ? ROW.matcher(text.substring(at, end)) : null;
      if (m != null && m.matches()) {
        run.add(new int[] {at + m.start(1), Integer.parseInt(m.group(1)),
            RowClause.row(lang, m.group(2)) ? 1 : 0});
      } else if (!blank && !(c > at && !run.isEmpty())) {
        // An indented line under a row (its wrapped words, a nested item) keeps the run open.
        close(run, out);
      }
      at = end + 1;
    }
    close(run, out);
    return out;
  }

  private static void close(List<int[]> run, Map<Integer, Integer> out) {
    if (chronology(run)) {
      for (int[] r : run) {
        out.put(r[0], r[1]);
      }
    }
    run.clear();
  }

  private static boolean chronology(List<int[]> run) {
    if (run.size() < 2) {
      return false;
    }
    boolean clause = false;
    boolean counting = true;
    for (int i = 0; i < run.size(); i++) {
      int[] r = run.get(i);
      // A head of four digits is a year: the run's other heads are years too (a list of births
      // or deaths, "- 45 – Name, poet", holds no clause).
      clause |= r[2] == 1 || r[1] >= 1000;
      if (r[1] < 1 || r[1] > LAST_YEAR || i > 0 && r[1] < run.get(i - 1)[1]) {
        return false;
      }
      counting &= i == 0 || r[1] == run.get(i - 1)[1] + 1;
    }
    return clause && !counting;
  }

  private static boolean lineHead(String text, int at, Language lang) {
    int k = at - 1;
    while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k--;
    }
    if (k >= 0 && "-*•·▪►◦–".indexOf(text.charAt(k)) >= 0) {
      k--;
      while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
        k--;
      }
    }
    if (k >= 0 && text.charAt(k) == ']') {
      int open = text.lastIndexOf('[', k);
      int line = text.lastIndexOf('\n', k) + 1;
      if (open >= line && afterEditLink(text, open, k + 1, lang) == k + 1) {
        k = open - 1; // "[edit]- 40 – …": the heading's edit link glued before the row
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
          k--;
        }
      }
    }
    return k < 0 || text.charAt(k) == '\n';
  }

  /**
   * The offset after an edit link opening at {@code open} ('[') and closing before {@code end},
   * or {@code open} when the bracket there holds no edit link.
   */
  private static int afterEditLink(String text, int open, int end, Language lang) {
    int close = text.indexOf(']', open);
    if (close < 0 || close >= end || close - open > 40
        || !LayoutWords.of(lang).isEditLink(text.substring(open, close + 1))) {
      return open;
    }
    return close + 1;
  }

  private static boolean dashAfter(String text, int at) {
    int k = at;
    int spaces = 0;
    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k++;
      spaces++;
    }
    return spaces > 0 && k < text.length() && "–—-".indexOf(text.charAt(k)) >= 0;
  }
}
