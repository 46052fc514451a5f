package org.factdrill.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list written on one line is a list, not a sentence: "1795 – Town, 1801 – City, 1810 – Port",
 * "Name (1801–1850); Name (1805–1860); Name (1810–1872)", "1795 Town – 1801 City – 1810 Port",
 * "Town (1795), City (1801) and Port (1810)". Such a line is a run of three or more segments
 * between one separator (a comma or semicolon, or any mark set between spaces twice or more:
 * a bullet, bar, dash, slash, arrow), the last one maybe joined by the language's "and" (a word,
 * or a letter written onto the item: words.tsv {@code list-and}, {@code list-and-prefixes}), that
 * are rows of one shape ({@link RowShapes}: the same opening token class, punctuation skeleton
 * and slot of their first number) and filled-in templates (only names and figures change from
 * segment to segment, no verb or noun of a clause). A label before a colon may lead the line
 * ("Works: …"). A chronology told in clauses ("In 1890 the fair opened, in 1895 the bridge fell,
 * …") changes its small words, or opens its first clause with a capital and the others without:
 * it stays prose. The line's facts are kept; no question is asked from it.
 */
final class InlineLists {
  /** A segment has at most this many words and numbers: a row, not a clause. */
  private static final int MAX_SEGMENT = 8;
  /** A segment's template has at most this many small words ("governor of", "years"). */
  private static final int MAX_SMALL_WORDS = 3;
  private static final Pattern LABEL = Pattern.compile("^[^:：\\d]{1,40}[:：]\\s+");
  private static final Pattern END = Pattern.compile("[.;。]\\s*$");
  private static final Pattern[] SEPARATORS = {
      Pattern.compile("\\s*;\\s+"), Pattern.compile(",\\s+"), Pattern.compile("\\s+[•·|]\\s+")};
  /** The sign each of {@link #SEPARATORS} needs. */
  private static final String[] SEPARATOR_SIGNS = {";", ",", "•·|"};
  /** A mark set between spaces (not a bracket or quote, which belong to an item). */
  private static final Pattern SPACED_MARK =
      Pattern.compile("(?<=\\s)[^\\p{L}\\p{M}\\p{N}\\s()\\[\\]{}\"'“”‘’«»„]{1,3}(?=\\s)");

  private InlineLists() {}

  /** Marks prose blocks that are one-line lists as {@link LineClass#LIST}, in place. */
  static void mark(String text, List<Block> blocks, Language lang) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.cls() == LineClass.PROSE && isList(b.of(text), lang)) {
        blocks.set(i, new Block(b.span(), LineClass.LIST, b.origin()));
      }
    }
  }

  /** True when {@code line} is three or more segments of one row shape and no clause. */
  static boolean isList(String line) {
    return isList(line, Language.DEFAULT);
  }

  /** As {@link #isList(String)}; {@code lang}'s "and" may join the last segment. */
  static boolean isList(String line, Language lang) {
    String s = END.matcher(line.replace('\n', ' ').strip()).replaceFirst("");
    return segments(s, lang) || segments(LABEL.matcher(s).replaceFirst(""), lang);
  }

  private static boolean segments(String s, Language lang) {
    for (Pattern sep : separators(s)) {
      List<String> parts = new ArrayList<>(List.of(sep.split(s)));
      if (parts.size() >= RowShapes.MIN_ROWS - 1
          && (rows(parts) || rows(lastJoined(new ArrayList<>(parts), lang)))) {
        return true;
      }
    }
    return false;
  }

  /** The fixed separators, then every mark the line sets between spaces twice or more. */
  private static List<Pattern> separators(String s) {
    // A separator whose sign the line lacks splits it into one part, which is no list: only the
    // separators whose sign the line holds are tried (the split was tried at every position).
    List<Pattern> out = new ArrayList<>(SEPARATORS.length);
    for (int k = 0; k < SEPARATORS.length; k++) {
      if (Signs.holdsAny(s, SEPARATOR_SIGNS[k])) {
        out.add(SEPARATORS[k]);
      }
    }
    if (!spacedMarkMayFollow(s)) {
      return out;
    }
    Set<String> seen = new HashSet<>();
    Set<String> twice = new LinkedHashSet<>();
    Matcher m = SPACED_MARK.matcher(s);
    while (m.find()) {
      if (!seen.add(m.group())) {
        twice.add(m.group());
      }
    }
    for (String mark : twice) {
      out.add(Pattern.compile("\\s+" + Pattern.quote(mark) + "\\s+"));
    }
    return out;
  }

  /**
   * True when some white space (what the expressions' {@code \s} reads) is followed by a character
   * {@link #SPACED_MARK} may open with: the only places its look-behind lets it match, so a line
   * without one needs no search (the look-behind was tried at every position of every line).
   */
  private static boolean spacedMarkMayFollow(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      if (regexSpace(s.charAt(i)) && markChar(s.codePointAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** The expressions' {@code \s}: space, tab, line feed, vertical tab, form feed, return. */
  private static boolean regexSpace(int c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  private static boolean markChar(int c) {
    if (Character.isLetter(c) || Character.isDigit(c) || regexSpace(c)) {
      return false;
    }
    int t = Character.getType(c);
    return t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK
        && t != Character.COMBINING_SPACING_MARK && t != Character.LETTER_NUMBER
        && t != Character.OTHER_NUMBER && "()[]{}\"'“”‘’«»„".indexOf(c) < 0;
  }

  /**
   * {@code parts} with the last one split at the language's "and" ("B (1801) and C (1810)"), and
   * an "and" opening the last one (", and C (1810)") cut off.
   */
  private static List<String> lastJoined(List<String> parts, Language lang) {
    String last = parts.get(parts.size() - 1);
    for (String and : lang.pack().words("list-and")) {
      String a = Pattern.quote(and.toLowerCase(Locale.ROOT));
      if (last.toLowerCase(Locale.ROOT).matches("^" + a + "\\s.*")) {
        parts.set(parts.size() - 1, last.substring(and.length()).strip());
        return parts;
      }
      String[] two = last.split("(?iu)\\s+" + a + "\\s+");
      if (two.length == 2) {
        parts.set(parts.size() - 1, two[0]);
        parts.add(two[1]);
        return parts;
      }
    }
    for (String p : lang.pack().words("list-and-prefixes")) {
      // A letter written onto the last item: "B (1801) וC (1810)", "B 1801 ו-1810 C".
      String[] two = last.split("\\s+(?=" + Pattern.quote(p) + "-?[\\p{L}\\p{N}])", 2);
      if (two.length == 2) {
        parts.set(parts.size() - 1, two[0]);
        parts.add(two[1].substring(p.length()).replaceFirst("^-", ""));
        return parts;
      }
    }
    return parts;
  }

  private static boolean rows(List<String> parts) {
    if (parts.size() < RowShapes.MIN_ROWS) {
      return false;
    }
    List<RowShapes.Shape> shapes = new ArrayList<>();
    for (String p : parts) {
      RowShapes.Shape sh = RowShapes.of(p);
      if (sh == null || sh.slot() < 0 || sh.size() > MAX_SEGMENT
          || !sh.caseless() && sh.words().size() > MAX_SMALL_WORDS
          || !shapes.isEmpty() && !shapes.get(0).sameAs(sh)) {
        return false;
      }
      shapes.add(sh);
    }
    for (int k = 0; k < shapes.size(); k++) {
      if (!RowShapes.template(shapes, k)) {
        return false;
      }
    }
    // A clause whose verb the later segments leave out ("Paris fell in 1870, Rome in 1871, …")
    // has its verb in the first segment: there every small word is one the others share.
    Set<String> others = new HashSet<>();
    shapes.subList(1, shapes.size()).forEach(sh -> others.addAll(sh.words()));
    return shapes.get(0).caseless() || others.containsAll(shapes.get(0).words());
  }
}
