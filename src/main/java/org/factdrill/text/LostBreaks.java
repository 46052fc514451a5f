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

  /**
   * True when {@code paragraph} is a chronology whose entry breaks were lost: in {@link #SEAMS}
   * or more places a sentence ends with a bare year or range of years ("… the globe 1582. Raleigh
   * …"): a year after a word of small letters that is none of {@code leads} (no preposition,
   * comma or bracket before it), then a full stop and a capitalised word. The year is the next
   * entry's head, so no sentence of the paragraph holds its own date.
   */
  public static boolean yearHeads(String paragraph, java.util.Set<String> leads) {
    int n = 0;
    for (int i = paragraph.indexOf(". "); i > 0 && n < SEAMS; i = paragraph.indexOf(". ", i + 1)) {
      if (i + 2 >= paragraph.length() || !Character.isUpperCase(paragraph.charAt(i + 2))) {
        continue;
      }
      int k = i;
      while (k > 0 && (Character.isDigit(paragraph.charAt(k - 1)) || "–-".indexOf(paragraph.charAt(k - 1)) >= 0)) {
        k--;
      }
      int digits = 0;
      while (k + digits < i && Character.isDigit(paragraph.charAt(k + digits))) {
        digits++;
      }
      if (digits != 4 || k < 2 || paragraph.charAt(k - 1) != ' ') {
        continue;
      }
      int w = k - 1;
      while (w > 0 && Character.isLetter(paragraph.charAt(w - 1))) {
        w--;
      }
      String word = paragraph.substring(w, k - 1);
      if (word.length() >= 2 && word.chars().allMatch(Character::isLowerCase)
          && !leads.contains(word)) {
        n++;
      }
    }
    return n >= SEAMS;
  }

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
