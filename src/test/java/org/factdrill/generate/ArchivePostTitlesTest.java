package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * On an archive page of several posts, each post's questions carry the heading above their own
 * post, never another post's title (carried class of the seventeenth review): a date line with
 * its author ("August 21, 2017 by Ann Lee") under a heading marks a post's title as "Posted on …"
 * does. Invented pages.
 */
class ArchivePostTitlesTest {
  private static final String[][] POSTS = {
      {"The mill strike of Lindmoor", "August 28, 2017 by Edda Varn",
          "The weavers of the Lindmoor mills walked out in {{1872|date|1872}}, demanding a shorter"
              + " day, and the strike spread within a week to the dye works and the rope walks"
              + " along the river."},
      {"A ferry on the Tallow", "August 21, 2017 by Orin Kell",
          "The first steam ferry crossed the Tallow at Orvin in {{1838|date|1838}}, and within a"
              + " few years the old rowing boats that had carried farmers and their carts across"
              + " the river were gone."},
      {"The old corn hall", "August 14, 2017 by Ann Lee",
          "The corn hall of Orvin was built in {{1791|date|1791}} by the merchants of the upper"
              + " town, who wanted a covered market where the grain of the valley farms could be"
              + " sold in any weather."}};

  private static List<Question> about(Result r, String answer) {
    return r.bank().questions().stream().filter(q -> q.answer() != null
        && answer.equals(q.answer().text())).toList();
  }

  private static String page(String top, boolean posted) {
    StringBuilder b = new StringBuilder(top);
    for (String[] p : POSTS) {
      String body = p[2];
      b.append(p[0]).append('\n').append(posted ? "Posted on " + p[1] : p[1]).append("\n\n")
          .append(body).append("\n\n");
    }
    return b.toString();
  }

  private static void assertOwnPost(Result r, boolean ownTitleShown) {
    String[] years = {"1872", "1838", "1791"};
    for (int k = 0; k < POSTS.length; k++) {
      List<Question> qs = about(r, years[k]);
      assertFalse(qs.isEmpty(), years[k] + " asked\n" + r.report().format(r.bank()));
      for (Question q : qs) {
        for (int o = 0; o < POSTS.length; o++) {
          if (o != k) {
            assertTrue(q.context() == null || !q.context().contains(POSTS[o][0]),
                years[k] + ": " + q.context());
          }
        }
        if (ownTitleShown) {
          assertTrue(q.context() != null && q.context().contains(POSTS[k][0]), q.context());
        }
      }
    }
  }

  @Test
  void aDateLineWithItsAuthorMarksAPostsTitle() {
    assertOwnPost(Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN,
        page("", false))), true);
    assertOwnPost(Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN,
        page("", true))), true);
  }
}
