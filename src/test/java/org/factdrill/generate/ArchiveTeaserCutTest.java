package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * An archive page that lists its posts under their titles and date lines, each cut by the page
 * at a length ("… to stay with her …"), with no "read more" line: two or more paragraphs ending in
 * an ellipsis make it a listing of teasers, so the last sentence of each is cut wherever the cut
 * falls (after an object pronoun or possessive too), and a question keeps it only up to a clause
 * end before the cut. Sentences made up.
 */
class ArchiveTeaserCutTest {
  private static List<String> shown(Language lang, String text) {
    List<String> out = new ArrayList<>();
    for (Question q : Fixtures.extracted(lang, text).bank().questions()) {
      if (q.prompt() != null) {
        out.add(q.prompt());
      }
      q.events().forEach(e -> out.add(e.text()));
    }
    return out;
  }

  @Test
  void eachPostCutByThePageIsAskedOnlyBeforeItsLastClause() {
    String en = "Family letters archive\n\nA winter at Orsel\nPosted on 12 March 2011\n"
        + "In 1921 Anna Pell left the farm at Orsel with her two sons, and in 1923 she went to the"
        + " city to stay with her …\n\nThe mill at Lindmoor\nPosted on 2 April 2011\n"
        + "In 1934 Maria Ravel sold the mill at Lindmoor, and in 1936 she moved to the coast to live"
        + " with her …\n\nThe pilot of Varenna\nPosted on 9 May 2011\n"
        + "Jonas Ash joined the harbour pilots of Varenna in 1902, and in 1905 he married the"
        + " daughter of his …\n";
    List<String> s = shown(Language.EN, en);
    assertTrue(s.stream().anyMatch(p -> p.contains("left the farm at Orsel")), s.toString());
    assertFalse(s.stream().anyMatch(p -> p.contains("with her …")), s.toString());

    String vi = "Thư nhà\n\nMùa đông ở Orsel\nĐăng ngày 12 tháng 3 năm 2011\n"
        + "Năm 1921, bà Anna Pell rời trang trại ở Orsel cùng hai con trai, và năm 1923 bà lên"
        + " thành phố ở với em …\n\nCối xay ở Lindmoor\nĐăng ngày 2 tháng 4 năm 2011\n"
        + "Năm 1934, bà Maria Ravel bán cối xay ở Lindmoor, và năm 1936 bà ra bờ biển sống với"
        + " em …\n";
    List<String> v = shown(Language.VI, vi);
    assertFalse(v.stream().anyMatch(p -> p.contains("với em …")), v.toString());

    String he = "ארכיון מכתבים\n\nחורף באורסל\nפורסם ב-12 במרץ 2011\n"
        + "ב-1921 עזבה אנה פל את החווה באורסל עם שני בניה, וב-1923 עברה לעיר כדי לגור עם"
        + " אחותה …\n\nהטחנה בלינדמור\nפורסם ב-2 באפריל 2011\n"
        + "ב-1934 מכרה מריה ראוול את הטחנה בלינדמור, וב-1936 עברה לחוף כדי לגור עם אחותה …\n";
    List<String> h = shown(Language.HE, he);
    assertFalse(h.stream().anyMatch(p -> p.contains("אחותה …")), h.toString());
  }

  @Test
  void oneParagraphEndingInAnEllipsisIsNoListing() {
    String one = "Letters\n\nIn 1921 Anna Pell left the farm at Orsel, and in 1923 she went to the"
        + " city to stay with her …\n\nIn 1934 Maria Ravel sold the mill at Lindmoor and moved to"
        + " the coast.\n";
    assertTrue(TeaserCut.cutParagraphs(one) == 1);
  }
}
