package org.factdrill.export.kahoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.factdrill.bank.Question;
import org.factdrill.bank.TestQuestions;
import org.factdrill.export.ExportFixtures;
import org.factdrill.export.Unsupported;
import org.junit.jupiter.api.Test;

/** The Kahoot xlsx read back with fastexcel-reader, checked against the template's limits. */
class KahootExporterTest {
  static final Set<Integer> TIMES = Set.of(5, 10, 20, 30, 60, 90, 120, 240);

  static List<Row> rows(byte[] xlsx) throws Exception {
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      try (var s = wb.getFirstSheet().openStream()) {
        return new ArrayList<>(s.toList());
      }
    }
  }

  static String cell(Row r, int c) {
    return r.getCellCount() > c && r.getCell(c) != null ? r.getCellRawValue(c).orElse("") : "";
  }

  @Test
  void templateRowsRespectKahootLimits() throws Exception {
    var out = ExportFixtures.export("kahoot", ExportFixtures.questions());
    List<Row> rows = rows(out.bytes());
    Row header = rows.stream().filter(r -> r.getRowNum() == 8).findFirst().orElseThrow();
    assertEquals("Question - max 120 characters", cell(header, 1));
    assertTrue(cell(header, 7).startsWith("Correct answer(s)"));
    int questions = 0;
    for (Row r : rows) {
      if (r.getRowNum() <= 8) {
        continue;
      }
      questions++;
      assertTrue(cell(r, 1).length() <= 120, cell(r, 1));
      for (int a = 2; a <= 5; a++) {
        assertTrue(cell(r, a).length() <= 75, cell(r, a));
      }
      assertTrue(TIMES.contains(Integer.parseInt(cell(r, 6))), cell(r, 6));
      int correct = Integer.parseInt(cell(r, 7));
      assertTrue(correct >= 1 && correct <= 4 && !cell(r, 1 + correct).isEmpty());
    }
    assertEquals(out.result().written(), questions);
    assertEquals(ExportFixtures.questions().size(), questions + out.result().skipped().size());
  }

  @Test
  void textClozeIsSkippedWithAReason() throws Exception {
    var out = ExportFixtures.export("kahoot", ExportFixtures.questions());
    assertTrue(out.result().skipped().stream().anyMatch(s -> s.questionId().equals("cloze-he-date")
        && s.reason().contains("not a number")), out.result().skipped().toString());
  }

  @Test
  void numericClozeGetsThreeDistinctDistractorsAndTheRightIndex() throws Exception {
    KahootExporter.Row r = KahootExporter.row(ExportFixtures.question("cloze-en-approx"));
    assertEquals(4, r.answers().size());
    assertEquals(4, Set.copyOf(r.answers()).size());
    assertEquals("23,000", r.answers().get(r.correct() - 1));
    for (String a : r.answers()) {
      if (!a.equals("23,000")) {
        double v = Double.parseDouble(a.replace(",", ""));
        assertTrue(Math.abs(v - 23000) > 500, "distractor inside the tolerance: " + a);
      }
    }
  }

  @Test
  void timelineAsksWhichHappenedFirst() throws Exception {
    KahootExporter.Row r = KahootExporter.row(ExportFixtures.question("timeline-en"));
    assertEquals("Which happened first?", r.question());
    assertEquals("The Soviet Union collapses", r.answers().get(r.correct() - 1));
  }

  @Test
  void longClozeIsCutAroundItsBlank() throws Exception {
    String prompt = "After long negotiations between the parties, which had been mediated for "
        + "years by the OSCE Minsk Group and several neighbouring states, the ceasefire was "
        + "finally signed in _____, and it held, with many violations, until 2020.";
    String stem = KahootExporter.fitQuestion(prompt, true);
    assertTrue(stem.length() <= 120, stem);
    assertTrue(stem.contains("the ceasefire was finally signed in _____"), stem);
  }

  @Test
  void longStatementIsNotCutButSkipped() {
    String s = "x".repeat(60) + " " + "y".repeat(70);
    Unsupported e = assertThrows(Unsupported.class, () -> KahootExporter.fitQuestion(s, false));
    assertTrue(e.getMessage().contains("120"));
  }

  @Test
  void choiceWithSixOptionsKeepsTheAnswerAmongFour() throws Exception {
    Question base = ExportFixtures.question("choice-vi");
    Question six = TestQuestions.of(base.id(), base.card(), base.type(), base.lang(), base.prompt(),
        new Question.Answer(base.answer().value(), "1999"),
        List.of("1986", "1988", "1990", "1992", "1994", "1999"), null, null, base.facts(), null,
        null);
    KahootExporter.Row r = KahootExporter.row(six);
    assertEquals(4, r.answers().size());
    assertEquals("1999", r.answers().get(r.correct() - 1));
  }
}
