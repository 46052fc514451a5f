package org.factdrill.generate;

import java.util.List;
import org.factdrill.text.Document;

/**
 * A document to generate from, with the SHA-256 of its file's bytes for the bank's sources list
 * and what reading it involved (format, encoding, repairs), for the report.
 */
public record SourceText(Document doc, String sha256, List<String> notes) {
  public SourceText {
    notes = List.copyOf(notes);
  }

  /** A document with nothing to report about its reading. */
  public SourceText(Document doc, String sha256) {
    this(doc, sha256, List.of());
  }
}
