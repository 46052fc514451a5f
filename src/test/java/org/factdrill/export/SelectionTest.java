package org.factdrill.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdrill.bank.Question;
import org.factdrill.bank.TestQuestions;
import org.factdrill.bank.QuestionType;
import org.junit.jupiter.api.Test;

/** Filters, the balanced seeded draw and per-student variants. */
class SelectionTest {
  static final List<Question> BANK = ExportFixtures.bank().questions();

  @Test
  void disabledQuestionsAreNeverSelected() {
    assertTrue(BANK.stream().anyMatch(Question::isDisabled));
    assertTrue(Selection.all().apply(BANK).stream().noneMatch(Question::isDisabled));
  }

  @Test
  void filtersByTypeLanguageAndSource() {
    List<Question> he = new Selection(Set.of(QuestionType.CHOICE, QuestionType.TRUEFALSE),
        Set.of("he"), Set.of(), 0, 1).apply(BANK);
    assertEquals(List.of("choice-he", "truefalse-he"), he.stream().map(Question::id).toList());
    List<Question> hostile = new Selection(Set.of(), Set.of(), Set.of("some/dir/en_hostile.txt"),
        0, 1).apply(BANK);
    assertEquals(List.of("cloze-en-hostile", "choice-en-hostile"),
        hostile.stream().map(Question::id).toList());
  }

  /** A bank of 60 questions over three sources of 40, 15 and 5 questions. */
  static List<Question> uneven() {
    List<Question> qs = new ArrayList<>();
    int[] sizes = {40, 15, 5};
    for (int s = 0; s < sizes.length; s++) {
      for (int i = 0; i < sizes[s]; i++) {
        Question base = ExportFixtures.question("cloze-en-year");
        Question.FactRef f = base.facts().get(0);
        qs.add(TestQuestions.of("q-" + s + "-" + i, null, QuestionType.CLOZE, "en", base.prompt(),
            base.answer(), null, null, null, List.of(new Question.FactRef("src" + s + ".txt",
                f.start(), f.end(), f.text(), f.kind(), f.value(), null, null, f.sentence(),
                f.sentenceStart())), null, null));
      }
    }
    return qs;
  }

  @Test
  void countDrawIsBalancedAcrossSources() {
    List<Question> drawn = new Selection(Set.of(), Set.of(), Set.of(), 12, 7).apply(uneven());
    assertEquals(12, drawn.size());
    Map<String, Long> per = drawn.stream().collect(Collectors.groupingBy(Items::sourceFile,
        Collectors.counting()));
    assertEquals(Map.of("src0.txt", 4L, "src1.txt", 4L, "src2.txt", 4L), per);
    List<Question> big = new Selection(Set.of(), Set.of(), Set.of(), 30, 7).apply(uneven());
    Map<String, Long> per30 = big.stream().collect(Collectors.groupingBy(Items::sourceFile,
        Collectors.counting()));
    assertEquals(5L, per30.get("src2.txt"), "a small source gives all it has");
    assertEquals(Map.of("src0.txt", 13L, "src1.txt", 12L, "src2.txt", 5L), per30);
  }

  @Test
  void drawIsSeeded() {
    Selection a = new Selection(Set.of(), Set.of(), Set.of(), 10, 42);
    assertEquals(a.apply(uneven()), a.apply(uneven()));
    Selection b = new Selection(Set.of(), Set.of(), Set.of(), 10, 43);
    assertNotEquals(a.apply(uneven()), b.apply(uneven()));
  }

  @Test
  void variantsDifferButKeepEveryAnswerRight() {
    List<Question> qs = Selection.all().apply(BANK);
    List<Question> v1 = Selection.variant(qs, 1, 1);
    List<Question> v2 = Selection.variant(qs, 1, 2);
    assertEquals(Selection.variant(qs, 1, 1), v1, "same seed, same variant");
    assertNotEquals(v1.stream().map(Question::id).toList(), v2.stream().map(Question::id).toList());
    assertEquals(Set.copyOf(qs.stream().map(Question::id).toList()),
        Set.copyOf(v2.stream().map(Question::id).toList()));
    for (List<Question> v : List.of(v1, v2)) {
      for (Question q : v) {
        if (q.type() == QuestionType.CHOICE) {
          assertTrue(q.options().contains(q.answer().text()));
        }
        if (q.type() == QuestionType.TIMELINE) {
          List<String> dates = new ArrayList<>();
          for (int i : Items.chronology(q)) {
            dates.add(q.events().get(i).date());
          }
          List<String> sorted = new ArrayList<>(dates);
          Collections.sort(sorted);
          assertEquals(sorted, dates, "the answer follows the shuffled events");
        }
      }
    }
  }

  @Test
  void toleranceFollowsTheIssueExamples() {
    assertEquals("0", Items.plain(Items.tolerance(new java.math.BigDecimal("1993"), false, true)));
    assertEquals("500",
        Items.plain(Items.tolerance(new java.math.BigDecimal("23000"), true, false)));
    assertEquals("5000000",
        Items.plain(Items.tolerance(new java.math.BigDecimal("100000000"), true, false)));
    assertEquals("5", Items.plain(Items.tolerance(new java.math.BigDecimal("1440"), true, true)));
    assertEquals("1", Items.plain(Items.tolerance(new java.math.BigDecimal("45"), true, false)));
  }

  @Test
  void everyFormatSkipsAQuestionItCannotExpressInsteadOfWritingIt() throws Exception {
    Question broken = TestQuestions.of("timeline-broken", null, QuestionType.TIMELINE, "en",
        "Order these.", new Question.Answer(null, "?"), null, null,
        List.of(new Question.Event("A", null), new Question.Event("B", null)), List.of(), null,
        null);
    for (Exporter e : Formats.all()) {
      List<Question> qs = new ArrayList<>(Selection.all().apply(BANK));
      qs.add(broken);
      ExportResult r = e.write(qs, ExportFixtures.OPTIONS, new java.io.ByteArrayOutputStream());
      assertTrue(r.skipped().stream().anyMatch(s -> s.questionId().equals("timeline-broken")
          && s.reason().contains("order")), e.name() + ": " + r.skipped());
    }
  }

  @Test
  void aDrawNeverHoldsTwoSiblings() {
    List<Question> qs = new ArrayList<>();
    Question base = ExportFixtures.question("cloze-en-year");
    for (int i = 0; i < 30; i++) {
      // Ten sentences with three questions each (the forms of one fact, or facts of one sentence).
      qs.add(TestQuestions.of("q-" + i, "c-" + i, QuestionType.CLOZE, "en", base.prompt(),
          base.answer(), null, null, null, base.facts(), null, null, null, "s-" + (i % 10)));
    }
    for (int count : new int[] {5, 10, 30}) {
      for (long seed = 1; seed <= 20; seed++) {
        List<Question> drawn = new Selection(Set.of(), Set.of(), Set.of(), count, seed).apply(qs);
        Set<String> siblings = drawn.stream().map(Question::siblingKey).collect(Collectors.toSet());
        assertEquals(drawn.size(), siblings.size(), "two siblings in one test: " + drawn);
        assertEquals(Math.min(count, 10), drawn.size());
      }
    }
  }
}
