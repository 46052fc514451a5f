package org.factdrill.generate;

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
