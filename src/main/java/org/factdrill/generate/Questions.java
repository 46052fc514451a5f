package org.factdrill.generate;

/**
 * A sentence that asks ("Is 4 July 2015 the 240th anniversary of a battle fought in 1775?"):
 * a forum's or a teacher's question, not a statement of the text, so no fact is asked from it.
 * It ends with a question mark of any script; one inside a closing quotation or bracket is a
 * quoted question or a title ("his pamphlet \"Why War?\""), part of a statement. A sentence
 * that exclaims ("Tune in on Friday at nine!") calls out or invites: it may hold a date worth a
 * cloze, but it is no statement a student can call true or false.
 */
final class Questions {
  /** Question marks: the Latin one, the full-width one, the Arabic one. */
  private static final String MARKS = "?\uFF1F\u061F";
  /** Exclamation marks: the Latin one, the full-width one. */
  private static final String EXCLAIMS = "!\uFF01";

  private Questions() {}

  /** True when the cleaned sentence {@code s} ends with a question mark of its own. */
  static boolean asks(String s) {
    return endsWith(s, MARKS);
  }

  /** True when the sentence {@code s} ends with an exclamation mark of its own. */
  static boolean exclaims(String s) {
    return endsWith(s, EXCLAIMS);
  }

  private static boolean endsWith(String s, String marks) {
    String t = s.strip();
    return !t.isEmpty() && marks.indexOf(t.charAt(t.length() - 1)) >= 0;
  }
}
