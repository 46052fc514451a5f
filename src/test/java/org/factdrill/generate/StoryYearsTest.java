package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 31 (eighteenth session, carried), options: the wrong years of a page whose story's dates
 * all fall in one year stay near that year, even when the page's layout (a post's date line, a
 * byline) states a far later one. Every text here is made up.
 */
class StoryYearsTest {
  private static final Pattern YEAR = Pattern.compile("\\b(1[0-9]{3}|20[0-9]{2})\\b");

  private static void within(List<String> offered, int lo, int hi) {
    for (String o : offered) {
      Matcher m = YEAR.matcher(o);
      while (m.find()) {
        int y = Integer.parseInt(m.group(1));
        assertTrue(y >= lo && y <= hi, y + " in: " + o);
      }
    }
  }

  @Test
  void yearsOfAOneYearStoryStayNearItBesideAPostsDateLine(@TempDir Path dir) throws Exception {
    String text = "The Siege of Orvel\n\nPosted on March 12, 2016 by the editors\n\n"
        + "On June 4, 1871 the army of Count Mereth reached the walls of Orvel with its guns."
        + " The garrison of the town surrendered on August 19, 1871 after the wells ran dry.\n";
    within(OptionsTrueElsewhereTest.offered(dir, text, "August 19, 1871"), 1868, 1874);
  }

  @Test
  void yearsOfAOneYearStoryStayNearItBesideAByline(@TempDir Path dir) throws Exception {
    String text = "The Tessel Strike\n\nBy Mara Quell | 2 May 2019\n\n"
        + "In March 1903 the dock workers of Tessel stopped work for higher pay and shorter"
        + " shifts. The harbour board gave way in May 1903, and the ships sailed again.\n";
    within(OptionsTrueElsewhereTest.offered(dir, text, "March 1903"), 1900, 1906);
  }
}
