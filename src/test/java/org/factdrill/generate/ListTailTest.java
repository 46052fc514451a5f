package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 11 of the eighteenth review (a list cut with an ellipsis): a prompt whose cut ends on
 * the first items of a list, its closing "and" cut away, hides the rest behind "…" while the
 * count it asks counts them all; the cut goes back to the clause mark before the list. Provinces,
 * names and figures are invented.
 */
class ListTailTest {
  private static final char H = PromptBuilder.HOLE;

  @Test
  void aCutInsideAListGoesBackBeforeTheList() {
    assertEquals("Năm 1921, chính phủ Oskel lập " + H + " tỉnh mới …", ListTail.trim(Language.VI,
        "Năm 1921, chính phủ Oskel lập " + H + " tỉnh mới, gồm Lamor ở miền núi phía bắc, Kessel"
            + " nằm ven biển, thượng du Arvo phía tây …"));
    assertEquals("In 1921 the government of Oskel set up " + H + " new provinces …",
        ListTail.trim(Language.EN, "In 1921 the government of Oskel set up " + H + " new provinces,"
            + " including Lamor in the north, Kessel on the coast, Arvo in the west …"));
  }

  @Test
  void aWholeListAClauseCutAfterItAndOneShortPieceStay() {
    String whole = "Năm 1921, chính phủ Oskel lập " + H + " tỉnh mới, gồm Lamor, Kessel và Arvo …";
    assertEquals(whole, ListTail.trim(Language.VI, whole));
    String one = "Năm 1921, chính phủ Oskel lập " + H + " tỉnh mới, gồm Lamor ở miền núi …";
    assertEquals(one, ListTail.trim(Language.VI, one));
    String uncut = "Năm 1921, chính phủ Oskel lập " + H + " tỉnh mới, gồm Lamor, Kessel, Arvo.";
    assertEquals(uncut, ListTail.trim(Language.VI, uncut));
  }

  @Test
  void aCountsQuestionDoesNotShowTheFirstItemsOfItsList() {
    String text = """
        Liên bang Oskel

        Liên bang Oskel là một quốc gia ở phía tây của lục địa Varn, có nhiều sông lớn, nhiều đồng bằng màu mỡ và một bờ biển dài, dân cư chủ yếu sống bằng nghề nông và nghề đánh cá.

        Năm 1921, chính phủ Liên bang Oskel lập 9 tỉnh mới, gồm Lamor ở miền núi phía bắc, Kessel nằm ven biển, thượng du Arvo phía tây, Duren thuộc trung du, hạ lưu sông Varn với tỉnh lỵ Malver, Oster ở miền đông, Pellin bên hồ lớn, Quarn thuộc duyên hải phía nam và Rhen ở biên giới đông bắc.
        """;
    Result r = Fixtures.extracted(Language.VI, text);
    for (var q : r.bank().questions()) {
      assertFalse(q.prompt().contains("Lamor") && q.prompt().endsWith("…"), q.prompt());
    }
  }

  @Test
  void shortClausePiecesAreNoList() {
    // Carried ListTail class: a list needs three comma-set items of one shape.
    String two = "In 1850 the town of Oskel grew to " + H + " people, the largest in the valley,"
        + " after the war …";
    assertEquals(two, ListTail.trim(Language.EN, two));
    String mixed = "In 1850 the town of Oskel grew to " + H + " people, then, as the old clerks had"
        + " expected, too …";
    assertEquals(mixed, ListTail.trim(Language.EN, mixed));
    String vi = "Năm 1850, thị trấn Oskel có " + H + " người, đông nhất vùng, sau chiến tranh …";
    assertEquals(vi, ListTail.trim(Language.VI, vi));
  }
}
