package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.AnswerValue;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A year article (a page whose title is a year, alone or with its place or field) gives its year
 * to a day-month its prose writes without one, unless the paragraph states another year before
 * it; a title that names something else by a year does not. Invented pages in en, vi and he,
 * generated over several years.
 */
class YearArticleTest {
  private static final List<Integer> YEARS = List.of(1871, 1926, 1949, 1983, 2004);

  private record Page(Language lang, List<String> titles, String dayMonth, String prose,
      String otherYearProse) {}

  private static final List<Page> PAGES = List.of(
      new Page(Language.EN, List.of("%d", "%d in Norland", "%d in the Arlo valley"),
          "12 May", "The new bridge over the Arlo river was opened on 12 May before a large crowd.",
          "The old ferry of Arlo had stopped in %d. The new bridge over the Arlo river was "
              + "opened on 12 May before a large crowd."),
      new Page(Language.VI, List.of("Năm %d", "%d tại Norland", "Năm %d ở thung lũng Arlo"),
          "Ngày 12 tháng 5", "Ngày 12 tháng 5, cây cầu mới bắc qua sông Arlo được khánh thành trước "
              + "đông đảo người dân.",
          "Năm %d, bến phà cũ của Arlo ngừng hoạt động. Ngày 12 tháng 5, cây cầu mới bắc qua "
              + "sông Arlo được khánh thành trước đông đảo người dân."),
      new Page(Language.HE, List.of("%d", "שנת %d", "%d בנורלנד"),
          "12 במאי", "הגשר החדש על נהר ארלו נחנך ב-12 במאי בטקס רב משתתפים.",
          "המעבורת הישנה של ארלו הופסקה ב-%d. הגשר החדש על נהר ארלו נחנך ב-12 במאי בטקס רב "
              + "משתתפים."));

  private static String page(String title, String prose) {
    return title + "\n\n" + prose + "\n";
  }

  private static List<String> isos(Language lang, String text, String answer) {
    return Fixtures.asking(Fixtures.extracted(lang, text), answer).stream()
        .map(q -> ((AnswerValue.Date) q.answer().value()).iso()).distinct().toList();
  }

  @Test
  void aYearArticlesTitleDatesTheDayMonthsOfItsProse() {
    for (Page p : PAGES) {
      for (int year : YEARS) {
        for (String title : p.titles()) {
          String text = page(String.format(title, year), p.prose());
          assertEquals(List.of(year + "-05-12"), isos(p.lang(), text, p.dayMonth()), text);
          assertTrue(Fixtures.asking(Fixtures.extracted(p.lang(), text), p.dayMonth()).stream()
              .allMatch(q -> q.prompt().contains("(" + year + ")")), text);
        }
      }
    }
  }

  @Test
  void aYearTheParagraphStatesBeforeTheDayMonthHolds() {
    for (Page p : PAGES) {
      for (int year : YEARS) {
        String text = page(String.format(p.titles().get(1), year),
            String.format(p.otherYearProse(), year - 3));
        assertEquals(List.of((year - 3) + "-05-12"), isos(p.lang(), text, p.dayMonth()), text);
      }
    }
  }

  @Test
  void aTitleNamingSomethingElseByAYearDatesNothing() {
    for (int year : YEARS) {
      for (String title : List.of("The Arlo bridge of %d", "%d elections in Norland")) {
        String text = page(String.format(title, year), PAGES.get(0).prose());
        assertTrue(isos(Language.EN, text, "12 May").isEmpty(), text);
      }
    }
  }

  @Test
  void theTitleShapesOfAYearArticle() {
    assertEquals(1949, YearArticles.year("1949", Language.EN));
    assertEquals(1949, YearArticles.year("1949 in science", Language.EN));
    assertEquals(1949, YearArticles.year("Năm 1949 tại Việt Nam", Language.VI));
    assertEquals(1949, YearArticles.year("שנת 1949", Language.HE));
    assertEquals(1949, YearArticles.year("1949 ביפן", Language.HE));
    assertEquals(-1, YearArticles.year("The war of 1949", Language.EN));
    assertEquals(-1, YearArticles.year("1949 elections", Language.EN));
    assertEquals(-1, YearArticles.year("1949–1952", Language.EN));
    assertEquals(-1, YearArticles.year("הבחירות של 1949", Language.HE));
    assertFalse(YearArticles.year(null, Language.VI) > 0);
  }
}
