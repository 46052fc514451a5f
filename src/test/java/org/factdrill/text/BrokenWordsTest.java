package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Words a PDF copy broke in two with a space, told by the document itself. Made-up texts. */
class BrokenWordsTest {
  @Test
  void aPieceThatNeverStandsAloneIsJoinedToTheWordItCompletes() {
    String doc = "The government met in 1920. The govern ment fell in 1921 and the new govern\n"
        + "ment was formed.";
    BrokenWords b = BrokenWords.of(doc, Language.EN);
    assertEquals("The government fell in 1921", b.rejoin("The govern ment fell in 1921"));
    assertEquals("the new government was formed", b.rejoin("the new govern\nment was formed"));
  }

  @Test
  void aPieceThatAlsoStandsAloneOrANameOrAShortJoinStaysApart() {
    String doc = "Every day the army marched; everyday life went on. He went in to the town and"
        + " into the fort. The Smith Jones family met Smithjones. Up on it came upon. Every year"
        + " the day came; the men went to Jones; the report of Smith was read.";
    BrokenWords b = BrokenWords.of(doc, Language.EN);
    for (String s : List.of("Every day the army marched", "He went in to the town",
        "The Smith Jones family", "Up on it came")) {
      assertEquals(s, b.rejoin(s));
    }
  }

  @Test
  void syllableLanguagesAreLeftAlone() {
    String doc = "Chiến tranh bắt đầu. Chiếntranh kết thúc.";
    assertEquals("Chiến tranh bắt đầu", BrokenWords.of(doc, Language.VI)
        .rejoin("Chiến tranh bắt đầu"));
  }

  @Test
  void everyWordBrokenAtRandomInADocumentThatAlsoHasItWholeIsRejoinedAndNothingElseChanges() {
    Random r = new Random(3);
    String[] words = {"revolution", "parliament", "independence", "agreement", "population",
        "settlement", "expedition", "fortress", "monarchy", "treaty"};
    for (int k = 0; k < 300; k++) {
      StringBuilder whole = new StringBuilder();
      StringBuilder broken = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        String w = words[r.nextInt(words.length)];
        whole.append(w).append(i % 4 == 3 ? ". " : " ");
        if (w.length() >= 8 && r.nextInt(3) == 0) {
          int cut = 4 + r.nextInt(w.length() - 6);
          broken.append(w, 0, cut).append(r.nextBoolean() ? " " : "\n").append(w.substring(cut));
        } else {
          broken.append(w);
        }
        broken.append(i % 4 == 3 ? ". " : " ");
      }
      String doc = whole + "\n\n" + broken;
      assertEquals(whole.toString(), BrokenWords.of(doc, Language.EN).rejoin(broken.toString()),
          doc);
    }
  }
}
