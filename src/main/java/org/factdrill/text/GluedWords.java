package org.factdrill.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.lang.LanguagePack;

/**
 * Two words a copy glued together where it lost the space between two links ("Triều TiênĐông
 * Dương", "the warWorld War"): a small letter directly followed by a capital inside a word. The
 * space goes back only where the join is certain. In a language written in syllables (the pack's
 * {@code word-unit} is {@code syllable}, with its syllable lists) a word is one syllable, so a
 * token that is two valid syllables, the second capitalised, the first of two letters or more,
 * and no syllable as a whole is two words. Elsewhere a token that opens with three or more small letters and goes on with a
 * capitalised word of small letters is two words: names written in camel case open with a
 * capital ("McArthur", "YouTube") or one small letter ("iPhone", "eBay"), or go on in capitals
 * ("macOS"). In a syllable script a foreign word's small letters (three or more) followed by a
 * capitalised valid syllable are two words as well ("BelarusNga"). In every cased script a word of
 * small letters glued to a year ("năm1993", "in1945") lost the space between them: a year is
 * written apart from the word before it.
 */
public final class GluedWords {
  /** A small letter followed by a capital, inside a run of letters. */
  private static final Pattern JOIN = Pattern.compile("(?<=\\p{Ll}\\p{M}*)(?=\\p{Lu})");
  /** A word in a cased, spaced script: three small letters, then a capitalised word. */
  private static final Pattern SPACED = Pattern.compile(
      "(?<![\\p{L}\\p{M}\\d])(\\p{Ll}\\p{M}*){3,}(?=\\p{Lu}[\\p{Ll}\\p{M}]{2,}(?![\\p{L}\\d]))");

  /** Two small letters or more directly followed by a year of four figures. */
  private static final Pattern YEAR_GLUED = Pattern.compile(
      "(?<![\\p{L}\\p{M}\\d])(?:\\p{Ll}\\p{M}*){2,}(?=(?:1\\d{3}|20\\d\\d)(?![\\p{L}\\p{M}\\d]))");
  /** A foreign word's end (three small letters) glued to a capitalised syllable. */
  private static final Pattern FOREIGN_SEAM = Pattern.compile(
      "(?<=\\p{Ll}{3})(?=\\p{Lu}[\\p{Ll}\\p{M}]+(?![\\p{L}\\p{M}]))");

  private GluedWords() {}

  /** {@code s} with a space put back between the words it is certain were glued. */
  public static String split(String s, Language lang) {
    if (s == null) {
      return null;
    }
    s = YEAR_GLUED.matcher(s).replaceAll(r -> Matcher.quoteReplacement(r.group()) + " ");
    if (!JOIN.matcher(s).find()) {
      return s;
    }
    LanguagePack pack = lang.pack();
    if ("syllable".equals(pack.setting("word-unit", ""))
        && !pack.words("syllable-nuclei").isEmpty()) {
      return syllables(s, new VietnameseSyllables(pack));
    }
    Matcher m = SPACED.matcher(s);
    return m.replaceAll(r -> Matcher.quoteReplacement(r.group()) + " ");
  }

  private static String syllables(String s, VietnameseSyllables rules) {
    Matcher token = Pattern.compile("[\\p{L}\\p{M}]+").matcher(s);
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (token.find()) {
      String w = token.group();
      out.append(s, from, token.start());
      out.append(rules.valid(w) ? w : splitSyllables(w, rules));
      from = token.end();
    }
    return out.append(s.substring(from)).toString();
  }

  /** The token with a space at each small-to-capital join whose sides are valid syllables. */
  private static String splitSyllables(String w, VietnameseSyllables rules) {
    String[] parts = JOIN.split(w);
    if (parts.length < 2 || parts[0].codePointCount(0, parts[0].length()) < 2) {
      return w; // one small letter before a capital is a name's shape ("eBay", "iPhone")
    }
    for (String p : parts) {
      if (!rules.valid(p)) {
        return foreignThenSyllable(w, rules);
      }
    }
    return String.join(" ", parts);
  }

  /** A foreign word glued to a last capitalised syllable ("BelarusNga"): split before it. */
  private static String foreignThenSyllable(String w, VietnameseSyllables rules) {
    Matcher seam = FOREIGN_SEAM.matcher(w);
    if (!seam.find() || seam.start() < 4) {
      return w;
    }
    String last = w.substring(seam.start());
    return last.codePointCount(0, last.length()) >= 2 && rules.valid(last)
        ? w.substring(0, seam.start()) + " " + last : w;
  }
}
