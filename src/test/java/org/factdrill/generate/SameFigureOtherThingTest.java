package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 34 (eighteenth session): two figures of one sentence with the same value that count
 * different things (years and times, times and months) are two facts, not duplicates, each asked
 * where the other figure is not shown (the same figure in the prompt gives it away: rubric 5); a period written whole beside its length keeps its ends askable, and
 * the length, which its two ends give away, is not asked. Every text here is made up.
 */
class SameFigureOtherThingTest {

  private static Set<String> clozePrompts(Result r) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE)
        .map(Question::prompt).collect(Collectors.toSet());
  }

  private static boolean asks(Result r, String marker) {
    return clozePrompts(r).stream().anyMatch(p -> p.contains(marker));
  }

  @Test
  void theSameFigureShownBesideTheBlankGivesItAwayWhateverItCounts(@TempDir Path dir)
      throws Exception {
    // Rubric line 5: the same figure elsewhere in the prompt gives the answer away, though it
    // counts months or years and the answer times (an aside cut for a period's end is shown
    // when the count is asked).
    for (String[] c : List.of(
        new String[] {"en", "The Wardens of Tolm\n\nThe warden was the head of the town of Tolm."
            + " Between 1702 and 1738, a span of 36 years, the office changed hands 36 times.\n",
            "36"},
        new String[] {"vi", "Chức trấn thủ Lạc Sơn\n\nChức trấn thủ là chức quan đứng đầu trấn"
            + " Lạc Sơn. Trong 36 năm, từ năm 1702 đến năm 1738, chức này đã đổi người 36 lần.\n",
            "36"},
        new String[] {"en", "The Tolm Assembly\n\nThe assembly was the town council of Tolm. In"
            + " 41 years it was dissolved 41 times by the dukes of Varne.\n", "41"},
        new String[] {"en", "The Tolm Assembly\n\nThe assembly was the town council of Tolm. In"
            + " 1790 it met 18 times in 18 months, more than in any earlier year.\n", "18"},
        new String[] {"vi", "Hội đồng trấn Lạc Sơn\n\nHội đồng là cơ quan bàn việc của trấn Lạc"
            + " Sơn. Trong 41 năm tồn tại, hội đồng bị giải tán 41 lần.\n", "41"})) {
      Result r = RealText.generate(dir, "t-" + c[0] + ".txt", c[1]);
      assertFalse(r.bank().questions().stream().anyMatch(q -> q.type() == QuestionType.CLOZE
          && q.answer().text().equals(c[2])),
          c[1] + "\n" + clozePrompts(r) + "\n" + r.report().format(r.bank()));
    }
  }

  @Test
  void theSameFigureCountingTheSameThingStaysADuplicate(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "The Tolm Assembly\n\nThe assembly was the town"
        + " council of Tolm. It sat 14 times in spring and 14 times in autumn of 1790.\n");
    long asked = r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE
        && q.answer().text().equals("14")).count();
    assertTrue(asked <= 1, clozePrompts(r) + "\n" + r.report().format(r.bank()));
  }

  @Test
  void theEndsOfAPeriodAreAskedWithoutTheLengthWrittenBesideThemAsAnAside(@TempDir Path dir)
      throws Exception {
    String en = "The Wardens of Tolm\n\nThe warden was the head of the town of Tolm. ";
    String vi = "Chức trấn thủ Lạc Sơn\n\nChức trấn thủ là chức quan đứng đầu trấn Lạc Sơn. ";
    String he = "ראשי העיר טולם\n\nראש העיר עמד בראש העיר טולם. ";
    for (String[] c : List.of(
        new String[] {"en", en + "From 1702 to 1738, a span of 36 years, the wardens ruled the"
            + " town alone.\n", "36 years"},
        new String[] {"en", en + "In 36 years, from 1702 to 1738, the office changed hands 19"
            + " times.\n", "36 years"},
        new String[] {"en", en + "The office changed hands 19 times between 1702 and 1738 (36"
            + " years) under the old charter.\n", "36 years"},
        new String[] {"en", en + "The office changed hands 19 times from 1702 to 1738, a period of"
            + " 36 years.\n", "36 years"},
        new String[] {"vi", vi + "Từ năm 1702 đến năm 1738, trong 36 năm, các trấn thủ cai quản cả"
            + " vùng.\n", "36 năm"},
        new String[] {"vi", vi + "Trong 36 năm, từ năm 1702 đến năm 1738, chức này đã đổi người"
            + " 19 lần.\n", "36 năm"},
        new String[] {"he", he + "בין השנים 1702 עד 1738, תקופה של 36 שנים, התחלף ראש העיר 19"
            + " פעמים.\n", "36 שנים"})) {
      Result r = RealText.generate(dir, "t-" + c[0] + ".txt", c[1]);
      List<Question> cloze = r.bank().questions().stream()
          .filter(q -> q.type() == QuestionType.CLOZE).toList();
      String why = c[1] + "\n" + clozePrompts(r) + "\n" + r.report().format(r.bank());
      for (String end : List.of("1702", "1738")) {
        Question q = cloze.stream().filter(x -> x.answer().text().contains(end)).findFirst()
            .orElse(null);
        assertTrue(q != null && !q.prompt().contains(c[2]), end + ": " + why);
      }
      assertFalse(cloze.stream().anyMatch(q -> q.answer().text().equals("36")), why);
    }
  }

  @Test
  void aLengthThatIsTheClausesOwnAdverbialLeavesTheEndsUnasked(@TempDir Path dir)
      throws Exception {
    Result r = RealText.generate(dir, "t.txt", "The Wardens of Tolm\n\nThe warden was the head"
        + " of the town of Tolm. The wardens ruled the town alone for 36 years, from 1702 until"
        + " 1738.\n");
    assertFalse(r.bank().questions().stream().anyMatch(q -> q.prompt().contains("36 years")
        && (q.answer().text().contains("1702") || q.answer().text().contains("1738"))),
        clozePrompts(r) + "\n" + r.report().format(r.bank()));
  }

  @Test
  void aYearOfAnotherEventAndALengthStillGiveAYearAway(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "The Wardens of Tolm\n\nThe warden was the head"
        + " of the town of Tolm. The first warden took office in 1702 and the council abolished"
        + " the office 36 years later, in 1738.\n");
    List<String> answers = r.bank().questions().stream()
        .filter(q -> q.type() == QuestionType.CLOZE).map(q -> q.answer().text()).toList();
    assertFalse(answers.contains("1738") && answers.contains("1702"),
        answers + "\n" + r.report().format(r.bank()));
  }

  @Test
  void countedThingsAreTheUnitOrTheWordAfter() {
    String text = "It fell 36 times in 36 years.";
    var a = new org.factdrill.extract.Fact(8, 10, "36", org.factdrill.extract.FactKind.NUMBER,
        new org.factdrill.extract.Value.Num(new java.math.BigDecimal(36)), null, false, null);
    var b = new org.factdrill.extract.Fact(20, 22, "36", org.factdrill.extract.FactKind.NUMBER,
        new org.factdrill.extract.Value.Num(new java.math.BigDecimal(36)), "years", false, null);
    assertEquals("times", CountedThings.noun(text, a));
    assertEquals("years", CountedThings.noun(text, b));
  }
}
