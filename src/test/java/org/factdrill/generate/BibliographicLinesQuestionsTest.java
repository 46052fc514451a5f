package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 43 end to end: an issue line under an e-book's header is never asked, and neither is the
 * header's release date; a sentence that names a volume "published in <year>" is asked, its
 * participle no sign of the text's own date. Invented texts.
 */
class BibliographicLinesQuestionsTest {
  private static List<Question> questions(Language lang, String text) {
    Document doc = new Document("a.txt", text, lang);
    return new BankGenerator(SharedExtractor.get(), "test")
        .run(List.of(new SourceText(doc, "0")), GenerateOptions.defaults()).bank().questions();
  }

  @Test
  void anIssueLineAndAnEbooksReleaseDateAreNeverAsked() {
    for (String issue : List.of("Vol. 4, No. 9, Serial No. 31; May 2, 1911.",
        "Volume XII, Number 3; 14 October 1887.", "Issue 58, March 1923.")) {
      String text = "The Free Library eBook of River Towns, by Anna Vell\n\nTitle: River Towns\n\n"
          + "Release Date: June 3, 2011 [EBook #40512]\n\n" + issue + "\n\n"
          + "The river towns of Ardell paid their first common tax in 1702, when the three guilds "
          + "agreed to share the cost of the new stone bridge over the Venn.\n";
      List<Question> qs = questions(Language.EN, text);
      assertFalse(qs.isEmpty(), issue);
      for (Question q : qs) {
        assertFalse(q.prompt().contains("Serial") || q.prompt().contains("Number 3")
            || q.prompt().contains("Issue 58") || q.prompt().contains("Release"), q.prompt());
      }
    }
  }

  @Test
  void aSentenceNamingAVolumePublishedInAYearIsAsked() {
    for (String s : List.of(
        "Anna Vell finished volume 3 of her memoir, published in 1901, in a rented room at Ardell.",
        "The second volume of the Ardell chronicle, first published in 1874 by the guild press, "
            + "was burned in the fire of the next winter.")) {
      String text = "River towns\n\nThe river towns of Ardell paid their first common tax in 1702, "
          + "when the three guilds agreed to share the cost of the new stone bridge. " + s + "\n";
      String year = s.contains("1901") ? "1901" : "1874";
      boolean asked = questions(Language.EN, text).stream()
          .anyMatch(q -> q.prompt().contains(s.substring(0, 30)) && q.answer() != null
              && year.equals(q.answer().text()));
      assertTrue(asked, s);
    }
  }
}
