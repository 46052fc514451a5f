package org.factdrill.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The golden harness itself fails where it must: unpaired files, missing outputs, hidden state. */
class GoldenTest {
  @TempDir Path dir;

  @Test
  void anUnpairedFileFailsTheCorpus() throws Exception {
    Path in = Files.writeString(dir.resolve("a.input"), "x");
    Path out = Files.writeString(dir.resolve("a.output"), "X");
    Files.writeString(dir.resolve("b.output"), "orphan");
    Golden.Corpus corpus = new Golden.Corpus(dir, List.of(
        new Golden.Case("a", List.of(in), out, () -> "X")));
    AssertionError e = assertThrows(AssertionError.class, corpus::assertPaired);
    assertTrue(e.getMessage().contains("unpaired file b.output"), e.getMessage());
    Files.delete(dir.resolve("b.output"));
    corpus.assertPaired();
    Files.delete(out);
    e = assertThrows(AssertionError.class, corpus::assertPaired);
    assertTrue(e.getMessage().contains("missing output a.output"), e.getMessage());
  }

  @Test
  void aProducerWithHiddenStateFailsTheIdempotenceCheck() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    Golden.Corpus corpus = new Golden.Corpus(dir, List.of(
        new Golden.Case("counter", List.of(), dir.resolve("c.output"),
            () -> "call " + calls.incrementAndGet())));
    assertThrows(AssertionError.class, corpus::assertIdempotent);
    new Golden.Corpus(dir, List.of(new Golden.Case("same", List.of(), dir.resolve("s.output"),
        () -> "same"))).assertIdempotent();
  }
}
