package org.factdrill.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a document's text from the pieces a structured reader finds (paragraphs, headings,
 * table rows), one piece per line with a blank line between, each recorded as a block.
 */
final class TextAssembler {
  /** Readers stop adding text past this many characters (a bounded document, a clear note). */
  static final int MAX_CHARS = 20_000_000;

  private final StringBuilder text = new StringBuilder();
  private final List<Block> blocks = new ArrayList<>();
  private boolean full;

  /** Adds a piece: white space collapsed (tabs between cells kept), nothing if it is empty. */
  void add(String piece, LineClass cls, int origin) {
    String s = collapse(piece);
    if (s.isEmpty() || full) {
      return;
    }
    if (text.length() + s.length() > MAX_CHARS) {
      full = true;
      return;
    }
    if (text.length() > 0) {
      text.append("\n\n");
    }
    int start = text.length();
    text.append(s);
    blocks.add(new Block(new Span(start, text.length()), cls, origin));
  }

  /** True when text was left out because the document passed {@link #MAX_CHARS}. */
  boolean truncated() {
    return full;
  }

  String text() {
    return text.toString();
  }

  List<Block> blocks() {
    return blocks;
  }

  boolean isEmpty() {
    return blocks.isEmpty();
  }

  /** Runs of white space (but tabs and line breaks inside a piece) become one space. */
  static String collapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t') {
        trimEnd(b);
        b.append('\t');
        space = true;
      } else if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
        if (!space && b.length() > 0) {
          b.append(' ');
        }
        space = true;
      } else {
        b.append(c);
        space = false;
      }
    }
    trimEnd(b);
    return b.toString().strip();
  }

  private static void trimEnd(StringBuilder b) {
    while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
      b.setLength(b.length() - 1);
    }
  }
}
