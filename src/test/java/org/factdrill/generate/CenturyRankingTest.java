package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A century that scopes a superlative judgement in its phrase ("one of the finest works of the
 * 16th century") is the writer's ranking, not the date of an event: not asked. A century that
 * dates an event ("was built in the 16th century"), or one after a clause mark that ends the
 * judgement's phrase, is asked. Invented sentences, generated.
 */
class CenturyRankingTest {
  private static final List<String> RANKINGS = List.of("one of the finest", "the greatest",
      "one of the most important", "among the best", "the foremost");
  private static final List<String> NOUNS = List.of("houses", "paintings", "bridges", "poems");
  private static final List<String> CENTURIES = List.of("16th", "17th", "18th");

  private static String text(String sentence) {
    return "The Karvo Bridge\n\nThe stone bridge of Karvo was begun by the guild of masons in 1611 "
        + "and finished in 1634.\n\n" + sentence + "\n";
  }

  @Test
  void aCenturyInsideAJudgementIsNotAsked() {
    for (String r : RANKINGS) {
      for (String n : NOUNS) {
        for (String c : CENTURIES) {
          String s = "The bridge of Karvo is " + r + " " + n + " of the " + c
              + " century in the whole valley of the Orvin.";
          assertTrue(Fixtures.asking(Fixtures.extracted(Language.EN, text(s)), c + " century")
              .isEmpty(), s);
        }
      }
    }
  }

  @Test
  void aCenturyThatDatesAnEventIsAsked() {
    for (String c : CENTURIES) {
      String s = "The finest house on the square, the guild hall of Karvo, was built in the " + c
          + " century by the masons of the northern valley.";
      assertFalse(Fixtures.asking(Fixtures.extracted(Language.EN, text(s)), c + " century")
          .isEmpty(), s);
      String plain = "The old chapel of Karvo was built in the " + c
          + " century by the masons of the northern valley.";
      assertFalse(Fixtures.asking(Fixtures.extracted(Language.EN, text(plain)), c + " century")
          .isEmpty(), plain);
    }
  }

  @Test
  void aJudgementScopesItsCenturyInHebrewAndVietnamese() {
    for (String c : List.of("16", "17", "18")) {
      String he = "גשר קרבו\n\nגשר האבן של קרבו נבנה בידי גילדת הבנאים בשנת 1611.\n\n"
          + "הגשר נחשב לאחד הגשרים היפים ביותר של המאה ה-" + c + " בכל עמק האורבין.\n";
      assertTrue(Fixtures.asking(Fixtures.extracted(Language.HE, he), c).isEmpty(), he);
      String vi = "Cầu Karvo\n\nCầu đá Karvo được phường thợ xây khởi công năm 1611.\n\n"
          + "Cây cầu được xem là công trình đẹp nhất thế kỷ " + c + " trong cả vùng Orvin.\n";
      assertTrue(Fixtures.asking(Fixtures.extracted(Language.VI, vi), "thế kỷ " + c).isEmpty(), vi);
      // The same century dating an event is asked (so the answer's form above is the real one).
      String heEvent = he.replace("הגשר נחשב לאחד הגשרים היפים ביותר של", "הגשר השני נבנה במהלך");
      assertFalse(Fixtures.asking(Fixtures.extracted(Language.HE, heEvent), c)
          .isEmpty(), heEvent);
      String viEvent = vi.replace("Cây cầu được xem là công trình đẹp nhất", "Cây cầu thứ hai được xây vào");
      assertFalse(Fixtures.asking(Fixtures.extracted(Language.VI, viEvent), "thế kỷ " + c)
          .isEmpty(), viEvent);
    }
  }
}
