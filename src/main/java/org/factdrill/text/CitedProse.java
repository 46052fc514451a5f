package org.factdrill.text;

import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * A paragraph that cites its source is still prose: the signs of a reference entry (a URL, "pp.",
 * a year in brackets, an author's "Surname, I.") in one of its sentences, or in a note glued to
 * its end, make that sentence apparatus, not the paragraph. A reference entry is apparatus from
 * end to end: its pieces are an author, a year, a title, a publisher, a page, and a title is
 * short beside them. So a paragraph is prose when its sentences without any citation sign (nor a
 * word such as "Press" or "Journal") hold
 * most of its words, one of them a clause of some length.
 */
final class CitedProse {
  /** The clean sentences hold at least this share of the paragraph's words. */
  private static final double CLEAN_SHARE = 2.0 / 3;
  /** One clean sentence is at least this long: a clause, not a reference entry's title. */
  private static final int CLAUSE_WORDS = 12;
  /**
   * Where a sentence ends: after its mark (and a closing quote or bracket), before a space; and
   * where a note in markup opens ("<ref>"), glued to the sentence it cites.
   */
  private static final Pattern PIECES =
      Pattern.compile("(?<=[.!?…][\"'”’»)\\]]?)\\s+|(?=<\\p{L})");

  private CitedProse() {}

  /**
   * True when {@code paragraph}'s sentences that {@code score} finds no citation sign in hold most
   * of its words, one of them at least {@value #CLAUSE_WORDS} words long.
   */
  static boolean mostlyProse(String paragraph, ToIntFunction<String> score) {
    int all = 0;
    int clean = 0;
    boolean clause = false;
    for (String piece : PIECES.split(paragraph.strip())) {
      int n = LayoutClassifier.words(piece);
      all += n;
      if (score.applyAsInt(piece) == 0) {
        clean += n;
        clause |= n >= CLAUSE_WORDS;
      }
    }
    return clause && clean >= all * CLEAN_SHARE;
  }
}
