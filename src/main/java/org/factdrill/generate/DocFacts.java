package org.factdrill.generate;

import java.util.List;
import org.factdrill.extract.Fact;

/** A source text with the facts found in it (by the extractor, or by hand in tests). */
public record DocFacts(SourceText source, List<Fact> facts) {
  public DocFacts {
    facts = List.copyOf(facts);
  }
}
