package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 58 (twenty-second review), rubric line 7: a count other than one right before its counted
 * word has that word in the plural ("for nine years"), so a wrong value of one ("for one years",
 * "1 ships") is rejected by its grammar, not by knowing the fact: no option and no false
 * statement offers it. In words and in figures, in a bracketed aside, in prose, in a list row.
 * Every text here is made up; each runs many seeds.
 */
class OneAgreesWithItsNounTest {
  private static final int SEEDS = 30;
  private static final Pattern ONE_PLURAL = Pattern.compile(
      "(?i)(?<![\\w,.])(?:one|1) (?:years|days|ships|wardens|weeks|guns)\\b");

  /** Every option and statement offered for the count facts of {@code text}. */
  private static List<String> offered(Path dir, String text) throws Exception {
    List<String> out = new ArrayList<>();
    boolean choice = false;
    for (long seed = 1; seed <= SEEDS; seed++) {
      Result r = RealText.generate(dir, "t" + seed + ".txt", text, seed);
      for (Question q : r.bank().questions()) {
        if (q.type() == QuestionType.CHOICE && !q.answer().text().matches("\\d{4}")) {
          choice = true;
          for (String o : q.options()) {
            out.add(PromptBuilder.fill(q.prompt().replace("_____",
                String.valueOf(PromptBuilder.HOLE)), o));
          }
        } else if (q.type() == QuestionType.TRUEFALSE) {
          out.add(q.prompt());
        }
      }
    }
    assertTrue(choice, "no choice asked a count");
    return out;
  }

  private static void noOneBeforeAPlural(Path dir, String text) throws Exception {
    List<String> bad = offered(dir, text).stream().filter(s -> ONE_PLURAL.matcher(s).find())
        .toList();
    assertEquals(List.of(), bad);
  }

  @Test
  void termsInBracketsOfferNoOneYears(@TempDir Path dir) throws Exception {
    noOneBeforeAPlural(dir, "The Orvik guild\n\nIn 1720 the guild of Orvik chose Arvo Lin (for"
        + " nine years), Tam Serro (for five years) and Mer Sol (for three years) as its"
        + " wardens.\n");
  }

  @Test
  void aCountInWordsInProseOffersNoOneDays(@TempDir Path dir) throws Exception {
    noOneBeforeAPlural(dir, "The siege of Varn\n\nIn 1702 the army of King Tarn besieged the"
        + " port of Varn, and the siege lasted three days before the harbour gates fell.\n");
  }

  @Test
  void aCountInFiguresInAListRowOffersNoOneShips(@TempDir Path dir) throws Exception {
    noOneBeforeAPlural(dir, "The Holm fleet\n\n- 1650: the council of Holm sent 2 ships to the"
        + " colony at Orvik.\n- 1655: the council of Holm sent 6 ships to the colony at Velm.\n"
        + "- 1661: the council of Holm sent 4 ships to the colony at Tarn.\n");
  }
}
