package org.factdrill.text;

import java.util.regex.Pattern;

/**
 * A photo caption or a dateline: a noun phrase (a thing, maybe its place), a comma, then only a
 * date ("<monument>, <town>, <day word> 12/5/2019."; "<a square at dusk>, 3 March 1921"). It has
 * no finite verb, so it tells no event: the date is the day the picture was taken or the report
 * filed, never a fact to ask or an item to order, wherever the line stands. The date after the
 * comma is {@link DatedRows#date}'s (figures, month names, the pack's date, day and weekday words);
 * the words before it hold none of the pack's finite verbs nor a form that may be one
 * ({@link RowClause#mayHoldVerb}: irregular pasts; in Hebrew it also doubts some definite plurals,
 * so a caption naming one is left to the other rules).
 */
public final class Captions {
  /** A caption's noun phrase has this many words at most; twice as many where a word is a syllable. */
  private static final int HEAD_WORDS = 14;
  /** The date after the caption's last comma is this many characters at most. */
  private static final int DATE_CHARS = 40;
  /** The caption's end: a full stop, maybe spaces and closing quotes. */
  private static final Pattern END = Pattern.compile("[\\s.。]+$");

  private Captions() {}

  /** True when {@code sentence} in {@code lang} is a noun phrase, a comma and a date, no verb. */
  public static boolean is(Language lang, String sentence) {
    String s = END.matcher(sentence.strip()).replaceFirst("");
    LayoutWords w = LayoutWords.of(lang);
    int comma = -1;
    // The leftmost comma whose tail is only a date ("May 12, 2019" holds a comma of its own).
    for (int i = s.lastIndexOf(','); i > 0 && s.length() - i <= DATE_CHARS;
        i = s.lastIndexOf(',', i - 1)) {
      String tail = s.substring(i + 1).strip();
      if (tail.isEmpty() || !DatedRows.date(tail, w)) {
        break;
      }
      comma = i;
    }
    // A comma between figures ("13,724") or after a day ("June 2, 2020") is inside a number or
    // a date; the caption's comma follows a word and a space follows it.
    if (comma > 0 && (comma + 1 >= s.length() || !Character.isWhitespace(s.charAt(comma + 1))
        || !Character.isLetter(s.codePointBefore(comma)))) {
      return false;
    }
    if (comma <= 0) {
      return false;
    }
    String head = s.substring(0, comma).strip();
    int words = WordCount.of(head);
    int max = "syllable".equals(lang.pack().setting("word-unit", "")) ? 2 * HEAD_WORDS : HEAD_WORDS;
    return words > 0 && words <= max && !RowClause.mayHoldVerb(lang, head)
        && !head.codePoints().anyMatch(c -> c == ':' || c == ';' || c == '"' || c == '“');
  }

  /**
   * True when the sentence {@code s} of {@code doc} stands alone on its line (a caption is set
   * as a line of its own: the page's first line, under an image's name, between paragraphs) and
   * {@link #is} a caption. A verbless clause inside a paragraph is left to the other rules.
   */
  public static boolean line(Document doc, Span s) {
    String text = doc.text();
    int from = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
    int to = text.indexOf('\n', s.end());
    to = to < 0 ? text.length() : to;
    return from <= s.start() && text.substring(from, s.start()).isBlank()
        && text.substring(s.end(), to).isBlank() && is(doc.lang(), s.of(text));
  }

}
