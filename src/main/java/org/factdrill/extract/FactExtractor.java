package org.factdrill.extract;

import java.util.List;
import org.factdrill.text.Document;

/** The extractor factdrill uses: every recognizer for the document's language. */
public final class FactExtractor implements Extractor {
  private final Extractor digits = new DigitsExtractor();

  @Override
  public List<Fact> extract(Document doc) {
    return digits.extract(doc);
  }
}
