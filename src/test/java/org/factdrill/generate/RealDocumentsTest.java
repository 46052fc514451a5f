package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.bank.Question;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Block;
import org.factdrill.text.Document;
import org.factdrill.text.DocumentLoader;
import org.factdrill.text.LineClass;
import org.junit.jupiter.api.Test;

/**
 * Real documents with licences that allow it (src/test/resources/documents/SOURCES.md): golden
 * output of what factdrill extracts, and no question from a layout line.
 */
class RealDocumentsTest {
  private static final Path DIR = Path.of("src/test/resources/documents");

  private static List<SourceText> load(String name) throws Exception {
    return new SourceLoader(new DocumentLoader(Optional.empty(), Optional.empty(), false),
        w -> { }).load(List.of(DIR.resolve(name)));
  }

  /** Every question's facts stand in prose; layout facts are reported as such, never asked. */
  private static Result generateChecked(List<SourceText> src) {
    Result r = new BankGenerator(SharedExtractor.get(), "test").run(src, GenerateOptions.defaults());
    Document d = src.get(0).doc();
    for (Question q : r.bank().questions()) {
      for (Question.FactRef f : q.facts()) {
        assertEquals(LineClass.PROSE, d.classAt(f.start()), q.prompt());
      }
    }
    return r;
  }

  /** The extracted facts (value, class, the words around) as a golden listing. */
  private static String facts(Document d) {
    StringBuilder b = new StringBuilder();
    for (var f : SharedExtractor.get().extract(d)) {
      String around = d.text().substring(Math.max(0, f.start() - 30),
          Math.min(d.text().length(), f.end() + 30)).replaceAll("\\s+", " ");
      b.append(d.classAt(f.start()).json()).append('\t').append(f.value().json()).append('\t')
          .append(around).append('\n');
    }
    return b.toString();
  }

  private static void assertGolden(String name, String actual) throws Exception {
    Path golden = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(golden), golden + " is missing; run with -Dgolden.update=true");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
        "golden file " + golden + " differs; if intended, rerun with -Dgolden.update=true");
  }

  @Test
  void federalRegisterPdfWithoutRunningHeadsPageNumbersOrSplitWords() throws Exception {
    List<SourceText> src = load("federal-register-2020-17221.pdf");
    Document d = src.get(0).doc();
    String text = d.text();
    // The running head and the page number of every page after the first are gone (the first
    // page's masthead is headings, which give no questions).
    Matcher head = Pattern.compile("Federal Register\\s*/\\s*Vol\\.").matcher(text);
    int heads = 0;
    while (head.find()) {
      heads++;
    }
    assertTrue(heads <= 1, heads + " running heads left");
    for (Block k : d.layout().blocks()) {
      String s = k.of(text).strip();
      if (k.cls() == LineClass.PROSE) {
        assertFalse(s.matches("\\d{1,5}") || s.matches("\\d{5} Federal Register.*"),
            "page number left: " + s);
        // a word split at a line end and not joined: "regu- lations"
        assertFalse(Pattern.compile("\\p{Ll}{2,}- \\p{Ll}{2,}").matcher(s).find()
            && !s.matches("(?s).*\\p{Ll}- (and|or|to) .*"), "split word: " + s);
      }
    }
    // Field labels set in small capitals start prose paragraphs; they are no footnotes.
    for (String label : List.of("SUMMARY:", "DATES:", "FOR FURTHER INFORMATION CONTACT:",
        "SUPPLEMENTARY INFORMATION:")) {
      int at = text.indexOf(label);
      assertTrue(at >= 0, label);
      assertEquals(LineClass.PROSE, d.classAt(at), label);
    }
    // Identifiers written with dashes (a directive's number, a docket, models) give no facts.
    var all = SharedExtractor.get().extract(d);
    for (String id : List.of("2018–23–51", "737–8", "737–9", "FAA–2020–0686", "2019–NM–035–AD")) {
      int from = text.indexOf(id);
      assertTrue(from >= 0, id);
      while (from >= 0) {
        int to = from + id.length();
        int a = from;
        assertFalse(all.stream().anyMatch(f -> f.start() < to && f.end() > a),
            () -> "a fact inside " + id + ": " + all.stream().filter(f -> f.start() < to && f.end() > a).map(f -> f.text() + "=" + f.value().json() + " @" + text.substring(Math.max(0, a - 40), Math.min(text.length(), to + 20))).toList());
        from = text.indexOf(id, to);
      }
    }
    Result r = generateChecked(src);
    assertTrue(r.bank().questions().size() > 0);
    assertGolden("federal-register-2020-17221.pdf.facts", facts(d));
    System.out.printf("federal register pdf: %d blocks, %d facts, %d questions%n",
        d.layout().blocks().size(), SharedExtractor.get().extract(d).size(),
        r.bank().questions().size());
  }

  @Test
  void projectGutenbergEpubInSpineOrderWithItsTitle() throws Exception {
    List<SourceText> src = load("alice-in-wonderland.epub");
    Document d = src.get(0).doc();
    assertEquals("Alice's Adventures in Wonderland", d.layout().title());
    int first = d.text().indexOf("Down The Rabbit-Hole");
    int last = d.text().indexOf("Alice's Evidence");
    assertTrue(first >= 0 && last > first, first + " " + last);
    assertFalse(d.text().contains("<"), "markup left");
    Result r = generateChecked(src);
    assertGolden("alice-in-wonderland.epub.facts", facts(d));
    System.out.printf("alice epub: %d blocks, %d facts, %d questions%n",
        d.layout().blocks().size(), SharedExtractor.get().extract(d).size(),
        r.bank().questions().size());
  }
}
