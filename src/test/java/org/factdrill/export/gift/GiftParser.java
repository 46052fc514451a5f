package org.factdrill.export.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * A small GIFT reader for tests (no GIFT parser is published on Maven Central): questions split
 * at blank lines, {@code ::title::}, optional {@code [format]}, the answer block in braces with
 * its answers ({@code =} right, {@code ~} wrong, {@code #} numerical, {@code T}/{@code F}),
 * matching pairs and the {@code ####} general feedback, with backslash escapes undone.
 */
final class GiftParser {

  /** One parsed question; {@code stem} has the answer block replaced by "_____" when inside. */
  record Gift(String title, String format, String stem, String kind, List<String> right,
      List<String> wrong, List<String[]> pairs, String number, String tolerance, Boolean truth,
      String generalFeedback) {}

  static List<Gift> parse(String text) {
    List<Gift> out = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    for (String line : (text + "\n\n").split("\n", -1)) {
      if (line.strip().startsWith("//") || line.startsWith("$CATEGORY:")) {
        continue;
      }
      if (line.isBlank()) {
        if (!block.isEmpty()) {
          out.add(question(block.toString().strip()));
          block.setLength(0);
        }
        continue;
      }
      block.append(line).append('\n');
    }
    return out;
  }

  /** Index of the next unescaped {@code c} at or after {@code from}, or -1. */
  static int find(String s, char c, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && "~=#{}:\\".indexOf(s.charAt(i + 1)) >= 0) {
        b.append(s.charAt(++i));
      } else if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'n') {
        b.append('\n');
        i++;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static Gift question(String q) {
    String title = null;
    int pos = 0;
    if (q.startsWith("::")) {
      int end = q.indexOf("::", 2);
      while (end > 0 && q.charAt(end - 1) == '\\') {
        end = q.indexOf("::", end + 1);
      }
      title = unescape(q.substring(2, end));
      pos = end + 2;
    }
    String format = null;
    if (q.startsWith("[", pos)) {
      int end = q.indexOf(']', pos);
      format = q.substring(pos + 1, end);
      pos = end + 1;
    }
    int open = find(q, '{', pos);
    if (open < 0) {
      throw new IllegalArgumentException("no answer block: " + q);
    }
    int close = find(q, '}', open + 1);
    if (close < 0) {
      throw new IllegalArgumentException("unclosed answer block: " + q);
    }
    String before = q.substring(pos, open);
    String after = q.substring(close + 1);
    String stem = unescape(before) + (after.isBlank() ? "" : "_____" + unescape(after));
    String body = q.substring(open + 1, close).strip();
    String feedback = null;
    int gf = body.indexOf("####");
    while (gf > 0 && body.charAt(gf - 1) == '\\') {
      gf = body.indexOf("####", gf + 1);
    }
    if (gf >= 0) {
      feedback = unescape(body.substring(gf + 4).strip());
      body = body.substring(0, gf).strip();
    }
    List<String> right = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    List<String[]> pairs = new ArrayList<>();
    if (body.equals("T") || body.equals("F") || body.equals("TRUE") || body.equals("FALSE")) {
      return new Gift(title, format, stem, "TF", right, wrong, pairs, null, null,
          body.startsWith("T"), feedback);
    }
    if (body.startsWith("#")) {
      String n = body.substring(1).strip();
      int colon = find(n, ':', 0);
      return new Gift(title, format, stem, "Numerical", right, wrong, pairs,
          colon < 0 ? n : n.substring(0, colon), colon < 0 ? "0" : n.substring(colon + 1),
          null, feedback);
    }
    // Answers start at unescaped '=' or '~'.
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '=' || c == '~') {
        starts.add(i);
      }
    }
    boolean matching = false;
    for (int k = 0; k < starts.size(); k++) {
      int s = starts.get(k);
      String a = body.substring(s + 1, k + 1 < starts.size() ? starts.get(k + 1) : body.length())
          .strip();
      if (a.contains(" -> ")) {
        matching = true;
        String[] p = a.split(" -> ", 2);
        pairs.add(new String[] {unescape(p[0].strip()), unescape(p[1].strip())});
      } else if (body.charAt(s) == '=') {
        right.add(unescape(a));
      } else {
        wrong.add(unescape(a));
      }
    }
    String kind = matching ? "Matching" : wrong.isEmpty() ? "Short" : "MC";
    return new Gift(title, format, stem, kind, right, wrong, pairs, null, null, null, feedback);
  }
}
