package org.factdrill.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands command-line paths: a file is itself; a directory means its files of a supported kind
 * (text, Markdown, HTML, PDF, EPUB, DOCX), sorted.
 */
public final class InputFiles {
  private InputFiles() {}

  public static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> FormatSniffer.supportedName(f.getFileName().toString())
              && Files.isRegularFile(f))
              .sorted()
              .forEach(out::add);
        }
      } else if (Files.exists(p)) {
        out.add(p);
      } else {
        throw new NoSuchFileException(p.toString());
      }
    }
    return out;
  }
}
