package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 64 (twenty-second review): a choice needs three wrong options that agree with the counted
 * noun, not every near value. When a count in words before a plural noun may not take "one", the
 * next agreeing counts stand in and the choice is still asked, its answer at the low end (nothing
 * lower may be offered). The text is made up.
 */
class AgreeingOptionsKeepTheChoiceTest {
  private static final Set<String> PLURAL_COUNTS = Set.of("two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten");

  @Test
  void aCountInWordsBeforeAPluralNounKeepsItsChoice(@TempDir Path dir) throws Exception {
    // "three" also fits the sentence and "one" would need "year": the lower side holds nothing.
    String text = "The treaty of Malden\n\nThe envoys of Count Ravel waited two years at the court"
        + " of Orsk and signed three treaties there in 1814.\n";
    boolean asked = false;
    for (long seed = 1; seed <= 10; seed++) {
      Result r = RealText.generate(dir, "t" + seed + ".txt", text, seed);
      for (Question q : r.bank().questions()) {
        if (q.type() != QuestionType.CHOICE || !"two".equalsIgnoreCase(q.answer().text())) {
          continue;
        }
        asked = true;
        List<String> wrong = q.options().stream().map(o -> o.toLowerCase(Locale.ROOT))
            .filter(o -> !o.equals("two")).toList();
        assertEquals(3, wrong.size(), q.options().toString());
        assertTrue(PLURAL_COUNTS.containsAll(wrong), q.options().toString());
      }
    }
    assertTrue(asked, "the count 'two' before 'years' was not asked as a choice");
  }
}
