package org.factdrill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Small classes: no source file under src/main is over 500 lines (split by job before it grows past that). */
class SourceSizeTest {
  private static final int MAX_LINES = 500;

  @Test
  void noMainSourceFileIsOverFiveHundredLines() throws IOException {
    Path root = Path.of("src/main/java");
    List<String> tooLong;
    try (Stream<Path> files = Files.walk(root)) {
      tooLong = files.filter(p -> p.toString().endsWith(".java"))
          .map(p -> p + " " + lines(p))
          .filter(s -> Integer.parseInt(s.substring(s.lastIndexOf(' ') + 1)) > MAX_LINES)
          .sorted()
          .collect(Collectors.toList());
    }
    assertEquals(List.of(), tooLong, "split these files: each over " + MAX_LINES + " lines");
  }

  private static long lines(Path p) {
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8).size();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
