package org.factdrill.text;

import com.ibm.icu.text.Normalizer2;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.factdrill.lang.LanguagePacks;

/**
 * Letters a language does not write, standing in its words: a Latin letter with a mark the
 * language never puts on it (a caron where it writes a breve), as a legacy font conversion leaves
 * them. The letters a language writes beyond ASCII are its pack's {@code letters.txt}; a language
 * without that list is not checked. A foreign word (a name, a romanisation) also holds such
 * letters, so only a word that, with its marks taken off, is one of the language's syllables
 * counts. One instance serves any thread.
 */
public final class OutsideLetters {
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private final Set<String> letters;
  private final VietnameseSyllables syllables;

  private OutsideLetters(Set<String> letters, VietnameseSyllables syllables) {
    this.letters = letters;
    this.syllables = syllables;
  }

  /** The check of the language with this code; empty when its pack lists no letters. */
  public static Optional<OutsideLetters> of(String code) {
    Set<String> set = read(code);
    if (set.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new OutsideLetters(set, new VietnameseSyllables(LanguagePacks.of(code))));
  }

  /** The first word of {@code s} holding a letter the language does not write; empty if none. */
  public Optional<String> find(String s) {
    if (s == null) {
      return Optional.empty();
    }
    int i = 0;
    while (i < s.length()) {
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < s.length() && (Character.isLetter(s.charAt(end))
          || Character.getType(s.charAt(end)) == Character.NON_SPACING_MARK)) {
        end++;
      }
      String word = s.substring(i, end);
      if (outside(word) && syllables.valid(bare(word))) {
        return Optional.of("letter outside the language: " + word);
      }
      i = end;
    }
    return Optional.empty();
  }

  /** True when the word holds a marked Latin letter the language's list does not have. */
  private boolean outside(String word) {
    String w = Normalizer2.getNFCInstance().normalize(word.toLowerCase(Locale.ROOT));
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c > 127 && Character.isLetter(c) && !letters.contains(String.valueOf(c))) {
        char base = NFD.normalize(String.valueOf(c)).charAt(0);
        if (base < 128 && Character.isLetter(base)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The word's letters without their marks. */
  private static String bare(String word) {
    String d = NFD.normalize(word);
    StringBuilder b = new StringBuilder(d.length());
    for (int k = 0; k < d.length(); k++) {
      if (Character.getType(d.charAt(k)) != Character.NON_SPACING_MARK) {
        b.append(d.charAt(k));
      }
    }
    return b.toString();
  }

  private static Set<String> read(String code) {
    Set<String> out = new HashSet<>();
    for (String t : org.factdrill.lang.PackLists.lines(code, "letters")) {
      for (String l : t.split("\\s+")) {
        out.add(Normalizer2.getNFCInstance().normalize(l.toLowerCase(Locale.ROOT)));
      }
    }
    return out;
  }
}
