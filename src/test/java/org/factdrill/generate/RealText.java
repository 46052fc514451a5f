package org.factdrill.generate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.DocumentLoader;

/** Runs the whole pipeline (reader, layout, extractor, generator) on a text written to a file. */
final class RealText {
  private RealText() {}

  /**
   * One generator over the real extractor per test thread, as the program uses one for a whole
   * corpus: building one (its pack-driven rules and expressions) cost as much as generating a
   * small text, and the classes using this one built one per text. It keeps no state between runs
   * but its per-language word lists and the last texts' readings (keyed by the text).
   */
  private static final ThreadLocal<BankGenerator> GENERATOR = ThreadLocal.withInitial(
      () -> new BankGenerator(SharedExtractor.get(), "test"));

  /** This thread's generator over the real extractor (version "test", today's clock). */
  static BankGenerator generator() {
    return GENERATOR.get();
  }

  static Result generate(Path dir, String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    List<SourceText> src = new SourceLoader(new DocumentLoader(Optional.empty(), Optional.empty(),
        false), w -> { }).load(List.of(p));
    return generator().run(src, GenerateOptions.defaults());
  }

  /** As above, every random choice drawn from {@code seed}. */
  static Result generate(Path dir, String name, String text, long seed) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    List<SourceText> src = new SourceLoader(new DocumentLoader(Optional.empty(), Optional.empty(),
        false), w -> { }).load(List.of(p));
    GenerateOptions d = GenerateOptions.defaults();
    return generator().run(src, new GenerateOptions(d.types(), d.languages(), seed));
  }
}
