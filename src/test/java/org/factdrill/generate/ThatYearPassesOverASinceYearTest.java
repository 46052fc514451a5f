package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * "that year" / "the same year" / "năm đó" means the year of the events told before it, not a
 * year that dates a state: one that starts a span ("retired since 1850"), a birth year ("(born
 * 1820)"), set in an apposition between the subject and its verb. Such a year is passed over for
 * the one before it (class 49 / N3); its year is then shown (the sentence before, or the year in
 * brackets). Invented sentences; each resolved to the since- or birth year at review-base-s21.
 */
class ThatYearPassesOverASinceYearTest {

  private static final List<String[]> CASES = List.of(
      // language, text, the relative phrase, the year it means, the year it must not mean
      new String[] {"en", "The Mill\n\nIn 1871 the guild bought the mill. Its founder, then "
          + "elderly and retired since 1850, returned to the valley that year to run it.\n",
          "that year", "1871", "1850"},
      new String[] {"en", "The Mill\n\nIn 1871 the guild bought the mill. Its founder, Amos Quell "
          + "(born 1820), returned to the valley that year to run it.\n", "that year", "1871",
          "1820"},
      new String[] {"en", "The Harbour\n\nThe harbour board was formed in 1902. Its chairman, a "
          + "widower and a member since 1889, visited the docks the same year to count 40 "
          + "cranes.\n", "the same year", "1902", "1889"},
      new String[] {"en", "The Ferry\n\nIn 1911 the town sold the ferry. Its captain, retired "
          + "since 1896, came back that year to steer it for 12 weeks.\n", "that year", "1911",
          "1896"},
      new String[] {"vi", "Nhà máy\n\nNăm 1871, hội mua lại nhà máy. Người sáng lập, đã nghỉ hưu "
          + "từ năm 1850, trở về thung lũng năm đó để điều hành nó.\n", "năm đó", "1871",
          "1850"});

  private static List<Question.Time> times(Question q, String phrase) {
    List<Question.Time> out = new ArrayList<>();
    for (Question.FactRef f : q.facts()) {
      if (f.resolved() != null && f.resolved().times() != null) {
        for (Question.Time t : f.resolved().times()) {
          if (t.text() != null && t.text().strip().equalsIgnoreCase(phrase)) {
            out.add(t);
          }
        }
      }
    }
    return out;
  }

  @Test
  void thatYearIsNeverTheYearOfASinceOrBirthPhrase() {
    for (String[] c : CASES) {
      Result r = Fixtures.extracted(Language.fromCode(c[0]).orElseThrow(), c[1]);
      boolean resolved = false;
      for (Question q : r.bank().questions()) {
        for (Question.Time t : times(q, c[2])) {
          assertFalse(String.valueOf(t.year()).equals(c[4]), c[1] + " -> " + q.prompt());
          assertTrue(String.valueOf(t.year()).equals(c[3]), c[1] + " -> " + t);
          resolved = true;
        }
        if (q.prompt().contains(c[2]) || q.prompt().toLowerCase().contains(c[2])) {
          // the year it means is on screen: the sentence before, or written beside it
          assertTrue(q.prompt().contains(c[3]) || q.answer().text().contains(c[3]), q.prompt());
        }
      }
      assertTrue(resolved || r.bank().questions().stream().noneMatch(q -> q.prompt()
          .toLowerCase().contains(c[2])), c[1]);
    }
  }

  @Test
  void thatYearAfterAPlainYearOfTheSameSentenceIsThatYear() {
    Result r = Fixtures.extracted(Language.EN, "The Mill\n\nIn 1871 the guild bought the mill "
        + "and moved its looms there that year.\n");
    assertFalse(Fixtures.asking(r, "1871").isEmpty(), r.report().format(r.bank()));
  }
}
