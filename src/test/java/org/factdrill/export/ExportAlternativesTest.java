package org.factdrill.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdrill.bank.BankJson;
import org.factdrill.bank.BankProblem;
import org.factdrill.bank.Question;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bank's accepted alternatives (answer.also) reach every format that can hold more than one
 * right answer: numbers as further numeric answers, words as further short answers; formats with
 * one right answer say how many questions kept only their main answer. The files are kept in
 * target/alternatives/ for ../shared/validators/validate.sh.
 */
class ExportAlternativesTest {
  // Made up for this test.
  private static final String BANK = """
      {"schemaVersion": 1, "generator": {"name": "test", "version": "1"}, "sources": [],
       "questions": [
        {"id": "cloze-count", "card": "f-1", "type": "cloze", "lang": "en",
         "prompt": "The garrison counted _____ soldiers.",
         "answer": {"value": 1500, "text": "1,500", "also": ["1,600"]}},
        {"id": "cloze-year", "card": "f-2", "type": "cloze", "lang": "en",
         "prompt": "The old mill closed in _____.",
         "answer": {"value": "1931", "text": "1931", "also": ["1930-31"]}},
        {"id": "cloze-plain", "card": "f-3", "type": "cloze", "lang": "en",
         "prompt": "The ferry first sailed in _____.",
         "answer": {"value": "1904", "text": "1904"}}
       ]}
      """;
  static List<Question> questions;
  static final Path OUT = Path.of("target/alternatives");

  @BeforeAll
  static void read() throws Exception {
    List<BankProblem> problems = new ArrayList<>();
    questions = new BankJson().parse("alternatives.json", BANK, problems).questions();
    assertEquals(List.of(), problems);
    Files.createDirectories(OUT);
  }

  private static ExportResult export(String format, StringBuilder text) throws Exception {
    Exporter e = Formats.byName(format).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportResult r = e.write(questions, new ExportOptions("Alternatives",
        Instant.parse("2026-05-01T10:00:00Z"), 0, Map.of()), out);
    Path file = OUT.resolve("alternatives-" + format + "." + e.extension());
    Files.write(file, out.toByteArray());
    if (e.extension().equals("zip")) { // a content package: its files' text
      try (java.util.zip.ZipInputStream z = new java.util.zip.ZipInputStream(
          Files.newInputStream(file))) {
        for (var en = z.getNextEntry(); en != null; en = z.getNextEntry()) {
          text.append(new String(z.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } else {
      text.append(out.toString(StandardCharsets.UTF_8));
    }
    return r;
  }

  private static String text(String format) throws Exception {
    StringBuilder b = new StringBuilder();
    ExportResult r = export(format, b);
    assertEquals(3, r.written(), format);
    assertEquals(0, r.alternativesLeftOut(), format + " holds them");
    return b.toString();
  }

  @Test
  void numericExpectationKeepsNumbersAndWordsMakeAShortAnswer() {
    Expected count = Items.expected(questions.get(0));
    assertTrue(count instanceof Expected.Numeric, count.toString());
    assertEquals(List.of("1600"), ((Expected.Numeric) count).plainAlso());
    Expected year = Items.expected(questions.get(1));
    assertEquals(List.of("1931", "1930-31"), ((Expected.Text) year).accepted());
    assertTrue(Items.expected(questions.get(2)) instanceof Expected.Numeric);
  }

  @Test
  void giftAndMoodleListEveryAcceptedAnswer() throws Exception {
    String gift = text("gift");
    assertTrue(gift.contains("{#=1500:0 =1600:0"), gift);
    assertTrue(gift.contains("{=1931 =1930-31"), gift);
    assertTrue(gift.contains("{#1904:0"), "no alternatives: the form as before\n" + gift);
    String moodle = text("moodle-xml");
    assertTrue(moodle.contains("<text>1600</text>"), moodle);
    assertTrue(moodle.contains("<text>1930-31</text>"), moodle);
  }

  @Test
  void qtiCsvAndPapersCarryThem() throws Exception {
    assertTrue(text("qti12").contains("<varequal respident=\"response1\">1600</varequal>"));
    assertTrue(text("qti12").contains(">1930-31</varequal>"));
    String qti21 = text("qti21");
    assertTrue(qti21.contains("<baseValue baseType=\"float\">1600</baseValue>"), qti21);
    assertTrue(qti21.contains(">1930-31</baseValue>"), qti21);
    assertTrue(text("csv").contains("1500\n1600"));
    assertTrue(text("markdown").contains("1,500 / 1,600"));
    assertTrue(text("html").contains("1931 / 1930-31"));
    assertTrue(text("anki-txt").contains("1,500 / 1,600"));
    assertTrue(text("quizlet").contains("1,500 / 1,600"));
    assertEquals(3, export("apkg", new StringBuilder()).written()); // for the validator
  }

  @Test
  void kahootSaysWhatItCannotHold() throws Exception {
    ExportResult r = export("kahoot", new StringBuilder());
    // the count (1931 has a word among its alternatives: a short answer, which Kahoot skips)
    assertEquals(1, r.written() - 1, "the plain year and the count are written");
    assertEquals(1, r.alternativesLeftOut(), "the count keeps only 1,500");
  }
}
