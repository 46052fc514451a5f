package org.factdrill.text;

import java.util.Locale;

/** The kinds of file factdrill reads, told apart by their content (see {@link FormatSniffer}). */
public enum DocumentFormat {
  TEXT("text"),
  MARKDOWN("Markdown"),
  HTML("HTML"),
  PDF("PDF"),
  EPUB("EPUB"),
  DOCX("DOCX");

  private final String label;

  DocumentFormat(String label) {
    this.label = label;
  }

  /** The name shown to users. */
  public String label() {
    return label;
  }

  /** The lower-case name for JSON. */
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
