package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric 1 and 4: a sentence that opens with a lead belonging to the page is asked
 * from after it. A news dateline's place in capitals before a dash is a layout fragment; a time
 * counted from the document's now ("40 years ago, on …") that the date after it restates points
 * outside the prompt whatever the blank is. Generated invented sentences.
 */
class PromptLeadTest {
  private static final List<String> PLACES = List.of("HARBOURTON", "CAMP NORTH FIELD",
      "PORT ELWIN (AP)", "SAINT-MARLO", "NEW ZARNOV, N.C.", "ĐỒNG VĂN");
  private static final List<String> DASHES = List.of("--", "—", "–");

  private static Question cloze(Language lang, String marked, String answer) {
    return Fixtures.firstCloze(lang, marked, answer);
  }

  @Test
  void aDatelinesPlaceBeforeADashIsNotPartOfThePrompt() {
    int n = 0;
    for (String place : PLACES) {
      for (String dash : DASHES) {
        int count = 11 + n++;
        Question en = cloze(Language.EN, "Zarnov schools\n\n" + place + " " + dash
            + " On {{4 May 1921|date|1921-05-04}}, the council of Zarnov opened {{" + count
            + "|number|" + count + "}} new schools.\n", String.valueOf(count));
        assertTrue(en.prompt().startsWith("On 4 May 1921, the council"), en.prompt());
        Question vi = cloze(Language.VI, "Trường học Zarnov\n\n" + place + " " + dash
            + " Ngày {{4 tháng 5 năm 1921|date|1921-05-04}}, hội đồng Zarnov mở {{" + count
            + "|number|" + count + "}} trường học mới.\n", String.valueOf(count));
        assertTrue(vi.prompt().startsWith("Ngày 4 tháng 5 năm 1921, hội đồng"), vi.prompt());
      }
    }
  }

  @Test
  void aPeriodAskedForItsLengthLeavesTheDatelineOutToo() {
    for (String dash : DASHES) {
      Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN, "Zarnov war\n\nHARBOURTON "
          + dash + " Saturday marks the anniversary of the treaty that ended the Zarnov War of"
          + " {{1950-1953|date|1950/1953}}.\n"));
      List<Question> durations = r.bank().questions().stream()
          .filter(q -> q.type() == org.factdrill.bank.QuestionType.DURATION).toList();
      assertFalse(durations.isEmpty(), r.report().format(r.bank()));
      durations.forEach(q -> assertTrue(q.prompt().startsWith("Saturday marks"), q.prompt()));
    }
  }

  @Test
  void capitalsBeforeADashThatIntroduceALowerCaseAsideStay() {
    for (String dash : DASHES) {
      Question q = cloze(Language.EN, "Zarnov league\n\nZARL " + dash
          + " the league founded in {{1945|date|1945}} " + dash + " counted {{193|number|193}}"
          + " members by 2020.\n", "193");
      assertTrue(q.prompt().startsWith("ZARL " + dash + " the league"), q.prompt());
    }
    Question mid = cloze(Language.EN, "Zarnov schools\n\nThe town grew fast. HARBOURTON -- "
        + "On {{4 May 1921|date|1921-05-04}}, the Zarnov council opened {{12|number|12}} new schools.\n", "12");
    assertTrue(mid.prompt().contains("HARBOURTON"), mid.prompt());
  }

  @Test
  void aLeadingNYearsAgoRestatedByTheDateAfterItIsLeftOutWhateverTheBlank() {
    for (int years = 20; years <= 60; years += 8) {
      int then = 2013 - years;
      int troops = 100 * years + 7;
      Question en = cloze(Language.EN, "Zarnov\nSaturday, {{30 March 2013|date|2013-03-30}}\n\n"
          + "Exactly " + years + " years ago, on {{March 29, " + then + "|date|" + then + "-03-29}},"
          + " the last {{" + troops + "|number|" + troops + "}} troops left the Plimsoll base.\n",
          String.valueOf(troops));
      assertTrue(en.prompt().startsWith("On March 29, " + then + ", the last _____"), en.prompt());
      Question vi = cloze(Language.VI, "Zarnov\nThứ bảy, {{30/03/2013|date|2013-03-30}}\n\n"
          + "Cách đây đúng " + years + " năm, vào {{ngày 29 tháng 3 năm " + then + "|date|" + then
          + "-03-29}}, {{" + troops + "|number|" + troops + "}} binh sĩ cuối cùng rời căn cứ"
          + " Plimsoll.\n", String.valueOf(troops));
      assertTrue(vi.prompt().startsWith("Vào ngày 29 tháng 3 năm " + then + ", _____ binh sĩ"),
          vi.prompt());
    }
  }

  @Test
  void aLeadingNYearsAgoInAnotherYearThanTheDateAfterItStays() {
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN,
        "Zarnov\nSaturday, {{30 March 2013|date|2013-03-30}}\n\nExactly 40 years ago, on"
            + " {{March 29, 1970|date|1970-03-29}}, the last {{2,507|number|2507}} troops left.\n"));
    for (Question q : Fixtures.clozes(r, "2,507")) {
      assertTrue(q.prompt().startsWith("Exactly 40 years ago"), q.prompt());
    }
  }
}
