package org.factdrill.generate;

import java.util.List;
import java.util.Locale;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * A chronology row's date run straight into its first sentence ("May 3, 1962 The capsule …") is
 * a row label, not a part of the clause. Where a prompt shows the row from its start only to name
 * the subject of a later sentence, the label is written as the opening adverbial the sentence
 * would have ("On May 3, 1962, the capsule …", "In 1925, the Dock Act …"): pack settings
 * {@code row-date-day-preposition} and {@code row-date-preposition}; without them the prompt is
 * left as it is.
 */
final class RowLabel {
  /** A date value with its day ("1962-05-03"), not a month or a year alone. */
  private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile(
      "-?\\d{4}-\\d\\d-\\d\\d");

  private RowLabel() {}

  /**
   * The insert that rewrites the row label at {@code row} (the prompt's start) as an opening
   * adverbial, or null when the label is set off by a mark (a dash or colon reads as a label) or
   * the pack has no preposition for it.
   */
  static YearInserts.Insert adverbial(Language lang, String text, List<Fact> facts, int row) {
    Value.Date date = null;
    int end = -1;
    for (Fact f : facts) {
      if (f.start() == row && f.value() instanceof Value.Date d && f.end() > end) {
        date = d;
        end = f.end();
      }
    }
    if (date == null || date.isRange()) {
      return null;
    }
    int w = end;
    while (w < text.length() && (text.charAt(w) == ' ' || text.charAt(w) == '\t')) {
      w++;
    }
    if (w == end || w >= text.length() || !Character.isUpperCase(text.codePointAt(w))) {
      return null; // "1925 – The …", "1925: …": set off as a label already
    }
    boolean day = DAY.matcher(date.iso()).matches();
    String prep = lang.pack().setting(day ? "row-date-day-preposition" : "row-date-preposition",
        "").strip();
    if (prep.isEmpty()) {
      return null;
    }
    int we = w;
    while (we < text.length() && Character.isLetter(text.charAt(we))) {
      we++;
    }
    String word = text.substring(w, we);
    // "The capsule" inside a sentence is "the capsule"; a name keeps its capital.
    if (lang.pack().words("function-words").contains(word.toLowerCase(Locale.ROOT))) {
      word = word.toLowerCase(Locale.ROOT);
    }
    return new YearInserts.Insert(row, prep + " " + text.substring(row, end) + ", " + word, we);
  }
}
