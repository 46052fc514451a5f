package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Lines about a page's revisions are furniture, in every language: on a page comparing two
 * versions, the edit summaries above the first line marker are chrome, never the title nor
 * prose; a forum's edit note is a byline. Pages are made up; the markers are MediaWiki's and
 * phpBB's interface messages.
 */
class RevisionLinesTest {
  private record Case(String lang, String marker, String editNote, String heading,
      String prose) {}

  private static final List<Case> CASES = List.of(
      new Case("en", "Line", "Last edited by millwright on 13 October 2012, edited 1 time in total.",
          "The mill", "The Plimsoll mill burned in 1848 and was rebuilt within three years."),
      new Case("vi", "Dòng", "Sửa lần cuối bởi millwright ngày 13 tháng 10 năm 2012.",
          "Cối xay", "Cối xay Plimsoll cháy năm 1848 và được dựng lại trong ba năm."),
      new Case("he", "שורה", "נערך לאחרונה על ידי millwright ב-13 באוקטובר 2012.",
          "הטחנה", "טחנת פלימסול נשרפה בשנת 1848 ונבנתה מחדש בתוך שלוש שנים."),
      new Case("ru", "Строка", "Последний раз редактировалось millwright 13 октября 2012.",
          "Мельница", "Мельница Плимсолла сгорела в 1848 году и была отстроена за три года."));

  private static final String[] SUMMARIES = {"m added a link to the salt guild",
      "bot: replacing words: granary", "Undid revision 4417 by Saltbarge (talk)", "link fix",
      "n sửa chính tả", "מ הוספת קישור לגילדה"};

  @Test
  void editSummariesAboveAComparisonsFirstLineMarkerAreChrome() {
    Random r = new Random(21);
    for (Case c : CASES) {
      Language lang = Language.fromCode(c.lang()).orElseThrow();
      for (int trial = 0; trial < 10; trial++) {
        int n = 1 + r.nextInt(3);
        StringBuilder header = new StringBuilder();
        for (int k = 0; k < n; k++) {
          header.append(SUMMARIES[r.nextInt(SUMMARIES.length)]).append('\n');
        }
        int line = 1 + r.nextInt(400);
        String text = "Plimsoll mill – versions\n\n" + header + c.marker() + " " + line + ":\n\n"
            + "== " + c.heading() + " ==\n" + c.prose() + "\n";
        Layout l = LayoutClassifier.classify(text, lang, "page.txt");
        for (String s : header.toString().split("\n")) {
          int at = text.indexOf(s);
          assertEquals(LineClass.LINKS, l.classAt(at), c.lang() + ": " + s);
          assertNotEquals(s, l.title());
        }
        assertEquals(LineClass.LINKS, l.classAt(text.indexOf(c.marker() + " " + line)));
        assertEquals(LineClass.PROSE, l.classAt(text.indexOf(c.prose())), text);
      }
    }
  }

  @Test
  void aForumsEditNoteIsABylineAndProseOpeningWithEditedStaysProse() {
    for (Case c : CASES) {
      Language lang = Language.fromCode(c.lang()).orElseThrow();
      String text = "Plimsoll mill\n\n" + c.prose() + "\n\n" + c.editNote() + "\n";
      Layout l = LayoutClassifier.classify(text, lang, "page.txt");
      assertEquals(LineClass.BYLINE, l.classAt(text.indexOf(c.editNote())), c.lang());
      assertEquals(LineClass.PROSE, l.classAt(text.indexOf(c.prose())), c.lang());
    }
    String text = "Plimsoll mill\n\nEdited versions of the mill charter were printed in 1851.\n";
    Layout l = LayoutClassifier.classify(text, Language.EN, "page.txt");
    assertEquals(LineClass.PROSE, l.classAt(text.indexOf("Edited")));
  }
}
