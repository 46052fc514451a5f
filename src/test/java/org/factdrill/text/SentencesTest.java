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
}
