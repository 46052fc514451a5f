package org.factdrill.extract;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A look-ahead for the characters an alternation of month names can open with, so a position
 * where no name starts fails at one table read instead of trying every name in turn (the
 * calendar readers' patterns try the whole alternation at every word start around a key).
 * Built as a superset of what the alternation's first element matches case-insensitively
 * (every character whose case fold is a first letter's), tested case-sensitively: it refuses
 * only positions where every name fails, so the patterns match exactly as without it.
 */
final class FirstLetters {
  private FirstLetters() {}

  /** Each BMP character's simple case fold, as java.util.regex folds under (?iu). */
  private static final char[] FOLD = folds();

  private static char[] folds() {
    char[] f = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      f[c] = (char) Character.toLowerCase(Character.toUpperCase(c));
    }
    return f;
  }

  /**
   * {@code (?=(?-i:[…]))} over the first characters of {@code names} as
   * {@code CalendarReader.alternation} writes them (a geresh, a hyphen or a period there is
   * optional, so the character after it may open the name too); "" when some name may open
   * with anything (all its characters optional, or a character outside the BMP).
   */
  static String lookAhead(List<String> names, String optional, String required, String hyphens) {
    Set<Character> firsts = new TreeSet<>();
    Set<Character> done = new java.util.HashSet<>();
    boolean space = false;
    for (String w : names) {
      int k = 0;
      while (true) {
        if (k == w.length()) {
          return ""; // every character optional: the name may match empty
        }
        char c = w.charAt(k);
        if (Character.isSurrogate(c)) {
          return "";
        }
        if (optional.indexOf(c) >= 0) {
          addAll(firsts, done, optional); // "[…]?" over the whole class
          k++;
        } else if (required.indexOf(c) >= 0) {
          addAll(firsts, done, required); // "[…]": any of its forms
          break;
        } else if (hyphens.indexOf(c) >= 0) {
          addAll(firsts, done, hyphens); // "[-־‐\s]?"
          space = true;
          k++;
        } else if (c == '.') {
          add(firsts, done, '.'); // "\.?"
          k++;
        } else {
          if (Character.isWhitespace(c)) {
            space = true; // "\s+"
          }
          add(firsts, done, c);
          break;
        }
      }
    }
    StringBuilder b = new StringBuilder("(?=(?-i:[");
    for (char c : firsts) {
      b.append(String.format("\\x{%X}", (int) c));
    }
    return b.append(space ? "\\s" : "").append("]))").toString();
  }

  private static void addAll(Set<Character> out, Set<Character> done, String chars) {
    for (int k = 0; k < chars.length(); k++) {
      add(out, done, chars.charAt(k));
    }
  }

  /** {@code c} and every character that matches it case-insensitively (same fold). */
  private static void add(Set<Character> out, Set<Character> done, char c) {
    if (!done.add(c)) {
      return; // its characters are in already
    }
    out.add(c);
    out.add(FOLD[c]);
    for (int d = 0; d <= Character.MAX_VALUE; d++) {
      if (FOLD[d] == FOLD[c]) {
        out.add((char) d);
      }
    }
  }
}
