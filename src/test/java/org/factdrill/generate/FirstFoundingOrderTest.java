package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 3 of the seventeenth review: "the first X was founded" opens its story, so a which-first
 * pairing it, as the earlier event, with any other event of the page (a relation with a state
 * founded long after) is answered by the words, not the dates: not asked. The same pair without
 * the first-founding wording is asked. Every text is made up; each pair is tried with several
 * years.
 */
class FirstFoundingOrderTest {
  private static boolean whichFirst(Language lang, String text) {
    Result r = Fixtures.extracted(lang, text);
    return r.bank().questions().stream().anyMatch(q -> q.type() == QuestionType.WHICHFIRST);
  }

  @Test
  void theFirstFoundingAsTheEarlierItemIsNotAsked() {
    for (int y : List.of(1896, 1902, 1911)) {
      for (String opening : List.of(
          "Trường trung học đầu tiên của thành phố Marnov được thành lập vào năm %d bởi hội đồng thành phố.",
          "Ngôi trường đầu tiên của thành phố Marnov ra đời vào năm %d trên bờ sông Zelbin.")) {
        String text = "Thành phố Marnov\n\n" + String.format(opening, y)
            + " Nước Zelbin thiết lập quan hệ ngoại giao với nước Cộng hòa Kovla vào năm "
            + (y + 58) + " sau nhiều năm đàm phán.";
        assertFalse(whichFirst(Language.VI, text), text);
      }
      String en = "Marnov\n\nThe first school of Marnov was founded in " + y
          + " by the town council. Zelbin established diplomatic relations with the Republic of"
          + " Kovla in " + (y + 58) + " after long talks.";
      assertFalse(whichFirst(Language.EN, en), en);
    }
  }

  @Test
  void withoutTheFirstFoundingTheOrderIsAsked() {
    for (int y : List.of(1896, 1902, 1911)) {
      String text = "Thành phố Marnov\n\nTrường trung học của thành phố Marnov được xây lại vào năm "
          + y + " bởi hội đồng thành phố. Nước Zelbin thiết lập quan hệ ngoại giao với nước "
          + "Cộng hòa Kovla vào năm " + (y + 58) + " sau nhiều năm đàm phán.";
      assertTrue(whichFirst(Language.VI, text), text);
    }
  }
}
