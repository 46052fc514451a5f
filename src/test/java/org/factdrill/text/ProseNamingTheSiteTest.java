package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A prose paragraph that names the site it stands on is prose, not a list of links. */
class ProseNamingTheSiteTest {
  private static LineClass classOf(String t, Language lang, String line) {
    Layout l = LayoutClassifier.classify(t, lang, "page.txt");
    return l.classAt(t.indexOf(line));
  }

  private static String page(String title, String intro, String paragraph) {
    return String.join("\n", title, "", intro, "", paragraph);
  }

  @Test
  void aHebrewParagraphOfRanksNamingTheWikiCutAtItsEndIsProse() {
    String p = "בשנת 2019 עמדה ויקיפדיה הגאורגית במקום ה-41 בעולם במספר הערכים (כ-150 אלף)[4]. "
        + "במספר העורכים הפעילים היא דורגה אחרי המיזם בשפה הארמנית ולפני";
    String t = page("ויקיפדיה הגאורגית", "המיזם הושק בשנת 2004 והוא פועל מאז בידי מתנדבים.", p);
    assertEquals(LineClass.PROSE, classOf(t, Language.HE, p));
  }

  @Test
  void anEnglishParagraphOfRanksNamingTheWikiIsProseWithOrWithoutAYear() {
    String p = "The Basque Wikipedia ranked 32nd in the world by number of articles, with about "
        + "410,000 entries. By active editors it came 45th, behind the Welsh edition and ahead of";
    String t = page("Basque Wikipedia", "The project was launched by volunteers in a small town.", p);
    assertEquals(LineClass.PROSE, classOf(t, Language.EN, p));
  }

  @Test
  void aVietnameseParagraphOfRanksNamingTheWikiIsProse() {
    String p = "Năm 2021, Wikipedia tiếng Tagalog đứng thứ 58 trên thế giới về số bài viết, với "
        + "khoảng 45 nghìn bài! Về số người sửa đổi, nó xếp sau phiên bản tiếng Mã Lai và trước";
    String t = page("Wikipedia tiếng Tagalog", "Dự án do các tình nguyện viên lập ra ở Manila.", p);
    assertEquals(LineClass.PROSE, classOf(t, Language.VI, p));
  }

  @Test
  void aLongTaglineOrEditLineWithoutASentenceStaysChrome() {
    String l1 = "From Wikipedia, the free encyclopedia that anyone can edit, in 340 languages and more";
    String l2 = "Wikipedia Home Random page Recent changes Contact us Donate Help About Log in Talk";
    String t = String.join("\n", "Battle of Somewhere", l1, "",
        "The battle was fought in 1720 between two small armies near the river.", "", l2, "",
        "Another paragraph of prose ends here with a sentence mark.");
    assertNotEquals(LineClass.PROSE, classOf(t, Language.EN, l1));
    assertNotEquals(LineClass.PROSE, classOf(t, Language.EN, l2));
  }
}
