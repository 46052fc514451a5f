package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 36 of the nineteenth review: in a language whose nouns mark the plural, a blank for the
 * count one right before its singular counted word gives the answer away ("_____ mile"), in
 * figures or in words, in any frame; a count of one before "of", and other counts, are still
 * asked. Invented sentences, read by the real extractor; the same checks for Vietnamese, whose
 * nouns do not mark the plural, ask the count.
 */
class OneBeforeSingularTest {
  private static final String HEAD = "The railway of Holm\n\nThe Holm railway was built by the"
      + " Aldorian crown in 1871 to carry salt. ";
  private static final String[] ONE = {
      "In 1874 the company laid only 1 mile of track across the marsh near Velm.",
      "The first train took one day to reach the harbour at Velm in 1875.",
      "By 1880 the line owned 1 locomotive and forty wagons for the salt trade.",
      "In 1882, a storm destroyed one bridge over the river Tarn near the harbour.",
  };

  private static List<String> askedOnes(Language lang, String head, String sentence) {
    Result r = Fixtures.extracted(lang, head + sentence + "\n");
    List<String> out = new ArrayList<>();
    for (Question q : r.bank().questions()) {
      if (q.answer().text().equalsIgnoreCase("1") || q.answer().text().equalsIgnoreCase("one")) {
        out.add(q.type() + ": " + q.prompt());
      }
    }
    return out;
  }

  @Test
  void theCountOneBeforeItsSingularNounIsNotAsked() {
    List<String> asked = new ArrayList<>();
    for (String s : ONE) {
      asked.addAll(askedOnes(Language.EN, HEAD, s));
    }
    assertEquals(List.of(), asked);
  }

  @Test
  void otherCountsAndOneBeforeAFunctionWordAreStillJudgedAsBefore() {
    assertFalse(OneBeforeSingular.givesAway(Language.EN, fact("1", 1), t("_ of the ships sank.")));
    assertFalse(OneBeforeSingular.givesAway(Language.EN, fact("3", 3), t("_ bridges fell.")));
    assertFalse(OneBeforeSingular.givesAway(Language.EN, fact("1", 1), t("_ km of road.")));
    assertFalse(OneBeforeSingular.givesAway(Language.VI, fact("1", 1), t("_ cây cầu bị phá.")));
    org.junit.jupiter.api.Assertions.assertTrue(
        OneBeforeSingular.givesAway(Language.EN, fact("1", 1), t("only _ bridge fell.")));
  }

  private static String t(String s) {
    return s.replace('_', PromptBuilder.HOLE);
  }

  private static org.factdrill.extract.Fact fact(String text, int v) {
    return new org.factdrill.extract.Fact(0, text.length(), text,
        org.factdrill.extract.FactKind.NUMBER,
        new org.factdrill.extract.Value.Num(java.math.BigDecimal.valueOf(v)), null, false, null);
  }
}
