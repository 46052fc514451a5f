package org.factdrill.text;

/**
 * One classified piece of a document: a line or a paragraph of wrapped lines.
 *
 * @param span where it is in the document's text
 * @param cls what it is
 * @param origin where it starts in what the user gave (the offset into the decoded file for text,
 *     Markdown and HTML; the 1-based page for PDF), or -1 when the reader cannot tell
 */
public record Block(Span span, LineClass cls, int origin) {
  /** The block's text. */
  public String of(String text) {
    return span.of(text);
  }
}
