package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 6 (carried), options: a wrong value may not be a figure the prompt states of the same
 * kind (true of another clause), nor a count of years the page's own dates make impossible.
 * Every text here is made up; each test runs many seeds, so the value it rules out is drawn at
 * least once without the rule.
 */
class OptionsTrueElsewhereTest {
  private static final int SEEDS = 40;

  /** Every option and every statement's figure offered for the fact whose answer is {@code answer}. */
  static List<String> offered(Path dir, String text, String answer) throws Exception {
    List<String> out = new ArrayList<>();
    boolean asked = false;
    for (long seed = 1; seed <= SEEDS; seed++) {
      Result r = RealText.generate(dir, "t" + seed + ".txt", text, seed);
      for (Question q : r.bank().questions()) {
        if (!q.answer().text().equals(answer)) {
          continue;
        }
        if (q.type() == QuestionType.CHOICE) {
          asked = true;
          out.addAll(q.options());
        } else if (q.type() == QuestionType.TRUEFALSE) {
          out.add(q.prompt());
        }
      }
    }
    assertTrue(asked, "no choice question for " + answer);
    return out;
  }

  private static boolean offers(List<String> options, String value) {
    return options.stream().anyMatch(o -> o.equals(value)
        || o.matches(".*(?<![\\d,.])" + java.util.regex.Pattern.quote(value) + "(?![\\d,])-by-.*")
        || o.matches(".*(?<![\\d,.])" + java.util.regex.Pattern.quote(value) + " (?:by|x) .*"));
  }

  @Test
  void theOtherSideOfADimensionIsNoWrongValue(@TempDir Path dir) throws Exception {
    List<String> o = offered(dir, "The Harlow Line\n\nIn October 1917 the Harlow Line was a"
        + " 90-by-30-mile front held by the Fourth Army along the Vell River and its marshes.\n",
        "90");
    assertFalse(offers(o, "30"), String.valueOf(o.subList(0, 8)));
  }

  @Test
  void theOtherSideOfADimensionBeforeASpacedUnitIsNoWrongValue(@TempDir Path dir)
      throws Exception {
    List<String> o = offered(dir, "The Fort of Alder\n\nIn 1822 the builders of the Fort of"
        + " Alder raised a 40-by-20 yard drill hall beside the old harbour of Tessel.\n", "40");
    assertFalse(offers(o, "20"), String.valueOf(o.subList(0, 8)));
  }

  @Test
  void aFigureOfTheSentenceShownBeforeIsNoWrongValue(@TempDir Path dir) throws Exception {
    List<String> o = offered(dir, "The Karst Revolt\n\nIn 1790 the rebels of the Karst Revolt"
        + " held 12 river forts along the northern coast of the island. They also held 9 hill forts"
        + " above the capital until the spring of 1791.\n", "9");
    assertFalse(offers(o, "12"), o.toString());
  }

  @Test
  void aCountOfYearsFitsBetweenThePagesFirstDateAndItsEvent(@TempDir Path dir)
      throws Exception {
    List<String> o = offered(dir, "The Kingdom of Kestia\n\nThe Kingdom of Kestia was founded in"
        + " 1690 by the nobles of the upper valley. In 1740, after 30 years of war with its"
        + " neighbours, the kingdom signed a lasting peace with Morvia at the town of Lisk.\n",
        "30");
    for (String x : o) {
      String n = x.matches("\\d+") ? x : x.replaceAll(".*after (\\d+) years.*", "$1");
      assertTrue(Integer.parseInt(n) <= 50, x);
    }
  }
}
