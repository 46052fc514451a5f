package org.factdrill.generate;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Quotation marks a prompt leaves unpaired, because its sentence was cut or the quotation runs
 * on past the sentence: a student would read a quotation that never ends, or one that begins in
 * mid-air. A prompt is mended honestly: a quotation still open at its end is shown to go on
 * ("… _____ …”"), one closed without its start is shown to have begun before ("“… _____.” he
 * said"). Marks pair as the script writes them (“ ” « » „ and straight quotes); a straight mark
 * between letters before a last single letter is a gershayim of an acronym (צה"ל), not a quote.
 */
final class QuoteCut {
  private static final String OPENING = "“«„";
  private static final String CLOSING = "”»";
  private static final String STRAIGHT = "\"״";

  private QuoteCut() {}

  /** The prompt with every quotation mark paired; the prompt itself when they already pair. */
  static String mended(String prompt, String prefixes) {
    if (prompt == null) {
      return null;
    }
    Deque<Character> open = new ArrayDeque<>();
    StringBuilder unopened = new StringBuilder(); // closers without their opener, in text order
    for (int i = 0; i < prompt.length(); i++) {
      char c = prompt.charAt(i);
      if (STRAIGHT.indexOf(c) >= 0) {
        if (gershayim(prompt, i, prefixes)) {
          continue;
        }
        if (!open.isEmpty() && open.peek() == c) {
          open.pop();
        } else if (opens(prompt, i)) {
          open.push(c);
        } else {
          unopened.append(c);
        }
      } else if (OPENING.indexOf(c) >= 0 && !(c == '“' && !open.isEmpty() && open.peek() == '„')) {
        open.push(c);
      } else if (CLOSING.indexOf(c) >= 0 || c == '“') {
        if (!open.isEmpty() && open.peek() != '"' && open.peek() != '״') {
          open.pop();
        } else {
          unopened.append(c);
        }
      }
    }
    if (open.isEmpty() && unopened.length() == 0) {
      return prompt;
    }
    String s = prompt.strip();
    if (unopened.length() > 0) {
      StringBuilder lead = new StringBuilder();
      for (int i = unopened.length() - 1; i >= 0; i--) {
        lead.append(openerOf(unopened.charAt(i)));
      }
      s = lead + (s.startsWith("…") ? "" : "… ") + s;
    }
    if (!open.isEmpty()) {
      s = s.replaceAll("[\\s.,;:!?]+$", "");
      s = s.endsWith("…") ? s : s + " …";
      StringBuilder tail = new StringBuilder();
      for (char o : open) {
        tail.append(closerOf(o));
      }
      s = s + tail;
    }
    return s;
  }

  /**
   * A straight mark inside a word is a gershayim (צה"ל, ח"כים), unless all the word's letters
   * before it are the language's prefix letters and more than one letter follows: a quotation
   * opened after a preposition written onto it (ב"בית העם").
   */
  private static boolean gershayim(String s, int i, String prefixes) {
    if (i == 0 || i + 1 >= s.length() || !Character.isLetter(s.charAt(i - 1))
        || !Character.isLetter(s.charAt(i + 1))) {
      return false;
    }
    int w = i;
    while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
      w--;
    }
    boolean prefixed = s.substring(w, i).chars().allMatch(c -> prefixes.indexOf(c) >= 0);
    boolean oneAfter = i + 2 >= s.length() || !Character.isLetter(s.charAt(i + 2));
    return !prefixed || oneAfter;
  }

  /**
   * A straight mark opens when a word follows it and nothing of a word stands before it but
   * prefix letters (gershayim were ruled out before): at the start, after a space or a bracket.
   */
  private static boolean opens(String s, int i) {
    if (i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1))) {
      return false;
    }
    char prev = i == 0 ? ' ' : s.charAt(i - 1);
    return Character.isWhitespace(prev) || Character.isLetter(prev) || "([{—–-/".indexOf(prev) >= 0;
  }

  private static char closerOf(char opener) {
    return switch (opener) {
      case '“', '„' -> '”';
      case '«' -> '»';
      default -> opener;
    };
  }

  private static char openerOf(char closer) {
    return switch (closer) {
      case '”' -> '“';
      case '»' -> '«';
      case '“' -> '„';
      default -> closer;
    };
  }
}
