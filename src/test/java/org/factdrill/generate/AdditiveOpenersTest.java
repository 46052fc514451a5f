package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric 1: a Vietnamese clause opening with an additive or contrastive word ("Còn có
 * …", there were also; "Còn X thì …", as for X; "Lại có", "Cũng có") names no owner: the sentence
 * before does. It is shown with that sentence, keeping its opening word, or not asked; a
 * connective before it ("Ngoài ra") does not make it stand alone. Invented sentences, every
 * opening crossed with every leading connective and every count.
 */
class AdditiveOpenersTest {
  private static final List<String> OPENINGS = List.of("Còn có", "Cũng có", "Lại có", "Còn");
  private static final List<String> LEADS = List.of("", "Ngoài ra ", "Ngoài ra, ", "Bên cạnh đó, ");
  private static final String NAMED = "Tướng Lê Văn Khang dẫn đoàn quân thủy ngược sông Lô để đánh "
      + "đồn Tuyên Quang.";

  private static String clause(String opening, int n) {
    return opening + " {{" + n + " vạn|number|" + n * 10000 + "}} quân bộ đi đường núi sang "
        + "phía tây, chờ ngày hợp vây thành cũ.";
  }

  @Test
  void anAdditiveOpeningIsAskedWithTheSentenceThatNamesItsOwner() {
    int asked = 0;
    for (String opening : OPENINGS) {
      for (String lead : LEADS) {
        for (int n = 2; n <= 7; n += 5) {
          String o = lead.isEmpty() ? opening : opening.toLowerCase(java.util.Locale.ROOT);
          Result r = Fixtures.generate(Language.VI, "Cuộc hành quân mùa thu\n\n" + NAMED + " "
              + lead + clause(o, n) + "\n");
          List<Question> qs = Fixtures.clozes(r, n + " vạn");
          assertEquals(1, qs.size(), lead + o + ": " + r.report().format(r.bank()));
          String prompt = qs.get(0).prompt();
          assertTrue(prompt.contains("Lê Văn Khang"), prompt);
          assertTrue(prompt.toLowerCase(java.util.Locale.ROOT)
              .contains(o.toLowerCase(java.util.Locale.ROOT) + " _____"), prompt);
          asked++;
        }
      }
    }
    assertEquals(OPENINGS.size() * LEADS.size() * 2, asked);
  }

  @Test
  void anAdditiveOpeningWithNothingBeforeItIsNotAsked() {
    for (String opening : OPENINGS) {
      for (String lead : LEADS) {
        String o = lead.isEmpty() ? opening : opening.toLowerCase(java.util.Locale.ROOT);
        Result r = Fixtures.generate(Language.VI, "Cuộc hành quân mùa thu\n\n" + lead
            + clause(o, 4) + "\n");
        assertTrue(Fixtures.clozes(r, "4 vạn").isEmpty(), lead + o + ": " + r.bank().questions());
        assertTrue(Fixtures.skipped(r, SkipReason.DANGLING_START, "4 vạn"),
            r.report().format(r.bank()));
      }
    }
  }

  @Test
  void theSameWordsInsideAClauseWithItsOwnSubjectAskItAlone() {
    for (String inner : List.of("còn có", "cũng có", "lại có")) {
      Result r = Fixtures.generate(Language.VI, "Cuộc hành quân mùa thu\n\n" + NAMED
          + " Quân Trịnh " + inner + " {{4 vạn|number|40000}} lính giữ các đồn dọc sông Hồng.\n");
      List<Question> qs = Fixtures.clozes(r, "4 vạn");
      assertEquals(1, qs.size(), r.report().format(r.bank()));
      assertFalse(qs.get(0).prompt().contains("Lê Văn Khang"), qs.get(0).prompt());
    }
    // A connective before a clause that has its subject is still taken off.
    Result r = Fixtures.generate(Language.VI, "Cuộc hành quân mùa thu\n\n" + NAMED
        + " Ngoài ra, quân Trịnh còn có {{4 vạn|number|40000}} lính giữ các đồn dọc sông Hồng.\n");
    List<Question> qs = Fixtures.clozes(r, "4 vạn");
    assertEquals(1, qs.size(), r.report().format(r.bank()));
    assertTrue(qs.get(0).prompt().startsWith("Quân Trịnh còn có"), qs.get(0).prompt());
  }
}
