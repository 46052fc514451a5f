package org.factdrill.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.factdrill.text.DocumentFormat;
import org.factdrill.text.DocumentLoader;
import org.factdrill.text.InputFiles;
import org.factdrill.text.Language;
import org.factdrill.text.TextReadException;
import org.factdrill.text.TextReader;

/**
 * Reads source documents for generation (text, Markdown, HTML, PDF, EPUB, DOCX); documents are
 * named by file name, so banks are portable.
 */
public final class SourceLoader {
  private final DocumentLoader loader;
  private final Consumer<String> warnings;

  /** Reads with {@code loader}; binary files are skipped with a warning. */
  public SourceLoader(DocumentLoader loader, Consumer<String> warnings) {
    this.loader = loader;
    this.warnings = warnings;
  }

  /** Strict UTF-8 (or detected legacy encoding) reading, the language forced or detected. */
  public SourceLoader(TextReader reader, Consumer<String> warnings, Optional<Language> forced) {
    this(new DocumentLoader(Optional.empty(), forced, false), warnings);
  }

  public List<SourceText> load(List<Path> paths) throws IOException, TextReadException {
    List<SourceText> out = new ArrayList<>();
    for (Path p : InputFiles.expand(paths)) {
      DocumentLoader.Loaded l;
      try {
        l = loader.load(p, p.getFileName().toString());
      } catch (TextReadException e) {
        if (e.reason() == TextReadException.Reason.BINARY) {
          warnings.accept(e.getMessage());
          continue;
        }
        throw e;
      }
      out.add(new SourceText(l.doc(), l.sha256(), describe(l)));
    }
    return out;
  }

  /** The report's lines about how a document was read. */
  static List<String> describe(DocumentLoader.Loaded l) {
    List<String> notes = new ArrayList<>();
    notes.add("read as " + l.format().label() + (l.encoding() == null
        || l.format() == DocumentFormat.PDF ? "" : " (" + l.encoding() + ")") + ", language "
        + l.doc().lang().code() + ", title \"" + l.doc().layout().title() + "\""
        + l.doc().layout().date().map(d -> ", dated " + d.iso() + " (" + d.how() + ")").orElse(""));
    notes.addAll(l.notes());
    return notes;
  }
}
