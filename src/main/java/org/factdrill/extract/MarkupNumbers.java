package org.factdrill.extract;

import java.util.Locale;
import java.util.Set;
import org.factdrill.lang.LanguagePacks;

/**
 * Marks numbers that belong to a page's apparatus rather than its story, before any recognizer
 * runs: a wiki citation ("&lt;ref&gt;…&lt;/ref&gt;", "&lt;ref name="…"/&gt;", a citation
 * template such as "{{harvnb|…|1973|p=124}}", whose years and pages are a cited work's; a parser
 * function's call "{{#time:…|+3 days}}", whose numbers are code), a line
 * that is only a page number set between dashes ("— 151 —"), a revision-diff header ("Line 35:",
 * "Dòng 122:", "Hàng 171 ⟶ 159:"), and an item number written with an ordinal mark ("3◦.",
 * "2º"). The words are every pack's ({@code citation-templates}, {@code diff-line-labels}):
 * pages quote markup and furniture in any language.
 */
final class MarkupNumbers {
  /** Template names that cite a source, lower-case, from every pack. */
  private static final Set<String> TEMPLATES = LanguagePacks.allWords("citation-templates");
  /** Words that head a line of a revision diff, lower-case, from every pack. */
  private static final Set<String> DIFF_LABELS = LanguagePacks.allWords("diff-line-labels");
  /** Marks written right after a number to make it an ordinal: "1◦", "2º", "3ª". */
  private static final String ORDINAL_MARKS = "\u25e6\u00ba\u00aa";

  private MarkupNumbers() {}

