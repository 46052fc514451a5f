package org.factdrill.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.factdrill.text.Document;
import org.factdrill.text.InputFiles;
import org.factdrill.text.Language;
import org.factdrill.text.LanguageDetector;
import org.factdrill.text.Sha256;
import org.factdrill.text.TextReadException;
import org.factdrill.text.TextReader;

/** Reads source texts for generation; documents are named by file name, so banks are portable. */
public final class SourceLoader {
  private final TextReader reader;
  private final Consumer<String> warnings;
  private final Optional<Language> forced;

  public SourceLoader(TextReader reader, Consumer<String> warnings, Optional<Language> forced) {
    this.reader = reader;
    this.warnings = warnings;
    this.forced = forced;
  }

  public List<SourceText> load(List<Path> paths) throws IOException, TextReadException {
    List<SourceText> out = new ArrayList<>();
    LanguageDetector detector = new LanguageDetector();
    for (Path p : InputFiles.expand(paths)) {
      byte[] bytes = Files.readAllBytes(p);
      String text;
      try {
        text = reader.decode(p, bytes);
      } catch (TextReadException e) {
        if (e.reason() == TextReadException.Reason.BINARY) {
          warnings.accept(e.getMessage());
          continue;
        }
        throw e;
      }
      Language lang = forced.orElseGet(() -> detector.detect(text));
      out.add(new SourceText(new Document(p.getFileName().toString(), text, lang),
          Sha256.hex(bytes)));
    }
    return out;
  }
}
