package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  private static List<String> split(String text, Language lang) {
    return Sentences.split(text, lang).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void citationMarkerStaysWithTheSentenceItFollows() {
    assertEquals(List.of("Quân đội gồm 23 ngàn người.[29]", "Sau đó họ rút đi."),
        split("Quân đội gồm 23 ngàn người.[29] Sau đó họ rút đi.", Language.VI));
  }

  @Test
  void theSentenceAfterACitationMarkEndsAtItsOwnFullStop() {
    // The break after a mark used to be skipped, gluing the next two sentences into one prompt.
    assertEquals(List.of("The fort fell in 1790.[1]", "A new one rose in 1801.",
        "It burned in 1822."),
        split("The fort fell in 1790.[1] A new one rose in 1801. It burned in 1822.", Language.EN));
    assertEquals(List.of("Thành bị chiếm năm 1790.[1][2]", "Thành mới xây năm 1801.",
        "Thành cháy năm 1822."),
        split("Thành bị chiếm năm 1790.[1][2] Thành mới xây năm 1801.\nThành cháy năm 1822.",
            Language.VI));
  }

  @Test
  void blankLinesSeparateParagraphsAndSingleNewlinesDoNot() {
    assertEquals(List.of("Title", "The war between the two republics began in 1988 and\nended in 1994."),
        split("Title\n\nThe war between the two republics began in 1988 and\nended in 1994.",
            Language.EN));
  }

  @Test
  void shortLinesAndLinesEndingASentenceKeepTheirBreak() {
    assertEquals(List.of("Chapter one", "It began in 1988."),
        split("Chapter one\nIt began in 1988.", Language.EN));
  }

  @Test
  void ordinarySentencesSplitAtFullStops() {
    assertEquals(List.of("One.", "Two!", "Three?"), split("One. Two! Three?", Language.EN));
  }

  @Test
  void aSplitterGivesTheSameSpansForManyTextsAndStopsAtTheSentenceHoldingAnOffset() {
    Sentences.Splitter splitter = new Sentences.Splitter(Language.EN);
    String text = "One. Two! Three?\n\nFour. Five.";
    assertEquals(Sentences.split(text, Language.EN), splitter.split(text));
    assertEquals(Sentences.split("Sáu. Bảy.", Language.VI),
        new Sentences.Splitter(Language.VI).split("Sáu. Bảy."));
    // Offset 6 lies in "Two!": the sentences after it are not looked for.
    assertEquals(List.of(new Span(0, 4), new Span(5, 9)), splitter.split(text, 7));
    assertEquals(Sentences.split(text, Language.EN), splitter.split(text, text.length()));
    // The citation marker stays with its sentence also when the split stops after it.
    String vi = "Quân đội gồm 23 ngàn người.[29] Sau đó họ rút đi.";
    assertEquals(Sentences.split(vi, Language.VI).subList(0, 1),
        new Sentences.Splitter(Language.VI).split(vi, 28));
  }

  @Test
  void dottedAcronymsInitialsAndTitlesDoNotEndASentence() {
    assertEquals(List.of("The U.S. Navy bought the ship in 1921 for its fleet."),
        split("The U.S. Navy bought the ship in 1921 for its fleet.", Language.EN));
    assertEquals(List.of("In 1950 the U.N. General Assembly met twice."),
        split("In 1950 the U.N. General Assembly met twice.", Language.EN));
    assertEquals(List.of("A. B. Marlow founded the mill in 1840."),
        split("A. B. Marlow founded the mill in 1840.", Language.EN));
    assertEquals(List.of("The fort near Mt. Ellery was built by Gen. Holm in 1755."),
        split("The fort near Mt. Ellery was built by Gen. Holm in 1755.", Language.EN));
    assertEquals(List.of("Envoys to the U. S. Congress came in 1890."),
        split("Envoys to the U. S. Congress came in 1890.", Language.EN));
    assertEquals(List.of("The bill was No. 12 of the session."),
        split("The bill was No. 12 of the session.", Language.EN));
  }

  @Test
  void aFunctionWordAfterAnAcronymStartsTheNextSentence() {
    assertEquals(List.of("The delegates left for the U.S.", "The talks resumed in 1960."),
        split("The delegates left for the U.S. The talks resumed in 1960.", Language.EN));
    assertEquals(List.of("The fleet sailed in Dec.", "In 1801 it came back."),
        split("The fleet sailed in Dec. In 1801 it came back.", Language.EN));
    assertEquals(List.of("He came 1st.", "Rivals followed in 1902."),
        split("He came 1st. Rivals followed in 1902.", Language.EN));
    // A period at the end of a line keeps the line break a sentence end.
    assertEquals(List.of("Offices in Hartwell, D.C.", "Staff moved there in 1930."),
        split("Offices in Hartwell, D.C.\nStaff moved there in 1930.", Language.EN));
  }

  @Test
  void sentencesGluedWithoutASpaceAreSplit() {
    assertEquals(List.of("The mill closed in 1901.", "Its owners sold the land."),
        split("The mill closed in 1901.Its owners sold the land.", Language.EN));
    assertEquals(List.of("Work ended.", "Next came the rains in 1820."),
        split("Work ended.Next came the rains in 1820.", Language.EN));
    // Initials and degrees glued to a name stay.
    assertEquals(List.of("He earned a Ph.D. in 1911 at the college."),
        split("He earned a Ph.D. in 1911 at the college.", Language.EN));
  }

  @Test
  void aLineThatGoesOnInLowerCaseIsJoinedHoweverShort() {
    assertEquals(List.of("The treaty was signed\nin 1842 by both."),
        split("The treaty was signed\nin 1842 by both.", Language.EN));
    // A capitalized next line after a short line without a period stays apart (a heading).
    assertEquals(List.of("Early years", "Farms spread after 1850."),
        split("Early years\nFarms spread after 1850.", Language.EN));
  }

  @Test
  void withoutThePacksOpenersInitialsAreLeftToIcu() {
    // Hebrew has no capitals and no openers list: the rules change nothing there.
    String he = "הם הגיעו ב-1948. אחר כך עזבו.";
    assertEquals(List.of("הם הגיעו ב-1948.", "אחר כך עזבו."), split(he, Language.HE));
  }

  @Test
  void degreesAndDottedPlaceAbbreviationsEndNoSentenceBeforeAName() {
    assertEquals(List.of("He earned a Ph.D. Harvard hired him in 1950."),
        split("He earned a Ph.D. Harvard hired him in 1950.", Language.EN));
    assertEquals(List.of("Her LL.D. Thesis appeared in 1902."),
        split("Her LL.D. Thesis appeared in 1902.", Language.EN));
    assertEquals(List.of("The U.S.S.R. Academy met in 1930."),
        split("The U.S.S.R. Academy met in 1930.", Language.EN));
    // An opener after one still starts a sentence.
    assertEquals(List.of("He took a B.Sc.", "Later he moved in 1931."),
        split("He took a B.Sc. Later he moved in 1931.", Language.EN));
    assertEquals(List.of("She was born in Orvale, N.Y.", "Her family left in 1911."),
        split("She was born in Orvale, N.Y. Her family left in 1911.", Language.EN));
    // An initial after an initial, even one that spells an opener ("A").
    assertEquals(List.of("J. A. Marlow founded the mill in 1840."),
        split("J. A. Marlow founded the mill in 1840.", Language.EN));
  }

  @Test
  void initialsInOtherScriptsAndTitlesInOtherPacks() {
    assertEquals(List.of("המשורר א. ד. כרמלי עלה לארץ ב-1904.", "הוא עבד בחקלאות."),
        split("המשורר א. ד. כרמלי עלה לארץ ב-1904. הוא עבד בחקלאות.", Language.HE));
    // The last letter of an abbreviation written with gershayim is no initial.
    assertEquals(List.of("הם פנו לאו\"ם.", "על אף זאת עזבו."),
        split("הם פנו לאו\"ם. על אף זאת עזבו.", Language.HE));
    assertEquals(List.of("Поэт И. Л. Ветров родился в 1799 году.", "В 1837 году он погиб."),
        split("Поэт И. Л. Ветров родился в 1799 году. В 1837 году он погиб.", Language.fromCode("ru").orElseThrow()));
    assertEquals(List.of("Năm 1975, TS. Lâm Văn Tư về TP. Hải Phòng làm việc."),
        split("Năm 1975, TS. Lâm Văn Tư về TP. Hải Phòng làm việc.", Language.VI));
  }

  @Test
  void anEllipsisEndsASentenceOnlyBeforeAnOpener() {
    assertEquals(List.of("They cited many cases …", "In 1920 the envoy came."),
        split("They cited many cases … In 1920 the envoy came.", Language.EN));
    assertEquals(List.of("Ports named Arlo, Venn... Tarsk and Oberin were shut in 1920."),
        split("Ports named Arlo, Venn... Tarsk and Oberin were shut in 1920.", Language.EN));
    // An ellipsis at a line's end still ends the line.
    assertEquals(List.of("The list went on...", "Tarsk fell in 1921."),
        split("The list went on...\nTarsk fell in 1921.", Language.EN));
  }

  @Test
  void aPromptShowsTheSourcesEllipsisButNotItsOwnCut() {
    org.junit.jupiter.api.Assertions.assertTrue(Ellipses.shown("Ports named Arlo … Tarsk in ___."));
    org.junit.jupiter.api.Assertions.assertTrue(Ellipses.shown("…and then in ___ they left"));
    org.junit.jupiter.api.Assertions.assertTrue(Ellipses.shown("They left in ___..."));
    org.junit.jupiter.api.Assertions.assertTrue(Ellipses.shown("They left [...] in ___."));
    org.junit.jupiter.api.Assertions.assertFalse(Ellipses.shown("… they left in ___, and …"));
    org.junit.jupiter.api.Assertions.assertFalse(Ellipses.shown("They left in ___."));
  }

  @Test
  void aDegreeAbbreviationBetweenAFigureAndItsMinutesEndsNoSentence() {
    // Class 37 (nineteenth review): "52 deg. 30' N." is one position; the sentence goes on.
    for (String pos : List.of("41 deg. 12' N.", "7 d. 45' S.", "118 Deg. 3’ W.", "23 d. 5′ E.",
        "60° 10' N.", "60 deg. N.")) {
      String row = "1861. The brig Sula went down off Tarn Island, " + pos
          + " Nine of her crew were saved.";
      assertEquals(List.of("1861.", "The brig Sula went down off Tarn Island, " + pos,
          "Nine of her crew were saved."), split(row, Language.EN), row);
    }
    String prose = "The whaler lay at 12 deg. 40' S. when the storm broke, and she sank.";
    assertEquals(List.of(prose), split(prose, Language.EN));
    // A year before an initial is no position.
    assertEquals(1, split("In 1862 S. Lorn took the town.", Language.EN).size());
    // A count's noun abbreviated before a new sentence still ends it.
    assertEquals(2, split("The mill paid 40 d. Its owner was a Quaker.", Language.EN).size());
  }
}
