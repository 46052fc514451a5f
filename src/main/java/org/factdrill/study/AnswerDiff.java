package org.factdrill.study;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A wrong typed answer set against the right one, as Anki's type-in cards show it: the words
 * (and, inside a word replaced by one other word, the characters) both share, what the learner
 * typed that is not in the answer, and what the answer has that was not typed. The marks
 * {@code [-typed-]} and {@code {+missing+}} carry the difference without colour (NO_COLOR,
 * {@code --plain}, screen readers); the TUI colours the same segments.
 */
public final class AnswerDiff {
  /** Longer inputs are compared word by word only (the table is quadratic). */
  private static final int MAX_UNITS = 400;

  /** What a segment is: in both, typed only (extra or wrong), or in the answer only (missing). */
  public enum Kind { SAME, TYPED, MISSING }

  /** One run of text of one kind. */
  public record Segment(Kind kind, String text) {}

  private AnswerDiff() {}

  /** The segments that turn {@code typed} into {@code answer}, in reading order. */
  public static List<Segment> of(String typed, String answer) {
    List<String> a = words(nfc(typed));
    List<String> b = words(nfc(answer));
    List<Segment> raw = diff(a, b);
    // A run of typed words followed by as many missing ones: compare those word pairs by
    // character, so "1945" against "1954" shows the two swapped digits, not two whole years.
    List<Segment> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Segment s = raw.get(i);
      if (s.kind() == Kind.TYPED && i + 1 < raw.size() && raw.get(i + 1).kind() == Kind.MISSING
          && !s.text().isBlank() && !raw.get(i + 1).text().isBlank()
          && s.text().codePointCount(0, s.text().length()) <= MAX_UNITS) {
        List<String> ca = chars(s.text());
        List<String> cb = chars(raw.get(i + 1).text());
        List<Segment> inner = diff(ca, cb);
        int same = 0;
        for (Segment x : inner) {
          same += x.kind() == Kind.SAME ? x.text().length() : 0;
        }
        // Only when they share something: otherwise two whole words read better.
        if (same > 0) {
          inner.forEach(x -> append(out, x.kind(), x.text()));
          i++;
          continue;
        }
      }
      append(out, s.kind(), s.text());
    }
    return List.copyOf(out);
  }

  /** The segments as one line, differences marked {@code [-…-]} and {@code {+…+}}. */
  public static String marked(List<Segment> segments) {
    StringBuilder b = new StringBuilder();
    for (Segment s : segments) {
      switch (s.kind()) {
        case SAME -> b.append(s.text());
        case TYPED -> b.append("[-").append(s.text()).append("-]");
        case MISSING -> b.append("{+").append(s.text()).append("+}");
        default -> throw new IllegalStateException();
      }
    }
    return b.toString();
  }

  /** The same segments as one line, for the plain protocol. */
  public static String marked(String typed, String answer) {
    return marked(of(typed, answer));
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s == null ? "" : s.strip(), Normalizer.Form.NFC);
  }

  /** Words and the spaces between them, as units (spaces are compared like words). */
  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      boolean space = Character.isWhitespace(s.charAt(i));
      int j = i;
      while (j < s.length() && Character.isWhitespace(s.charAt(j)) == space) {
        j++;
      }
      out.add(s.substring(i, j));
      i = j;
    }
    return out;
  }

  private static List<String> chars(String s) {
    List<String> out = new ArrayList<>();
    s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
    return out;
  }

  /** Longest-common-subsequence diff of two unit lists; typed-only runs before missing ones. */
  private static List<Segment> diff(List<String> a, List<String> b) {
    if ((long) a.size() * b.size() > (long) MAX_UNITS * MAX_UNITS) {
      List<Segment> out = new ArrayList<>();
      append(out, Kind.TYPED, String.join("", a));
      append(out, Kind.MISSING, String.join("", b));
      return out;
    }
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Segment> out = new ArrayList<>();
    StringBuilder typed = new StringBuilder();
    StringBuilder missing = new StringBuilder();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        flush(out, typed, missing);
        append(out, Kind.SAME, a.get(i));
        i++;
        j++;
      } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
        typed.append(a.get(i++));
      } else {
        missing.append(b.get(j++));
      }
    }
    flush(out, typed, missing);
    return out;
  }

  private static void flush(List<Segment> out, StringBuilder typed, StringBuilder missing) {
    append(out, Kind.TYPED, typed.toString());
    append(out, Kind.MISSING, missing.toString());
    typed.setLength(0);
    missing.setLength(0);
  }

  private static void append(List<Segment> out, Kind kind, String text) {
    if (text.isEmpty()) {
      return;
    }
    int last = out.size() - 1;
    if (last >= 0 && out.get(last).kind() == kind) {
      out.set(last, new Segment(kind, out.get(last).text() + text));
    } else {
      out.add(new Segment(kind, text));
    }
  }
}
