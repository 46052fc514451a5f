package org.factdrill.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;

/**
 * A bracket after a word that holds only a document's identifiers — a bill's, a law's, a
 * statute's number, the legislature's sitting ("the Harbour Act (H.R. 7260; Pub. L. 74-271; 49
 * Stat. 620; 74th Congress, 1st session)", "(SB 1070)"). Identifiers are numbers (ordinals too,
 * with every pack's {@code ordinal-endings}), abbreviations in capitals ("H.R.", "Pub. L."), words
 * in capitals ("SB") and every pack's {@code document-designators} ("public law", "congress",
 * "session"); a month, an era or any other
 * word makes the bracket prose ("(Jan. 5, 1935)", "(A.D. 79)", "(about 300 men)"). Its periods
 * end no sentence (Sentences), and a prompt drops it whole (generate/IdentifierAsides).
 * Extraction reads the same brackets as holding no figure (extract/IdentifierBrackets asks
 * {@link #identifiers}: one definition for tokens and strings).
 */
public final class IdentifierBracket {
  /** A bracket of identifiers is at most this many characters long. */
  private static final int REACH = 80;
  private static final Set<String> DESIGNATORS = new HashSet<>();
  /** Words that make a bracket of capitals and numbers a date: months, eras (letters only). */
  private static final Set<String> DATE_WORDS = new HashSet<>();

  /** Every pack's ordinal endings written after a number ("84th", "2nd"). */
  private static final Set<String> ORDINAL_ENDINGS = new HashSet<>();

  static {
    for (LanguagePack p : LanguagePacks.all()) {
      DESIGNATORS.addAll(p.words("document-designators"));
      ORDINAL_ENDINGS.addAll(p.words("ordinal-endings"));
      for (String cat : List.of("era-ad", "era-bc")) {
        p.words(cat).forEach(w -> DATE_WORDS.add(letters(w)));
      }
      p.monthNames().forEach(list -> list.forEach(m -> DATE_WORDS.add(letters(m))));
      p.monthForms().keySet().forEach(m -> DATE_WORDS.add(letters(m)));
    }
    DATE_WORDS.remove("");
  }

  private IdentifierBracket() {}

  /**
   * The [open, close] offsets of the bracket of identifiers after a word that holds offset
   * {@code at} of {@code s} (on its line, within reach); null when {@code at} is in none.
   */
  public static int[] around(String s, int at) {
    for (int k = at - 1; k >= 0 && k >= at - REACH; k--) {
      char c = s.charAt(k);
      if (c == ')' || c == '\n') {
        return null;
      }
      if (c == '(') {
        int close = closeOf(s, k);
        return close >= at && afterWord(s, k) && identifiers(s.substring(k + 1, close))
            ? new int[] {k, close} : null;
      }
    }
    return null;
  }
  /**
   * The ")" closing the bracket opened at {@code open}, within reach, on its line, with no bracket
   * nor prompt blank (U+E000) inside; -1 when none.
   */
  public static int closeOf(String s, int open) {
    for (int k = open + 1; k < s.length() && k <= open + REACH; k++) {
      char c = s.charAt(k);
      if (c == '(' || c == '\n' || c == '\uE000') {
        return -1;
      }
      if (c == ')') {
        return k;
      }
    }
    return -1;
  }

  /** The bracket follows a word after a space ("Act (", "Act» (" ), not a figure or a mark. */
  public static boolean afterWord(String s, int open) {
    int k = open - 1;
    if (k < 1 || !Character.isWhitespace(s.charAt(k))) {
      return false;
    }
    while (k > 0 && Character.isWhitespace(s.charAt(k))) {
      k--;
    }
    char c = s.charAt(k);
    return Character.isLetter(c) || c == '"' || c == '”' || c == '’' || c == '»';
  }

  /** The bracket's text holds identifiers only, a number and a designator among them. */
  public static boolean identifiers(String inner) {
    boolean number = false;
    boolean designator = false;
    int n = inner.length();
    for (int k = 0; k < n; ) {
      char c = inner.charAt(k);
      if (Character.isDigit(c)) {
        while (k < n && Character.isDigit(inner.charAt(k))) {
          k++;
        }
        int end = k;
        while (end < n && Character.isLetter(inner.charAt(end))) {
          end++;
        }
        if (end > k && ORDINAL_ENDINGS.contains(inner.substring(k, end).toLowerCase(Locale.ROOT))) {
          k = end; // "84th Congress, 2nd session": the legislature's sitting, an identifier
        }
        number = true;
      } else if (Character.isLetter(c)) {
        int end = k;
        while (end < n && Character.isLetter(inner.charAt(end))) {
          end++;
        }
        String w = inner.substring(k, end);
        boolean abbreviation = end < n && inner.charAt(end) == '.';
        boolean capitals = Character.isUpperCase(c) && (abbreviation || w.equals(
            w.toUpperCase(Locale.ROOT)));
        String lower = w.toLowerCase(Locale.ROOT);
        if (!capitals && !DESIGNATORS.contains(lower) || DATE_WORDS.contains(lower)) {
          return false;
        }
        designator = true;
        k = end;
      } else if (Character.isWhitespace(c) || ".,;:-–—§/".indexOf(c) >= 0) {
        k++;
      } else {
        return false;
      }
    }
    // "(A.D. 79)", "(79 B.C.)": the letters together are an era.
    return number && designator && !DATE_WORDS.contains(letters(inner));
  }

  private static String letters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetter).forEach(b::appendCodePoint);
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
