package org.factdrill.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * Every format that prints a source line names each text by its title (from the bank's
 * {@code sources[].title}), not by its file name.
 */
class SourceTitlesExportTest {
  private static final Map<String, String> TITLES = Map.of(
      "en_caucasus.txt", "Caucasus Overview", "en_hostile.txt", "Hostile Neighbours",
      "he_karabakh.txt", "Karabakh Hebrew", "vi_karabakh.txt", "Karabakh Vietnamese");

  /** The output as text; a zip (apkg, xlsx, QTI packages) as the text of all its entries. */
  private static String text(byte[] out) throws Exception {
    if (out.length < 2 || out[0] != 'P' || out[1] != 'K') {
      return new String(out, StandardCharsets.UTF_8);
    }
    StringBuilder b = new StringBuilder();
    java.nio.file.Path f = java.nio.file.Files.createTempFile("export", ".zip");
    try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(
        java.nio.file.Files.write(f, out).toFile())) {
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        b.append(new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8))
            .append('\n');
      }
    } finally {
      java.nio.file.Files.deleteIfExists(f);
    }
    return b.toString();
  }

  @Test
  void sourceLinesNameTheTextsByTitle() throws Exception {
    ExportOptions options = new ExportOptions("All types", ExportFixtures.NOW, 0, TITLES);
    List<String> problems = new ArrayList<>();
    for (String name : List.of("apkg", "anki-txt", "gift", "kahoot", "moodle-xml", "qti12",
        "qti21", "html", "markdown", "quizlet")) {
      Exporter e = Formats.byName(name).orElse(null);
      if (e == null) {
        problems.add("no format " + name + " in " + Formats.names());
        continue;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      e.write(ExportFixtures.questions(), options, out);
      String t = text(out.toByteArray());
      if (!t.contains("Caucasus Overview")) {
        problems.add(name + ": no title in the source lines");
      }
      // File names may remain in machine fields (tags, identifiers), never after "Source: ".
      if (t.contains("Source: en_caucasus.txt") || t.contains("Source: en_hostile.txt")) {
        problems.add(name + ": a source line names the file");
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(TITLES.size() == 4);
  }
}
