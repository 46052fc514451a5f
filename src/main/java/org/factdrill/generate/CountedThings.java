package org.factdrill.generate;

import java.util.List;
import java.util.Locale;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;

/**
 * Two figures of one sentence with the same value that count different things ("in 25 years …
 * changed hands 25 times", "12 times in 12 months"): two facts, so neither is a duplicate of the
 * other and neither, shown, gives the other away. What a figure counts is its unit as the
 * extractor read it, else the word written right after it; a figure with neither (alone, or
 * glued to a hyphen) counts nothing known and stays a possible duplicate.
 */
final class CountedThings {
  /** Stands in for a figure that counts another thing, where a prompt is checked for give-aways. */
  private static final String MASK = "#";

  private CountedThings() {}

  /** What the count {@code f} counts (lower case), or null when it is no count or says nothing. */
  static String noun(String text, Fact f) {
    if (!(f.value() instanceof Value.Num)) {
      return null;
    }
    if (f.unit() != null && !f.unit().isBlank()) {
      return f.unit().strip().toLowerCase(Locale.ROOT);
    }
    String w = wordAfter(text, f.end());
    return w == null ? null : w.toLowerCase(Locale.ROOT);
  }

  /** True when {@code a} and {@code b} are counts of one value that count different things. */
  static boolean differ(String text, Fact a, Fact b) {
    if (!(a.value() instanceof Value.Num x) || !(b.value() instanceof Value.Num y)
        || x.value().compareTo(y.value()) != 0) {
      return false;
    }
    String na = noun(text, a);
    String nb = noun(text, b);
    // The word after a figure is not always what it counts (an ordinal after its noun, a verb):
    // at least one of the two must have a unit the extractor read.
    return na != null && nb != null && !na.equals(nb) && (a.unit() != null || b.unit() != null);
  }

  /**
   * The prompt {@code template} with every other figure of the sentence that has the answer's
   * value but counts another thing written as {@link #MASK}: what is left is what could give the
   * answer away. A figure the prompt does not write with its counted noun stays as it is.
   */
  static String masked(String text, Fact f, List<Fact> sameSentence, String template) {
    String out = template;
    for (Fact o : sameSentence) {
      if (o == f || o.start() == f.start() || !differ(text, f, o)) {
        continue;
      }
      String figure = o.text().strip();
      String noun = wordAfter(text, o.end());
      if (figure.isEmpty() || noun == null) {
        continue;
      }
      int from = 0;
      for (int at = out.indexOf(figure, from); at >= 0; at = out.indexOf(figure, from)) {
        int end = at + figure.length();
        boolean whole = (at == 0 || !Character.isLetterOrDigit(out.charAt(at - 1)))
            && noun.equalsIgnoreCase(wordAfter(out, end));
        if (whole) {
          out = out.substring(0, at) + MASK + out.substring(end);
          from = at + MASK.length();
        } else {
          from = end;
        }
      }
    }
    return out;
  }

  /** The word after {@code at} past spaces only, or null when a letter does not come first. */
  static String wordAfter(String s, int at) {
    int i = at;
    while (i < s.length() && Character.isSpaceChar(s.charAt(i))) {
      i++;
    }
    if (i == at && i < s.length() && Character.isLetter(s.charAt(i))) {
      return null; // glued to a word: part of it, not a count of it
    }
    int j = i;
    while (j < s.length() && (Character.isLetter(s.charAt(j))
        || Character.getType(s.charAt(j)) == Character.NON_SPACING_MARK)) {
      j++;
    }
    return j > i ? s.substring(i, j) : null;
  }
}
