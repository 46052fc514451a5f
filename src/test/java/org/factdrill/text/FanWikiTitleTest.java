package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A fan wiki reposting an encyclopedia's article heads the page with the site's name ("X Wiki",
 * "X ויקי | Fandom", "ויקי של X"), its topic said alone, and furniture ("Advertisement"); the prose
 * speaks of the wiki's topic (an army) as much as of the article's subject (a war). The article's
 * own heading, the first heading after the site's chrome, is the page's title; with no heading, the
 * site's name is still none. A wiki page's "Title - Wikipedia" line keeps its title. Armies, wars
 * and wikis made up for this test.
 */
class FanWikiTitleTest {
  /** {lang, topic, article heading, prose}, then the site's name forms. */
  private static final String[][][] PAGES = {
      {{"he", "צבא הגליל", "מלחמת שלושת העמקים",
          "מלחמת שלושת העמקים הייתה מלחמה בין צבא הגליל לבין צבא השרון, שנמשכה מ-3 במרץ 1921 עד 18 ביולי 1921. "
              + "צבא הגליל גייס 40,000 חיילים למלחמה.\n\nבשנת 1922 נחתם הסכם שלום בין הצדדים. צבא הגליל החזיר "
              + "את השטחים שכבש במלחמת שלושת העמקים.\n\nבמהלך המלחמה איבד צבא הגליל 2,300 חיילים.\n"},
          {"{T} ויקי", "{T} ויקי | Fandom", "ויקי של {T}", "{T} Wiki"}},
      {{"en", "Galil Army", "War of the Three Valleys",
          "The War of the Three Valleys was a war between the Galil Army and the Sharon Army, fought from "
              + "3 March 1921 to 18 July 1921. The Galil Army raised 40,000 soldiers for the war.\n\n"
              + "In 1922 the Galil Army signed a peace treaty. The Galil Army gave back the land it took in "
              + "the War of the Three Valleys.\n\nDuring the war the Galil Army lost 2,300 soldiers.\n"},
          {"{T} Wiki", "{T} Wiki | Fandom", "Wiki of the {T}"}}};

  @Test
  void theArticlesHeadingAfterTheSitesNameAndChromeIsThePagesTitle() {
    Random r = new Random(719);
    for (String[][] page : PAGES) {
      Language lang = Language.fromCode(page[0][0]).orElseThrow();
      String topic = page[0][1];
      String heading = page[0][2];
      for (String form : page[1]) {
        String site = form.replace("{T}", topic);
        List<String> tops = List.of(
            site + "\n\n" + topic + "\n\n",
            topic + "\n" + site + "\nAdvertisement\n\n",
            site + "\nAdvertisement\n\n",
            topic + "\nAdvertisement\n\n",
            site + "\n" + topic + "\nAdvertisement\n\n");
        for (String top : tops) {
          String text = top + heading + (r.nextBoolean() ? "\n\n" : "\n") + page[0][3];
          Layout layout = LayoutClassifier.classify(text, lang, "a.txt");
          assertEquals(heading, layout.title(), text);
        }
        // no heading of the article: the site's name is no title
        String text = site + "\nAdvertisement\n\n" + page[0][3];
        Layout layout = LayoutClassifier.classify(text, lang, "a.txt");
        assertNotEquals(site, layout.title(), text);
        assertNotEquals(topic, layout.title(), text);
      }
    }
  }

  @Test
  void aWikiPagesTitleWithTheSitesNameAfterItKeepsItsTitle() {
    for (String[][] page : PAGES) {
      Language lang = Language.fromCode(page[0][0]).orElseThrow();
      String heading = page[0][2];
      String text = heading + " - Wikipedia\n\n" + page[0][3];
      assertEquals(heading, LayoutClassifier.classify(text, lang, "a.txt").title(), text);
      text = heading + "\n\n" + page[0][3];
      assertEquals(heading, LayoutClassifier.classify(text, lang, "a.txt").title(), text);
    }
  }
}
