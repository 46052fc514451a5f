package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Open class of the twenty-second review (class 19 of the seventeenth), rubric line 1: a contrast
 * adverb set off by a comma inside the asked sentence ("The fleet, however, had …", "… quickly
 * however, during …", "…, though.") ties it to the sentence before; a prompt that does not show
 * that sentence drops the adverb and its comma, in every question type, as chronology items do.
 * Without a comma the word is kept ("however hard"). Invented sentences. (A list row of this
 * shape, "- 1911: the fleet of X lost 12 galleys …", is read as a list and not asked at all,
 * with or without the adverb, so no row is tested here.)
 */
class ContrastAdverbPromptTest {
  private static final String HEAD = "The Varn fleet\n\nThe council of Varn built a new fleet of"
      + " galleys in the spring of 1906. ";

  /** Every prompt of the questions whose answer is {@code answer}. */
  private static List<String> prompts(String sentence, String answer) {
    Result r = Fixtures.extracted(Language.EN, HEAD + sentence + "\n");
    List<String> out = new ArrayList<>();
    for (Question q : r.bank().questions()) {
      if (q.answer().text().equals(answer) || q.prompt().contains(answer)) {
        out.add(q.prompt());
      }
    }
    return out;
  }

  private static void noAdverb(String sentence, String answer, String adverb) {
    List<String> ps = prompts(sentence, answer);
    assertTrue(!ps.isEmpty(), "asked: " + sentence);
    for (String p : ps) {
      assertTrue(!p.toLowerCase(java.util.Locale.ROOT).contains(adverb), p);
      assertTrue(!p.contains(",,") && !p.contains(" ,") && !p.contains(", .") , p);
    }
  }

  @Test
  void anAdverbBetweenCommasAfterTheSubjectIsTakenOut() {
    noAdverb("The old harbour fleet of Orvik, however, had been weakened by the great storm of"
        + " 1911.", "1911", "however");
    noAdverb("In 1911 the harbour guild of Orvik, nevertheless, paid 4,000 crowns for new masts.",
        "4,000", "nevertheless");
    List<String> ps = prompts("The old harbour fleet of Orvik, however, had been weakened by the"
        + " great storm of 1911.", "1911");
    assertTrue(ps.stream().anyMatch(p -> p.startsWith("The old harbour fleet of Orvik had been"
        + " weakened")), String.valueOf(ps));
  }

  @Test
  void anAdverbBeforeACommaAndAFinalPhraseIsTakenOut() {
    noAdverb("The harbour trade of Orvik with the southern ports grew quickly however, during the"
        + " summer of 1913.", "1913", "however");
  }

  @Test
  void anAdverbAfterACommaAtTheEndIsTakenOut() {
    noAdverb("The guild of Orvik bought 40 new galleys for the harbour in 1913, though.", "40",
        "though");
  }

  @Test
  void aPhraseOfContrastAfterAFrontedYearIsTakenOut() {
    noAdverb("In 1912 the southern guild of Orvik, by contrast, sold 30 galleys to the crown of"
        + " Varn.", "30", "by contrast");
    noAdverb("In 1912, the southern guild of Orvik instead sold its 30 galleys to the crown of"
        + " Varn, however.", "30", "however");
  }

  @Test
  void withoutACommaTheWordIsKept() {
    String t = "The guild of Orvik, however hard it tried, lost 12 galleys in 1911.";
    assertEquals(t.replace("12", "_").replace("_", String.valueOf(PromptBuilder.HOLE)),
        ItemLeans.withoutSequence(Language.EN, t.replace("12", String.valueOf(PromptBuilder.HOLE))));
  }
}
