package org.factdrill.generate;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.factdrill.extract.Fact;
import org.factdrill.text.Language;

/**
 * A number of four digits that its frame says is a year, though extraction read it as a plain
 * count: written right after a year word or a word or prefix letter that introduces a date
 * ("in the year 5655", "בשנת 5655"), or after prefix letters with nothing counted ("ל-2020"). Count-style wrong
 * options (1010, 7069) would be absurd beside it, and a year of another era has no span of the
 * document's years to draw wrong years from, so it is not asked as a count.
 */
final class YearFrame {
  /** Words that name what follows a year; a word introducing any date ("at") may lead a count. */
  private static final String[] WORD_ROLES = {"year-words", "year-construct-words"};

  private YearFrame() {}

  /**
   * True when {@code f} is four bare digits after a year word, or, with nothing counted after
   * it, after prefix letters written onto it.
   */
  static boolean yearAsCount(Language lang, String text, Fact f) {
    if (!f.text().matches("\\d{4}")) {
      return false;
    }
    String left = text.substring(Math.max(0, f.start() - 40), f.start())
        .toLowerCase(lang.pack().locale());
    boolean glued = left.matches("(?s).*\\p{L}[\\-־]?$");
    String bare = left.replaceAll("[\\s\\-־]+$", "");
    int w = bare.length();
    while (w > 0 && Character.isLetter(bare.charAt(w - 1))) {
      w--;
    }
    String last = bare.substring(w);
    String prefixes = lang.pack().prefixes();
    if (last.isEmpty()) {
      return false;
    }
    if (f.unit() == null && glued && last.length() <= 2
        && last.chars().allMatch(c -> prefixes.indexOf(c) >= 0)) {
      return true; // prefix letters written onto the year: "ל-2020", "ב1993"
    }
    for (String word : words(lang)) {
      // the year word itself, or with the language's prefix letters on it ("בשנת"): what follows
      // is then an era ("לבריאת העולם") or the clause, even where extraction took it for a unit
      if (last.endsWith(word) && last.substring(0, last.length() - word.length()).chars()
          .allMatch(c -> prefixes.indexOf(c) >= 0)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(Language lang) {
    Set<String> out = new TreeSet<>();
    for (String role : WORD_ROLES) {
      for (String w : lang.pack().words(role)) {
        out.add(w.toLowerCase(Locale.ROOT).strip());
      }
    }
    out.remove("");
    return out;
  }
}
