package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An entry's title line is a headline, a dash, bar or bracket, and a date of a day or month that
 * ends the line; two or more such lines heading prose are headings. Headlines and dates are made
 * up and combined at random (fixed seed) in each language.
 */
class EntryTitlesTest {
  private static final String[][] HEADLINES = {
      {"en", "The Old Pier Fire", "A Storm over Karvo Bay", "New Bridge at Marnov"},
      {"vi", "Vụ cháy cầu tàu cũ", "Bão lớn ở vịnh Karvo", "Cây cầu mới ở Marnov"},
      {"he", "השריפה במזח הישן", "סערה במפרץ קרבו", "גשר חדש במרנוב"}};
  private static final String[][] DATES = {
      {"en", "3 March 2015", "April 9, 2015", "12 May 1931"},
      {"vi", "3 tháng 3 năm 2015", "ngày 9 tháng 4 năm 2015", "12/5/1931"},
      {"he", "3 במרץ 2015", "9 באפריל 2015", "12 במאי 1931"}};
  private static final String[] SEPARATORS = {" – ", " — ", " | ", " - "};

  @Test
  void aHeadlineAndItsDateGiveTheHeadline() {
    Random r = new Random(20);
    for (int k = 0; k < 3; k++) {
      LayoutWords w = LayoutWords.of(Language.fromCode(HEADLINES[k][0]).orElseThrow());
      for (int trial = 0; trial < 20; trial++) {
        String head = HEADLINES[k][1 + r.nextInt(3)];
        String date = DATES[k][1 + r.nextInt(3)];
        String sep = SEPARATORS[r.nextInt(SEPARATORS.length)];
        assertEquals(head, EntryTitles.headline(head + sep + date, w), head + sep + date);
        assertEquals(head, EntryTitles.headline(head + " (" + date + ")", w));
      }
    }
  }

  @Test
  void captionsSentencesAndDateLinesAreNoEntryTitles() {
    LayoutWords w = LayoutWords.of(Language.EN);
    assertNull(EntryTitles.headline("The harbour of Karvo, 1867", w)); // a caption's year
    assertNull(EntryTitles.headline("The harbour of Karvo – 1867", w)); // a year alone
    assertNull(EntryTitles.headline("The fire broke out on 3 March 2015.", w)); // a sentence
    assertNull(EntryTitles.headline("Posted – 3 March 2015", w)); // a publication line
    assertNull(EntryTitles.headline("Tuesday – 3 March 2015", w)); // a dateline
    assertNull(EntryTitles.headline("The fire – 3 March 2015 – and what came of it", w));
  }

  @Test
  void oneDatedLineAbovePicturesProseStaysACaption() {
    String lead = "Karvo is a small harbour town on the northern coast, known for its fishing "
        + "fleet, its old pier and the lighthouse that stands on the cape above it.";
    String text = "Karvo harbour\n\n" + lead + "\n\nThe harbour at dawn seen from the pier – 3 March 2015\n\n"
        + lead + "\n";
    Layout l = LayoutClassifier.classify(text, Language.EN, "x.txt");
    assertEquals(LineClass.CAPTION, l.classAt(text.indexOf("The harbour at dawn")));
  }

  @Test
  void aChronologyEntryOpeningWithItsDateGivesTheHeadline() {
    Random r = new Random(21);
    for (int k = 0; k < 3; k++) {
      LayoutWords w = LayoutWords.of(Language.fromCode(HEADLINES[k][0]).orElseThrow());
      for (int trial = 0; trial < 20; trial++) {
        String head = HEADLINES[k][1 + r.nextInt(3)];
        String date = r.nextBoolean() ? DATES[k][1 + r.nextInt(3)] : String.valueOf(1800 + r.nextInt(200));
        String sep = SEPARATORS[r.nextInt(SEPARATORS.length)];
        assertEquals(head, EntryTitles.headline(date + sep + head, w), date + sep + head);
      }
    }
    // A day, a month's word of another language and a year is a date too.
    assertEquals("השריפה במזח הישן", EntryTitles.headline("9 janv. 1905 - השריפה במזח הישן",
        LayoutWords.of(Language.HE)));
    assertEquals("The Old Pier Fire", EntryTitles.titleOf("1911 – The Old Pier Fire",
        LayoutWords.of(Language.EN)));
    assertEquals("Karvo harbour", EntryTitles.titleOf("Karvo harbour", LayoutWords.of(Language.EN)));
  }

  @Test
  void aLineOpeningWithAFigureThatIsNoDateIsNoEntryTitle() {
    LayoutWords w = LayoutWords.of(Language.EN);
    assertNull(EntryTitles.headline("1914 – 1918", w)); // a period, no headline
    assertNull(EntryTitles.headline("1905 – Independence", w)); // one word: a list row's label
    assertNull(EntryTitles.headline("Some 40 – 50 ships sailed from the harbour", w));
    assertNull(EntryTitles.headline("In 1905 – the year of the storm", w));
  }
}
