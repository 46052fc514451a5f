package org.factdrill.generate;

import org.factdrill.text.Language;
import org.factdrill.text.RowClause;

/**
 * A chronology item (which-first, years-between, timeline) cut from a long sentence is shown
 * as its first clause when the cut falls at a clause boundary: the kept words hold their verb,
 * the cut is a comma, semicolon or colon of the sentence that no list runs across, and no bracket or
 * quotation is left open. Then the item is a whole statement and ends with a full stop, not
 * "…" ("Merchants of Varn opened the toll road, which ran …" → "Merchants of Varn opened the
 * toll road."); other cuts keep their ellipsis.
 */
final class ItemEnds {
  private static final String ELLIPSIS = "…";
  /** Words of a date's lead ("vào ngày", "in the spring of") left out with it, at most. */
  private static final int LEAD_WORDS = 4;

  private ItemEnds() {}

  /**
   * {@code item}, cut from {@code sentence} (raw text) whose date {@code date} (as written) the
   * item leaves out, closed with a full stop where whole.
   */
  static String closed(Language lang, String sentence, String date, String item) {
    if (!item.endsWith(ELLIPSIS) || item.startsWith(ELLIPSIS)) {
      return item;
    }
    String body = item.substring(0, item.length() - 1).strip();
    if (body.isEmpty() || !Character.isLetter(body.codePointBefore(body.length()))
        || !balanced(body) || !RowClause.is(lang, body)
        || !RowClause.mayHoldVerb(lang, body.substring(body.lastIndexOf(", ") + 1))) {
      // The kept words' last piece must be a clause too: "X fell, and, in the Battle of Y" ends
      // in a phrase whose clause was cut away.
      return item;
    }
    String s = PromptBuilder.clean(sentence);
    String[] words = body.split("\\s+");
    String tail = String.join(" ", java.util.Arrays.copyOfRange(words,
        Math.max(0, words.length - 3), words.length));
    int at = s.indexOf(tail);
    if (at < 0 || at != s.lastIndexOf(tail)) {
      return item;
    }
    int mark = at + tail.length();
    // The left-out date right after the kept words (with its lead words) holds commas of its own
    // ("on Jan. 28, 1915, combining …"): the clause boundary is looked for after it.
    int d = date.isEmpty() ? -1 : s.indexOf(date, mark);
    int from = d >= 0 && PromptBuilder.contextWords(s.substring(mark, d)) <= LEAD_WORDS
        ? d + date.length() : mark;
    int cut = -1;
    for (String m : new String[] {", ", "; ", ": "}) {
      int i = s.indexOf(m, from);
      cut = i >= 0 && (cut < 0 || i < cut) ? i : cut;
    }
    // Between the kept words and the cut stands nothing, or the left-out date with its lead
    // words ("… opened the road in March 1850, which …").
    String between = cut < 0 ? "" : s.substring(mark, cut).strip();
    if (cut < 0 || !between.isEmpty() && (date.isEmpty() || !between.contains(date)
        || PromptBuilder.contextWords(between.replace(date, " ")) > LEAD_WORDS)
        || ListCommas.listCommas(s).contains(cut)) {
      return item;
    }
    return body + ".";
  }

  /**
   * True when {@code item} stays cut ("…") and its kept words, or their last piece after a comma,
   * hold no verb: a noun phrase ("The Harbour bill for the funding of …") or a clause's phrase
   * whose clause was cut away ("X fell, and, in the Battle of Y …") is no event to order; the
   * chronology chooses other rows (class 12 of the sixteenth review, every language).
   */
  static boolean halfClause(Language lang, String item) {
    if (!item.endsWith(ELLIPSIS)) {
      return false;
    }
    String body = item.substring(0, item.length() - 1).strip();
    return !RowClause.mayHoldVerb(lang, body)
        || !RowClause.mayHoldVerb(lang, body.substring(body.lastIndexOf(", ") + 1));
  }

  private static boolean balanced(String s) {
    int open = 0;
    int quotes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      open += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
      quotes += c == '"' ? 1 : c == '“' ? 1 : c == '”' ? -1 : 0;
    }
    return open == 0 && quotes % 2 == 0;
  }
}
