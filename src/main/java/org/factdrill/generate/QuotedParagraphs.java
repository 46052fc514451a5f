package org.factdrill.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks a paragraph of quoted text opens with, which belong to the page's layout, not to the
 * sentence: an enumerator label ("(1)", "(b)", "(iv)") numbering the paragraphs of a quoted
 * statute or list, and the opening quotation mark of a quotation that runs over several
 * paragraphs (each paragraph opens with a mark, only the last one closes it). A prompt that
 * starts where such a paragraph starts leaves both out: the label says nothing, and the mark
 * would otherwise be mended as a quotation cut short ("… …”") though the sentence is whole.
 */
final class QuotedParagraphs {
  /** An opening mark (at most one), then a label in brackets and the space after it. */
  private static final Pattern LABEL = Pattern.compile(
      "^([\"“«„]?)\\((?:\\d{1,3}|[a-z]|[A-Z]|[ivxlc]{2,6})\\)\\s+(?=\\S)");

  private QuotedParagraphs() {}

  /**
   * {@code template} without the label and the paragraph's unclosed opening mark, when the prompt
   * starts where its line starts in {@code text} ({@code from} is the prompt's first offset).
   */
  static String mended(String template, String text, int from) {
    if (template == null || template.isEmpty() || !lineStart(text, from)) {
      return template;
    }
    String s = template;
    Matcher m = LABEL.matcher(s);
    if (m.find()) {
      s = m.group(1) + s.substring(m.end());
    }
    char open = s.charAt(0);
    if ("\"“«„".indexOf(open) >= 0 && !closedInParagraph(text, from, open)) {
      s = s.substring(1);
    }
    return s;
  }

  /** Nothing but white space between {@code from} and the start of its line. */
  private static boolean lineStart(String text, int from) {
    for (int k = from - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the paragraph that opens with mark {@code open} at or after {@code from} closes it:
   * a straight mark is closed when the paragraph holds an even number of them.
   */
  private static boolean closedInParagraph(String text, int from, char open) {
    int end = text.indexOf('\n', from);
    end = end < 0 ? text.length() : end;
    int at = text.indexOf(open, from);
    if (at < 0 || at >= end) {
      return true; // the mark is not the paragraph's own (a prompt rewritten): leave it
    }
    if (open == '"') {
      int n = 0;
      for (int k = at; k < end; k++) {
        n += text.charAt(k) == '"' ? 1 : 0;
      }
      return n % 2 == 0;
    }
    char close = open == '«' ? '»' : open == '„' ? '“' : '”';
    return text.indexOf(close, at + 1) >= 0 && text.indexOf(close, at + 1) < end;
  }
}
