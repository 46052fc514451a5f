package org.factdrill.generate;

import org.factdrill.text.Document;

/** A document to generate from, with the SHA-256 of its file's bytes for the bank's sources list. */
public record SourceText(Document doc, String sha256) {}
