package org.factdrill.extract;

import java.util.List;
import org.factdrill.text.Document;

/** Finds the facts in one document. Implementations are stateless and thread-safe. */
public interface Extractor {
  /** Facts in document order, non-overlapping. */
  List<Fact> extract(Document doc);
}
