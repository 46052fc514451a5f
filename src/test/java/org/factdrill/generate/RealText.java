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

  static Result generate(Path dir, String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    List<SourceText> src = new SourceLoader(new DocumentLoader(Optional.empty(), Optional.empty(),
        false), w -> { }).load(List.of(p));
    return new BankGenerator(SharedExtractor.get(), "test").run(src, GenerateOptions.defaults());
  }

  /** As above, every random choice drawn from {@code seed}. */
  static Result generate(Path dir, String name, String text, long seed) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    List<SourceText> src = new SourceLoader(new DocumentLoader(Optional.empty(), Optional.empty(),
        false), w -> { }).load(List.of(p));
    GenerateOptions d = GenerateOptions.defaults();
    return new BankGenerator(SharedExtractor.get(), "test").run(src,
        new GenerateOptions(d.types(), d.languages(), seed));
  }
}
