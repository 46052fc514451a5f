package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * On an archive page of several short posts (a title line, a date line, one or two short
 * paragraphs each), each post's title is the context line of its own sentences, however short
 * the post: not the page's title, not another post's (twentieth review, class 8). A post title
 * naming the war names the bare "In war," of its sentences. Invented pages.
 */
class ShortArchivePostsTest {
  private static final String[][] POSTS = {
      {"The Telm War and the Fishing Fleet", "March 4, 2011",
          "In war, the Orsk regatta of {{1852|date|1852}} was held without the northern boats."},
      {"The Varn Rebellion in Letters", "February 20, 2011",
          "During the rebellion, the mill at Kell made sacks for the rebels in {{1861|date|1861}}."},
      {"The Great Flood of Dunmere", "January 9, 2011",
          "After the flood, the council of Dunmere met in {{1874|date|1874}} to rebuild the bridge."}};
  private static final String[] YEARS = {"1852", "1861", "1874"};

  private static String page(String top, String datePrefix) {
    StringBuilder b = new StringBuilder(top);
    for (String[] p : POSTS) {
      b.append(p[0]).append('\n').append(datePrefix).append(p[1]).append("\n\n")
          .append(p[2]).append("\n\n");
    }
    return b.toString();
  }

  private static void assertOwnPost(Result r) {
    for (int k = 0; k < POSTS.length; k++) {
      String year = YEARS[k];
      List<Question> qs = r.bank().questions().stream().filter(q -> q.answer() != null
          && year.equals(q.answer().text())).toList();
      assertFalse(qs.isEmpty(), year + " asked\n" + r.report().format(r.bank()));
      for (Question q : qs) {
        assertTrue(q.context() != null && q.context().contains(POSTS[k][0]),
            year + ": " + q.context());
      }
    }
  }

  @Test
  @Disabled("en20b: the rule tried (every post title over a date line heads its post) also took a Hebrew infobox label over its date value as a post; not kept")
  void eachShortPostsTitleIsTheContextLineOfItsSentences() {
    for (String top : List.of("", "Harbour Notes: Archive\n\n", "Harbour Notes\n\n")) {
      for (String prefix : List.of("", "Posted on ")) {
        assertOwnPost(Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN,
            page(top, prefix))));
      }
    }
  }
}
