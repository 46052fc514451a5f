package org.factdrill.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list written on one line is a list, not a sentence: "1795 – Town, 1801 – City, 1810 – Port",
 * "Name (1801–1850); Name (1805–1860); Name (1810–1872)". Such a line is a run of three or more
 * segments between one separator (semicolons, commas, bullets or bars) that are rows of
 * one shape ({@link RowShapes}: the same opening token class, punctuation skeleton and slot of
 * their first number) and filled-in templates (only names and figures change from segment to
 * segment, no verb or noun of a clause). A label before a colon may lead the line ("Works: …").
 * A chronology told in clauses ("In 1890 the fair opened, in 1895 the bridge fell, …") changes
 * its small words, or opens its first clause with a capital and the others without: it stays
 * prose. The line's facts are kept; no question is asked from it.
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

  private InlineLists() {}

  /** Marks prose blocks that are one-line lists as {@link LineClass#LIST}, in place. */
  static void mark(String text, List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.cls() == LineClass.PROSE && isList(b.of(text))) {
        blocks.set(i, new Block(b.span(), LineClass.LIST, b.origin()));
      }
    }
  }

  /** True when {@code line} is three or more segments of one row shape and no clause. */
  static boolean isList(String line) {
    String s = END.matcher(line.replace('\n', ' ').strip()).replaceFirst("");
    return segments(s) || segments(LABEL.matcher(s).replaceFirst(""));
  }

  private static boolean segments(String s) {
    for (Pattern sep : SEPARATORS) {
      String[] parts = sep.split(s);
      if (parts.length >= RowShapes.MIN_ROWS && rows(parts)) {
        return true;
      }
    }
    return false;
  }

  private static boolean rows(String[] parts) {
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
    java.util.Set<String> others = new java.util.HashSet<>();
    shapes.subList(1, shapes.size()).forEach(sh -> others.addAll(sh.words()));
    return shapes.get(0).caseless() || others.containsAll(shapes.get(0).words());
  }
}
