package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The numbers of a numbered collection written one item a line (alone on their line above the
 * item, or opening a table row) are no facts; counts and days opening lines, and a box's values
 * under their labels, stay facts.
 */
class ItemLinesTest {
  private static final Language RU = Language.fromCode("ru").orElseThrow();
  private static final Language[] LANGS = {Language.EN, Language.VI, Language.HE, RU};
  // sentences made up for this test, one fact each (300)
  private static final String[] FACT = {
      "The army had 300 soldiers.", "Quân đội có 300 người lính.", "לצבא היו 300 חיילים.",
      "В армии было 300 солдат."};
  // items without a number, made up: a saying, a long line without a stop, a short sentence
  private static final String[][] ITEMS = {
      {"A river does not flow back to its spring.", "Who keeps the gate keeps the town",
          "Patience wins."},
      {"Nước chảy không bao giờ trở lại nguồn.", "Người giữ cổng là người giữ cả thành",
          "Kiên nhẫn thắng."},
      {"הנהר אינו חוזר אל מקורו.", "מי ששומר על השער שומר על כל העיר", "הסבלנות מנצחת."},
      {"Река не течёт назад к истоку.", "Кто держит ворота тот держит весь город",
          "Терпение побеждает."}};
  // a table's first cells, made up, each opening a row after its number
  private static final String[][] CELLS = {
      {"King Arden", "Queen Mira of the North", "Duke Oren"},
      {"Vua Trần Minh", "Hoàng hậu Lê Thị", "Quận công Hòa"},
      {"המלך ארדן", "המלכה מירה", "הדוכס אורן"},
      {"Король Арден", "Королева Мира", "Герцог Орен"}};

  @Test
  void theLoneNumbersHeadingTheItemsOfACollectionAreNoFacts() {
    Random r = new Random(1914);
    for (int k = 0; k < 400; k++) {
      int l = r.nextInt(LANGS.length);
      int first = r.nextBoolean() ? 1 : 2 + r.nextInt(200);
      int items = first == 1 ? 2 + r.nextInt(6) : ItemLines.RUN + r.nextInt(6);
      StringBuilder text = new StringBuilder(FACT[l]).append(r.nextBoolean() ? "\n\n" : "\n");
      for (int n = first; n < first + items; n++) {
        String gap = r.nextBoolean() ? "\n\n" : "\n";
        text.append(n).append(gap).append(ITEMS[l][r.nextInt(3)]).append(gap);
      }
      assertEquals("number:300=300", Facts.describe(LANGS[l], text.toString()), text.toString());
    }
  }

  @Test
  void theRowNumbersOfATableAreNoFacts() {
    Random r = new Random(1802);
    for (int k = 0; k < 400; k++) {
      int l = r.nextInt(LANGS.length);
      int rows = 2 + r.nextInt(8);
      StringBuilder text = new StringBuilder(FACT[l]).append("\n\n");
      for (int n = 1; n <= rows; n++) {
        text.append(n).append(' ').append(CELLS[l][r.nextInt(3)]);
        // a row's cells wrapped onto lines of their own
        for (int c = r.nextInt(3); c > 0; c--) {
          text.append('\n').append(CELLS[l][r.nextInt(3)]);
        }
        text.append('\n');
      }
      assertEquals("number:300=300", Facts.describe(LANGS[l], text.toString()), text.toString());
    }
  }

  @Test
  void countsDaysAndBoxValuesOpeningLinesStayFacts() {
    // counts with their nouns, one a line, counting up by one
    String counts = "Losses\n1 tank was lost.\n2 tanks were damaged.\n3 soldiers fled.\n";
    assertTrue(Facts.describe(Language.EN, counts).contains("=3"), counts);
    // days of a month opening a chronology's lines
    String days = "1 May 1900 The fleet sailed.\n2 May 1900 The fleet landed.\n";
    assertTrue(Facts.describe(Language.EN, days).contains("1900-05-02"), days);
    // a flattened box: values under one-word labels, counting up by chance
    String box = "Tanks\n\n1\n\nGuns\n\n2\n\nShips\n\n3\n";
    assertEquals(3, Facts.of(Language.EN, box).size(), box);
    // two lone numbers counting up from 4 are not yet a run
    String two = "4\nThe fleet of the king had many ships.\n5\nThe army of the king marched on.\n";
    assertEquals(2, Facts.of(Language.EN, two).size(), two);
  }
}
