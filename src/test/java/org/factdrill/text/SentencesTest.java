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
}
