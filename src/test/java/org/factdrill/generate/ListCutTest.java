package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 4 (item 5 of the context review): a long sentence is cut at a clause
 * boundary, never inside the enumeration the blank belongs to ("in Karvo, Lin, ___ …").
 */
class ListCutTest {
  private static final String H = String.valueOf(PromptBuilder.HOLE);

  private static String sentence(String lead, String list, String tail) {
    return lead + list + tail;
  }

  @Test
  void theCommasOfAnEnumerationAreNoCutPoints() {
    String s = "Bridges were built in Karvo, Lin, " + H + ", Orvin and Tal, and the railway reached the far coast.";
    Set<Integer> listed = ListCommas.listCommas(s);
    assertTrue(listed.contains(s.indexOf(", Lin")));
    assertTrue(listed.contains(s.indexOf(", " + H)));
    assertTrue(listed.contains(s.indexOf(H + ",") + 1));
    assertFalse(listed.contains(s.indexOf(", and the railway")), "after the last item is a clause end");
  }

  @Test
  void aCommaBetweenClausesIsACutPoint() {
    String s = "The council of Orvin opened the bridge across the river in " + H
        + ", and the railway reached the coast of the northern province two years later.";
    assertTrue(ListCommas.listCommas(s).isEmpty());
  }

  @Test
  void aLongSentenceIsNeverCutInsideTheListTheBlankBelongsTo() {
    String filler = "the council of the northern province of Orvin, after long years of debate"
        + " about money and routes and the cost of stone and iron, which the merchants of the"
        + " coast paid for in the end";
    for (String list : new String[] {
        "Karvo, Lin, Mer, " + H + " bridges, Orvin, Sel, Dun, Arn and Tal",
        "Hà Nội, Huế, Mer, " + H + " cây cầu, Orvin, Sel, Dun, Arn và Tal"}) {
      String raw = "In spring " + filler + ", built new bridges in " + list
          + ", and the railway reached the coast of the province during the years that followed"
          + " the long war with the southern kingdom of Lin and its allies across the sea.";
      String stem = PromptBuilder.stem(raw, 260, Set.of());
      if (stem != null) {
        String kept = stem.replace(" …", "");
        assertTrue(kept.contains("Tal"), "cut inside the list: " + stem);
      }
      String clause = new PromptBuilder(220, 110).fromRaw(raw);
      if (clause != null) {
        String kept = clause.replaceAll("^… | …$", "");
        assertTrue(!kept.contains(H) || kept.contains("Tal") && kept.contains("Karvo")
            || kept.contains("Tal") && kept.contains("Hà Nội"), "cut inside the list: " + clause);
      }
    }
  }

  @Test
  void theCommaBeforeAnItemThatJoinsTheListsLastPairIsInsideTheList() {
    java.util.Random r = new java.util.Random(1602);
    String[] goods = {"vải", "gốm", "gạo", "muối", "cá khô", "chè", "thuốc lá", "đường"};
    String[] en = {"cloth", "pottery", "rice", "salt", "dried fish", "tea", "tobacco", "sugar"};
    for (int k = 0; k < 200; k++) {
      boolean vi = r.nextBoolean();
      String[] items = vi ? goods : en;
      int n = 3 + r.nextInt(4);
      StringBuilder list = new StringBuilder();
      for (int i = 0; i < n; i++) {
        list.append(i == 0 ? "" : ", ").append(items[(k + i) % items.length]);
      }
      String last = items[(k + n) % items.length];
      String tail = vi ? " và nhiều thứ hàng hóa khác từ khắp các vùng ven biển phía nam và phía"
          + " bắc của vương quốc trong suốt mùa xuân năm ấy."
          : " and many other goods from every coast of the southern and northern provinces of the"
          + " kingdom throughout that long spring.";
      String s = (vi ? "Năm " + H + ", hội chợ Quorvex có hơn 300 gian hàng bày bán "
          : "In " + H + ", the Quorvex fair had over 300 stalls selling ") + list + ", " + last
          + tail;
      Set<Integer> listed = ListCommas.listCommas(s);
      assertTrue(listed.contains(s.indexOf(", " + last + (vi ? " và" : " and"))), s);
      String clause = new PromptBuilder(150, 70).fromRaw(s);
      if (clause != null && clause.endsWith(" …")) {
        assertFalse(clause.replace(" …", "").endsWith(items[(k + n - 1) % items.length]),
            "cut inside the list: " + clause);
      }
    }
    String clauseAfter = "Bridges were built in Karvo, Lin, Orvin, and the railway reached the"
        + " coast in " + H + ".";
    assertFalse(ListCommas.listCommas(clauseAfter).contains(clauseAfter.indexOf(", and")),
        "an 'and' opening the item after the list opens a clause");
  }
}
