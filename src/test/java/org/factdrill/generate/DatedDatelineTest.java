package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.DocDate;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A news dateline with its filing date ("CITY, Month D, YYYY – …", "CITY, D.M.YYYY (Agency) – …")
 * opening the article's first paragraph belongs to the page: it is cut from the prompt, and its
 * date is the document's date, however much of a forum's or portal's chrome stands above it.
 * Made-up places, dates, agencies and dashes in English and Vietnamese (capitals tell a place).
 */
class DatedDatelineTest {
  private static final List<String> PLACES = List.of("HARBOURTON", "PORT ELWIN", "NEW ZARNOV, N.C.",
      "ĐỒNG VĂN");
  private static final List<String> DASHES = List.of("-", "–", "—", "--");
  private static final List<String> CHROME = List.of("The latest news from the harbour",
      "User avatar", "Site Admin", "Posts: 2220", "#1 Postby harbourmaster » Fri May 25, 2012 1:56 pm");

  private static String chrome(int k) {
    return String.join("\n", CHROME.subList(0, k)) + (k > 0 ? "\n\n" : "");
  }

  @Test
  void aDatedDatelineIsCutFromThePromptAndDatesTheDocument() {
    int n = 0;
    for (String place : PLACES) {
      for (String dash : DASHES) {
        int day = 3 + n % 25;
        int count = 11 + n;
        String agency = n % 2 == 0 ? "" : " (ZNA)";
        String en = "Zarnov schools\n\n" + chrome(n % 6) + place + ", May " + day + ", 2012" + agency
            + " " + dash + " On {{4 May 1921|date|1921-05-04}}, the council of Zarnov opened {{"
            + count + "|number|" + count + "}} new schools.\n";
        Question q = Fixtures.firstCloze(Language.EN, en, String.valueOf(count));
        assertTrue(q.prompt().startsWith("On 4 May 1921, the council"), q.prompt());
        String vi = "Trường học Zarnov\n\n" + place + ", " + day + "/5/2012" + agency + " " + dash
            + " Ngày {{4 tháng 5 năm 1921|date|1921-05-04}}, hội đồng Zarnov mở {{" + count
            + "|number|" + count + "}} trường học mới.\n";
        Question v = Fixtures.firstCloze(Language.VI, vi, String.valueOf(count));
        assertTrue(v.prompt().startsWith("Ngày 4 tháng 5 năm 1921, hội đồng"), v.prompt());
        String plain = en.replaceAll("\\{\\{([^|}]+)\\|[^}]*\\}\\}", "$1");
        DocDate d = new Document("a.txt", plain, Language.EN).layout().date().orElseThrow();
        assertEquals(List.of(2012, 5, day), List.of(d.year(), d.month(), d.day()), plain);
        n++;
      }
    }
  }

  @Test
  void aDatelineWithoutADateGivesNoDocumentDateFromTheStory() {
    for (String dash : DASHES) {
      String text = "Zarnov schools\n\nHARBOURTON " + dash + " On 4 May 1921, the council of Zarnov "
          + "opened 12 new schools in the old harbour quarter of the town.\n";
      assertTrue(new Document("a.txt", text, Language.EN).layout().date().isEmpty(), text);
    }
  }
}
