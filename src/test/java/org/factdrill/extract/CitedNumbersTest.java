package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Numbers of a reference, not of the story: the year of a cited work before its page or its book
 * number ("(1962), p. 41", "Harbour Press, 1971, ISBN …", "1987, tr. 40"), a statute's volume and
 * section in a page of any language ("5 U.S.C. 552" in a Vietnamese note), and a path's
 * digits whose only four-digit run is glued to letters (a code's, "…/4/4-12-QX2011_03.xml").
 * Years told in the text, beside the same words, stay. Texts made up.
 */
class CitedNumbersTest {

  private static List<String> facts(String text, Language lang) {
    return SharedExtractor.get().extract(new Document("t.txt", text, lang)).stream()
        .map(Fact::text).toList();
  }

  @Test
  void theYearOfACitedWorkIsNoFact() {
    assertEquals(List.of("1848"), facts("The port was opened in 1848. Quoted in Ann Lee, The"
        + " Harbour Years (1962), p. 41.\n", Language.EN));
    assertEquals(List.of("1848"), facts("The port was opened in 1848.\nSee Harbour Annals,"
        + " Harbour Press, 1971, ISBN 0-555-12345-6.\n", Language.EN));
    assertEquals(List.of("năm 1848"), facts("Cảng được mở năm 1848 (Lê Văn, Lịch sử cảng, 1987,"
        + " tr. 40).\n", Language.VI));
  }

  @Test
  void aYearBeforeACommaInProseStays() {
    assertEquals(List.of("1962", "41"), facts("In 1962, pilots guided 41 ships into the"
        + " port.\n", Language.EN));
  }

  @Test
  void aStatuteCitedInAnotherLanguagesPageIsNoFact() {
    assertEquals(List.of("năm 1848"), facts("Cảng được mở năm 1848.\nVăn bản được sao chép tự do"
        + " (xem 5 U.S.C. 552).\n", Language.VI));
  }

  @Test
  void aPathWhoseOnlyYearIsGluedToLettersHoldsNoFact() {
    assertEquals(List.of("1848"), facts("The port was opened in 1848.\nHarbour Board"
        + " Minutes/tiles/records/4/4-12-Minutes-QX2011_03_0042.xml Collection of the Board\n",
        Language.EN));
  }
}
