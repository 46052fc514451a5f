package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A forum prints the poster's card (user id, join date, post count, a score) before every post:
 * a run of "label / figure" lines whose labels come again before a later post is page chrome,
 * whose figures are no facts. A data box printed once is the article's own and keeps its class.
 * Invented cards and posts.
 */
class MemberCardsTest {
  private static final String POST_EN = "The mill at Orvane burned down in 1822 and was rebuilt by the "
      + "town council within three years, larger than before.";
  private static final String POST_VI = "Cối xay ở Orvane bị cháy năm 1822 và được hội đồng thị trấn "
      + "xây lại trong vòng ba năm, lớn hơn trước.";

  private static List<Block> blocks(String text, String lang) {
    return LayoutClassifier.classify(text, Language.fromCode(lang).orElseThrow(), "x.txt").blocks();
  }

  private static LineClass classAt(String text, String lang, int at) {
    for (Block b : blocks(text, lang)) {
      if (b.span().start() <= at && at < b.span().end()) {
        return b.cls();
      }
    }
    throw new AssertionError("no block at " + at);
  }

  @Test
  void aCardOfLabelAndFigureLinesRepeatedBeforeEachPostIsChrome() {
    String[][] cards = {
        {"en", "Member ID\nKT-2291\nJoined\n4/11/09\nPosts\n3,415\nReputation\n12,907 points\n"},
        {"en", "Joined: Mar 2009\nPosts: 1,204\nLikes: 77\n"},
        {"vi", "Mã hội viên\nHV-5520\nNgày tham gia\n3/2/11\nBài viết\n8,012\nĐiểm\n41,300 điểm\n"},
        {"vi", "Tham gia: 12/2010\nBài viết: 2,301\n"}};
    for (String[] c : cards) {
      String post = c[0].equals("vi") ? POST_VI : POST_EN;
      String second = c[1].replace("1", "5"); // another poster's figures, the same labels
      String text = "Old mills of the valley\n\n" + c[1] + post + "\n\n" + second + post + " "
          + post + "\n";
      for (String figure : List.of("2291", "3,415", "1,204", "5520", "8,012", "2,301", "5229")) {
        int at = text.indexOf(figure);
        if (at >= 0) {
          assertEquals(LineClass.CHROME, classAt(text, c[0], at), c[0] + ": " + figure);
        }
      }
      assertEquals(LineClass.PROSE, classAt(text, c[0], text.indexOf(post)), c[0]);
    }
  }

  @Test
  void aDataBoxPrintedOnceKeepsItsFacts() {
    String text = "Orvane mill\n\nBuilt\n1822\nRebuilt\n1825\nMillstones\n4\n\n" + POST_EN + "\n\n"
        + POST_EN + "\n";
    assertNotEquals(LineClass.CHROME, classAt(text, "en", text.indexOf("1825")));
  }

  @Test
  void theSameLabelsForEachSideOfABoxWithNoPostBetweenKeepTheirFacts() {
    String side = "Soldiers killed\nover 120,000\nCivilians killed\nover 300,000\nTotal\n"
        + "over 420,000\n";
    String text = "The Orvane war\n\nLosses\n" + side + "(1801–1806)\n" + side.replace("1", "7")
        + "(1801–1806)\n\n" + POST_EN + " " + POST_EN + "\n";
    assertNotEquals(LineClass.CHROME, classAt(text, "en", text.indexOf("120,000")));
    assertNotEquals(LineClass.CHROME, classAt(text, "en", text.indexOf("720,000")));
  }
}
