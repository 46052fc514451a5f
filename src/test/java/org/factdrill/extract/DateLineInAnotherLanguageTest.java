package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A date line in another language atop a page (a blog's date stamp): where the page's pack names
 * that language and both write Latin letters, the whole date is read by that language's grammar
 * ("Tuesday, March 8, 2011" atop a Vietnamese page); where no pack reads its month word
 * ("zaterdag 12 mei 1997", "Dienstag, 4. März 1997"), neither its day nor its year is a fact.
 * Both were read as a day count and a bare year. Texts made up.
 */
class DateLineInAnotherLanguageTest {

  private static List<Fact> facts(String text, Language lang) {
    return SharedExtractor.get().extract(new Document("t.txt", text, lang));
  }

  private static final String VI_BODY = "\n\nCây cầu sắt qua sông được khánh thành ngày 3 tháng 4 năm 1911.\n";

  @Test
  void anEnglishDateLineAtopAVietnamesePageIsOneDate() {
    for (String[] c : new String[][] {
        {"Tuesday, March 8, 2011", "March 8, 2011", "2011-03-08"},
        {"Saturday, 8 March 2011", "8 March 2011", "2011-03-08"},
        {"Đăng bởi Hội Sử học on Friday, October 14, 2005", "October 14, 2005", "2005-10-14"}}) {
      List<Fact> fs = facts(c[0] + VI_BODY, Language.VI);
      Fact d = fs.stream().filter(f -> f.text().equals(c[1])).findFirst().orElse(null);
      assertTrue(d != null, fs + "\n" + c[0]);
      assertEquals(c[2], ((Value.Date) d.value()).iso());
      assertFalse(fs.stream().anyMatch(f -> f.kind() == FactKind.NUMBER
          && c[1].contains(f.text())), fs.toString());
      assertTrue(fs.stream().anyMatch(f -> f.text().equals("ngày 3 tháng 4 năm 1911")), fs.toString());
    }
  }

  @Test
  void anEnglishMonthWordWithoutADayOrYearStaysAWordOfTheVietnamesePage() {
    List<Fact> fs = facts("Ông May sinh năm 1890 tại Huế, May 3 lần đỗ kỳ thi.\n", Language.VI);
    assertFalse(fs.stream().anyMatch(f -> f.text().startsWith("May")), fs.toString());
    assertTrue(fs.stream().anyMatch(f -> f.text().equals("năm 1890")), fs.toString());
  }

  @Test
  void aDateLineWhoseMonthNoPackReadsGivesNoFacts() {
    for (String line : List.of("zaterdag 12 mei 1997", "Dienstag, 4. März 1997",
        "4 janv. 1911 - Ngày khai trương bến cảng", "12 listopada 1997")) {
      List<Fact> fs = facts(line + VI_BODY, Language.VI);
      assertEquals(1, fs.size(), fs + "\n" + line);
    }
    List<Fact> en = facts("Dienstag, 4. März 1997\n\nThe iron bridge over the river opened in 1911.\n",
        Language.EN);
    assertEquals(List.of("1911"), en.stream().map(Fact::text).toList());
  }

  @Test
  void aCountOfAUnitBeforeAYearInProseStaysACount() {
    List<Fact> fs = facts("The harbour had 12 cranes in 1997, twice as many as before.\n", Language.EN);
    assertTrue(fs.stream().anyMatch(f -> f.text().equals("12")), fs.toString());
    assertTrue(fs.stream().anyMatch(f -> f.text().equals("1997")), fs.toString());
    List<Fact> heading = facts("Chapter 3 Reconstruction 1865\n\nThe bridge opened in 1911.\n",
        Language.EN);
    assertTrue(heading.stream().anyMatch(f -> f.text().equals("1865")), heading.toString());
  }
}
