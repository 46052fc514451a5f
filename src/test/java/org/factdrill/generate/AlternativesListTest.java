package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Alternatives joined by "or" ("hay", "hoặc") are a list: the comma after the pair is inside it. */
class AlternativesListTest {
  private static final String H = String.valueOf(PromptBuilder.HOLE);

  @Test
  void theCommaAfterAPairOfAlternativesIsNoCutPoint() {
    for (String s : new String[] {
        "Năm " + H + ", dân làng bỏ đi vì lo ngại về nạn lũ quét kéo dài hay dịch bệnh gia súc, mùa màng thất bát ở ven sông.",
        "Vào năm " + H + " nhiều thương nhân rời cảng vì sợ cướp biển hoặc thuế muối nặng nề, nạn đói ở các đảo phía nam.",
        "In " + H + " the farmers left their villages for fear of long floods or cattle plague, failed harvests along the river."}) {
      int comma = s.lastIndexOf(", ");
      assertTrue(ListCommas.listCommas(s).contains(comma), s);
    }
  }

  @Test
  void aCommaAfterAClauseWithoutAlternativesStaysACutPoint() {
    String s = "Năm " + H + ", dân làng bỏ đi vì lo ngại về nạn lũ quét kéo dài ở thượng nguồn, mùa màng thất bát ở ven sông.";
    assertFalse(ListCommas.listCommas(s).contains(s.lastIndexOf(", ")));
    String y = "In " + H + " the farmers chose to stay or to leave in 1922, and the council paid them.";
    assertFalse(ListCommas.listCommas(y).contains(y.lastIndexOf(", ")), "a figure after 'or' is no item");
  }
}
