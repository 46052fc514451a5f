package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;
import org.factdrill.text.LayoutWords;
import org.factdrill.text.RowClause;
import org.junit.jupiter.api.Test;

/**
 * {@link RowHeadYears#rowYears} asks whether a row is a clause only for a run no four-digit head
 * already makes a chronology, and finds the years the old code found when it asked every row
 * (kept here verbatim as the oracle), on generated runs of rows in every pack: heads small and of
 * four digits, ascending, counting, falling and past the last year, rows with and without the
 * pack's verbs, blank and indented lines, edit links glued before a row.
 */
class RowHeadYearsLazyClauseTest {
  private static final Pattern ROW = Pattern.compile(
      "^[ \\t]*(?:[-*•·▪►◦–][ \\t]+)?(\\d{1,4})[ \\t]+[–—-][ \\t]+(\\S[^\\n]*)$",
      Pattern.MULTILINE);

  /** The old reading: every row's clause test made as the row is read. */
  private static Map<Integer, Integer> oldRowYears(String text, Language lang) {
    Map<Integer, Integer> out = new HashMap<>();
    List<int[]> run = new ArrayList<>(); // {offset, number, clause 0/1}
    int at = 0;
    while (at <= text.length()) {
      int end = text.indexOf('\n', at);
      end = end < 0 ? text.length() : end;
      int c = at;
      while (c < end && (text.charAt(c) == ' ' || text.charAt(c) == '\t')) {
        c++;
      }
      boolean blank = c == end || c == end - 1 && text.charAt(c) == '\r';
      int link = blank || text.charAt(c) != '[' ? c : oldAfterEditLink(text, c, end, lang);
      if (link > c) {
        at = link;
        c = link;
      }
      Matcher m = !blank && (Character.isDigit(text.charAt(c)) || "-*•·▪►◦–".indexOf(
          text.charAt(c)) >= 0) ? ROW.matcher(text.substring(at, end)) : null;
      if (m != null && m.matches()) {
        run.add(new int[] {at + m.start(1), Integer.parseInt(m.group(1)),
            RowClause.row(lang, m.group(2)) ? 1 : 0});
      } else if (!blank && !(c > at && !run.isEmpty())) {
        oldClose(run, out);
      }
      at = end + 1;
    }
    oldClose(run, out);
    return out;
  }

  private static void oldClose(List<int[]> run, Map<Integer, Integer> out) {
    if (oldChronology(run)) {
      for (int[] r : run) {
        out.put(r[0], r[1]);
      }
    }
    run.clear();
  }

  private static boolean oldChronology(List<int[]> run) {
    if (run.size() < 2) {
      return false;
    }
    boolean clause = false;
    boolean counting = true;
    for (int i = 0; i < run.size(); i++) {
      int[] r = run.get(i);
      clause |= r[2] == 1 || r[1] >= 1000;
      if (r[1] < 1 || r[1] > 2100 || i > 0 && r[1] < run.get(i - 1)[1]) {
        return false;
      }
      counting &= i == 0 || r[1] == run.get(i - 1)[1] + 1;
    }
    return clause && !counting;
  }

  private static int oldAfterEditLink(String text, int open, int end, Language lang) {
    int close = text.indexOf(']', open);
    if (close < 0 || close >= end || close - open > 40
        || !LayoutWords.of(lang).isEditLink(text.substring(open, close + 1))) {
      return open;
    }
    return close + 1;
  }

  private static final String[] NAMES = {"Arvel", "Tomasz", "Ngô Khải", "Ilsavet", "בן דרור",
      "Вересов", "the Lundar guild", "Quận Bình Lạc"};

  private static String words(Random r, Language lang) {
    List<String> verbs = new ArrayList<>(lang.pack().words("clause-verbs"));
    verbs.removeIf(v -> v.endsWith("*"));
    StringBuilder b = new StringBuilder(NAMES[r.nextInt(NAMES.length)]);
    switch (r.nextInt(4)) {
      case 0 -> b.append(", ").append(NAMES[r.nextInt(NAMES.length)]);
      case 1 -> b.append(' ').append(verbs.isEmpty() ? "walked" : verbs.get(r.nextInt(verbs.size())))
          .append(" the harbour");
      case 2 -> b.insert(0, (verbs.isEmpty() ? "Opened" : verbs.get(r.nextInt(verbs.size()))) + " ");
      default -> b.append(" (poet)");
    }
    return b.toString();
  }

  private static String text(Random r, Language lang) {
    StringBuilder b = new StringBuilder(r.nextBoolean() ? "On this day\n\n" : "");
    int head = r.nextInt(3) == 0 ? 1000 + r.nextInt(900) : 1 + r.nextInt(60);
    int rows = 1 + r.nextInt(6);
    for (int k = 0; k < rows; k++) {
      String marker = new String[] {"", "- ", "* ", "• ", "– ", "  - "}[r.nextInt(6)];
      if (r.nextInt(8) == 0) {
        b.append(new String[] {"[edit]", "[sửa]", "[עריכה]", "[x]"}[r.nextInt(4)]);
      }
      b.append(marker).append(head).append(' ').append("–—-".charAt(r.nextInt(3))).append(' ')
          .append(words(r, lang)).append('\n');
      switch (r.nextInt(8)) {
        case 0 -> b.append('\n');
        case 1 -> b.append("   wrapped words of the row\n");
        case 2 -> b.append("A line of prose between.\n");
        default -> { }
      }
      int step = r.nextInt(10);
      head += step < 3 ? 1 : step < 8 ? 1 + r.nextInt(400) : step == 8 ? -r.nextInt(30) : 1500;
      head = Math.max(0, head);
    }
    return b.toString();
  }

  @Test
  void findsTheYearsTheEagerClauseTestOfEveryRowFound() {
    Random r = new Random(1919);
    int chronologies = 0;
    for (int n = 0; n < 6000; n++) {
      for (Language lang : Language.values()) {
        String text = text(r, lang);
        Map<Integer, Integer> want = oldRowYears(text, lang);
        assertEquals(want, RowHeadYears.rowYears(text, lang), text);
        chronologies += want.isEmpty() ? 0 : 1;
      }
    }
    assertTrue(chronologies > 2000, "too few chronologies generated: " + chronologies);
  }
}
