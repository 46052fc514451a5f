package org.factdrill.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy that lost its line breaks: every former line end was removed without a space, so the
 * last word of each printed line runs into the first of the next. Where the line ended after a
 * word of small letters, nothing shows the seam ("onlyabout"); where it ended on punctuation, the
 * mark is glued to the next word ("a launch.7 Nov.", "at Cleveland,Ohio", "range(0.7 to"). Prose
 * writes a space after a full stop, a semicolon or a comma that follows a word, and before an
 * opening bracket: three such seams in one paragraph say its words are glued at every former line
 * end, seen or not, so none of its sentences is clean. Only cased scripts show the seam (a word
 * of small letters before it).
 */
public final class LostBreaks {
  /**
   * A full stop or semicolon after three small letters, before a capital or a figure; a comma
   * after two small letters, before a letter or a figure; an opening bracket after three small
   * letters, before a small letter or a figure.
   */
  private static final Pattern SEAM = Pattern.compile(
      "(?<=\\p{Ll}{3})[.;](?=[\\p{Lu}\\d])|(?<=\\p{Ll}{2}),(?=[\\p{L}\\d])"
          + "|(?<=\\p{Ll}{3})\\((?=[\\p{Ll}\\d])");
  /** Seams in one paragraph that show lost breaks (one or two are a typing slip). */
  static final int SEAMS = 3;

  private LostBreaks() {}

  /** True when {@code paragraph} shows {@link #SEAMS} or more punctuation seams of lost breaks. */
  public static boolean in(String paragraph) {
    Matcher m = SEAM.matcher(paragraph);
    int n = 0;
    while (n < SEAMS && m.find()) {
      n++;
    }
    return n >= SEAMS;
  }
}