  static void mark(Toks t) {
    String s = t.text;
    if (s.indexOf('<') >= 0) {
      references(t, s);
    }
    if (s.contains("{{")) {
      templates(t, s);
    }
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (t.isDigits(i) && (ordinal(t, i) || pageLine(t, i) || diffHeader(t, i))) {
        t.blocked[i] = true;
      }
    }
  }

  /** Every "&lt;ref …&gt;" tag with what it holds up to "&lt;/ref&gt;" (else to its line's end). */
  private static void references(Toks t, String s) {
    // The tags are found in the text itself, each character lowered as it is compared (the text
    // lowered whole was a copy per document); the dotted capital I, which lowers to two
    // characters and so moves the offsets of the lowered copy, keeps the old search.
    String lower = s.indexOf('\u0130') >= 0 ? s.toLowerCase(Locale.ROOT) : null;
    int from = 0;
    while (true) {
      int a = lower != null ? lower.indexOf("<ref", from) : indexOfLowered(s, "<ref", from);
      if (a < 0) {
        return;
      }
      String l = lower != null ? lower : s; // no other character lowers to '>', '\n' or '/'
      int gt = l.indexOf('>', a);
      int nl = l.indexOf('\n', a);
      int lineEnd = nl < 0 ? s.length() : nl;
      int end;
      if (gt < 0 || gt > lineEnd) {
        end = lineEnd; // a tag cut off at the line's end
      } else if (l.charAt(gt - 1) == '/') {
        end = gt + 1; // "<ref name="x"/>"
      } else {
        int close = lower != null ? lower.indexOf("</ref>", gt) : indexOfLowered(s, "</ref>", gt);
        end = close < 0 ? lineEnd : close + "</ref>".length();
      }
      t.blockChars(a, Math.max(end, a + 4));
      from = Math.max(end, a + 4);
    }
  }

  /**
   * {@code s.toLowerCase(Locale.ROOT).indexOf(key, from)} for a text without the dotted capital I
   * and a key of ASCII marks and lower-case letters that starts with '&lt;': only the capitals of
   * the key's letters lower to them (MarkupNumbersTest checks every character).
   */
  static int indexOfLowered(String s, String key, int from) {
    for (int a = s.indexOf('<', from); a >= 0; a = s.indexOf('<', a + 1)) {
      if (a + key.length() > s.length()) {
        return -1;
      }
      int j = 1;
      while (j < key.length() && Character.toLowerCase(s.charAt(a + j)) == key.charAt(j)) {
        j++;
      }
      if (j == key.length()) {
        return a;
      }
    }
    return -1;
  }

  /** Every citation template ("{{cite book|…}}", "{{Chú thích sách …}}"), nested braces counted. */
  private static void templates(Toks t, String s) {
    int from = 0;
    while (true) {
      int a = s.indexOf("{{", from);
      if (a < 0) {
        return;
      }
      int k = a + 2;
      while (k < s.length() && "|}\n".indexOf(s.charAt(k)) < 0) {
        k++;
      }
      String name = s.substring(a + 2, k).strip().toLowerCase(Locale.ROOT);
      int end = closing(s, a);
      boolean code = citation(name) || parserFunction(name);
      if (code) {
        t.blockChars(a, end);
      }
      from = code ? end : a + 2;
    }
  }

  /**
   * True for a parser function's call ("{{#time:H:i|+3 days}}", "{{subst:#expr: 5 + 7}}", in any
   * wiki's language: the name opens with '#' after an optional "prefix:"): its arguments are a
   * format, an offset or an expression the wiki computes, not numbers of the page's story.
   */
  private static boolean parserFunction(String name) {
    int colon = name.indexOf(':');
    return name.startsWith("#") || colon > 0 && colon + 1 < name.length()
        && name.charAt(colon + 1) == '#' && name.substring(0, colon).chars().allMatch(Character::isLetter);
  }

  private static boolean citation(String name) {
    for (String w : TEMPLATES) {
      if (name.equals(w) || name.startsWith(w + " ")) {
        return true;
      }
    }
    return false;
  }

  /** The end of the template opening at {@code a}: after its matching "}}", or the text's end. */
  private static int closing(String s, int a) {
    int depth = 0;
    for (int k = a; k + 1 < s.length(); k++) {
      if (s.charAt(k) == '{' && s.charAt(k + 1) == '{') {
        depth++;
        k++;
      } else if (s.charAt(k) == '}' && s.charAt(k + 1) == '}') {
        depth--;
        k++;
        if (depth == 0) {
          return k + 1;
        }
      }
    }
    return s.length();
  }

  /** "3◦", "2º": a number with an ordinal mark glued to it numbers an item. */
  private static boolean ordinal(Toks t, int i) {
    // Read off the arrays, as every rule here: the mark after each digit run makes no Token.
    return t.attached(i + 1) && t.type(i + 1) == Toks.PUNCT && t.punct(i + 1) != 0
        && ORDINAL_MARKS.indexOf(t.punct(i + 1)) >= 0;
  }

  /** "— 151 —" alone on its line: a printed page's number. */
  private static boolean pageLine(Toks t, int i) {
    return t.isDash(i - 1) && lineStart(t, i - 1) && t.isDash(i + 1) && lineEnd(t, i + 2);
  }

  /** "Dòng 122:", "Line 35:", "Hàng 171 ⟶ 159:" alone on its line: a diff's line numbers. */
  private static boolean diffHeader(Toks t, int i) {
    int a = i;
    if (t.isDigits(i - 2) && arrow(t, i - 1)) {
      a = i - 2; // the second number of "171 ⟶ 159"
    }
    if (!t.isWordTok(a - 1) || !lineStart(t, a - 1) || !DIFF_LABELS.contains(t.norm(a - 1))) {
      return false;
    }
    int b = a + 1;
    if (arrow(t, b) && t.isDigits(b + 1)) {
      b += 2;
    }
    return t.isPunct(b, ':') && lineEnd(t, b + 1);
  }

  private static boolean arrow(Toks t, int i) {
    return t.isDash(i) || t.isPunct(i, '\u27f6') || t.isPunct(i, '\u2192');
  }

  private static boolean lineStart(Toks t, int i) {
    return i == 0 || i > 0 && i < t.size() && t.lineBreakBefore(i);
  }

  private static boolean lineEnd(Toks t, int i) {
    return i < 0 || i >= t.size() || t.lineBreakBefore(i);
  }
}
