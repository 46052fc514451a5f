package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.extract.Extractor;
import org.factdrill.extract.Fact;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A fault on one document, in its extraction or while its questions are made, leaves that
 * document out of the run: the bank is the one the other documents alone give, and the failure
 * names the document, the fault and the rule it came from.
 */
class DocumentFaultTest {
  private static final SourceText MILL = new SourceText(new Document("mill.txt", """
      The paper mill at Dunraith was founded in 1764 by a family of weavers.

      It burned down in 1811 and was rebuilt on the other bank of the river in 1815.
      """, Language.EN), "0");
  private static final SourceText BRIDGE = new SourceText(new Document("bridge.txt", """
      The stone bridge over the Kessa was finished in 1689, after nine years of work.

      Floods carried away two of its arches in 1740, and they were replaced in 1745.
      """, Language.EN), "0");

  /**
   * The real facts, but for {@code name} each placed past the end of its text (an extractor's
   * bug): the first rule that looks at the text there fails while questions are made.
   */
  private static Extractor brokenFactsFor(String name) {
    Extractor real = SharedExtractor.get();
    return doc -> doc.source().equals(name) ? real.extract(doc).stream()
        .map(f -> new Fact(f.start() + doc.text().length(), f.end() + doc.text().length(),
            f.text(), f.kind(), f.value(), f.unit(), f.approx(), f.sentence(), f.ends(),
            f.calendar())).toList()
        : real.extract(doc);
  }

  private static Result alone(SourceText s) {
    return new BankGenerator(SharedExtractor.get(), "test").run(List.of(s),
        GenerateOptions.defaults());
  }

  @Test
  void aFaultWhileMakingOneDocumentsQuestionsLeavesOnlyThatDocumentOut() {
    Result r = new BankGenerator(brokenFactsFor("bridge.txt"), "test")
        .run(List.of(MILL, BRIDGE), GenerateOptions.defaults());
    assertEquals(1, r.failures().size());
    DocumentFailure f = r.failures().get(0);
    assertEquals("bridge.txt", f.source());
    assertTrue(f.where().startsWith("org.factdrill."), f.where());
    assertEquals(alone(MILL).bank(), r.bank());
    assertFalse(r.bank().questions().isEmpty());
  }

  @Test
  void aFaultInExtractionLeavesOnlyThatDocumentOut() {
    Extractor real = SharedExtractor.get();
    Result r = new BankGenerator(doc -> {
      if (doc.source().equals("mill.txt")) {
        throw new IllegalStateException("broken on purpose");
      }
      return real.extract(doc);
    }, "test").run(List.of(MILL, BRIDGE), GenerateOptions.defaults());
    assertEquals(List.of("mill.txt"), r.failures().stream().map(DocumentFailure::source).toList());
    assertEquals("IllegalStateException: broken on purpose", r.failures().get(0).what());
    assertEquals(alone(BRIDGE).bank(), r.bank());
  }

  @Test
  void failuresAreListedInTheOrderTheDocumentsWereGiven() {
    Extractor real = SharedExtractor.get();
    Extractor both = doc -> {
      if (doc.source().equals("mill.txt")) {
        return brokenFactsFor("mill.txt").extract(doc); // fails later, making questions
      }
      throw new IllegalStateException("broken on purpose"); // fails first, extracting
    };
    Result r = new BankGenerator(both, "test").run(List.of(MILL, BRIDGE),
        GenerateOptions.defaults());
    assertEquals(List.of("mill.txt", "bridge.txt"),
        r.failures().stream().map(DocumentFailure::source).toList());
    assertTrue(r.bank().questions().isEmpty());
  }

  @Test
  void factsHandedInDirectlyStillThrowTheFault() {
    Document doc = BRIDGE.doc();
    List<Fact> broken = brokenFactsFor("bridge.txt").extract(doc);
    assertThrows(RuntimeException.class, () -> new BankGenerator(SharedExtractor.get(),
        "test").fromFacts(List.of(new DocFacts(BRIDGE, broken)), GenerateOptions.defaults()));
  }
}
