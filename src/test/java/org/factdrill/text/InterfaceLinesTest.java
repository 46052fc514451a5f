package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A pasted page opens with its site's interface (skip links, menus, "Log in") and shows pictures
 * with a marker and a caption; none of them is the page's title, in any language, with or
 * without blank lines between the lines, whatever order the menu takes. The headline here is
 * not repeated by the prose, so no recurrence score can rescue it: the interface lines must be
 * known as such. Pages are made up; the interface phrases are MediaWiki's.
 */
class InterfaceLinesTest {
  private record Case(String lang, List<String> ui, String headline, String prose) {}

  private static final List<Case> CASES = List.of(
      new Case("en", List.of("Jump to content", "Main menu", "Search", "Log in", "Create account",
          "Personal tools", "Jump to navigation Jump to search"),
          "Night of the harbour storm",
          "In 1911 a great gale struck the northern coast, and some 40 fishing boats sank. The "
              + "damage was put at 300 thousand pounds, and the town was rebuilt within three years."),
      new Case("vi", List.of("Bước tới nội dung", "Trình đơn chính", "Tìm kiếm", "Đăng nhập",
          "Mở tài khoản", "Công cụ cá nhân", "Bước tới điều hướng Bước tới tìm kiếm"),
          "Đêm bão ở bến cảng",
          "Năm 1911, một cơn bão lớn đổ bộ vào bờ biển phía bắc, khoảng 40 chiếc thuyền đánh cá bị "
              + "chìm. Thiệt hại ước tính 300 nghìn bảng, và thị trấn được xây dựng lại trong ba năm."),
      new Case("he", List.of("קפיצה לתוכן", "תפריט ראשי", "חיפוש", "כניסה לחשבון", "יצירת חשבון",
          "כלים אישיים", "קפיצה לניווט קפיצה לחיפוש"),
          "ליל הסערה בנמל",
          "בשנת 1911 פרצה סערה גדולה בחוף הצפוני, ובה טבעו כ-40 ספינות דייגים. הנזק הוערך ב-300 "
              + "אלף לירות, והעיר נבנתה מחדש בתוך שלוש שנים."),
      new Case("ru", List.of("Перейти к содержанию", "Главное меню", "Поиск", "Войти",
          "Создать учётную запись", "Персональные инструменты",
          "Перейти к навигации Перейти к поиску"),
          "Ночь бури в гавани",
          "В 1911 году сильный шторм обрушился на северное побережье, и затонули около 40 "
              + "рыбацких лодок. Ущерб оценили в 300 тысяч фунтов, а город отстроили за три года."));

  @Test
  void interfaceLinesAboveTheArticleAreNeverItsTitle() {
    Random r = new Random(9);
    for (Case c : CASES) {
      Language lang = Language.fromCode(c.lang()).orElseThrow();
      for (int trial = 0; trial < 12; trial++) {
        List<String> top = new ArrayList<>(c.ui());
        Collections.shuffle(top, r);
        int at = r.nextInt(top.size() + 1);
        List<String> lines = new ArrayList<>(top.subList(0, at));
        lines.add(c.headline());
        lines.addAll(top.subList(at, top.size()));
        String sep = r.nextBoolean() ? "\n" : "\n\n";
        String text = String.join(sep, lines) + sep + c.prose() + "\n";
        Layout l = LayoutClassifier.classify(text, lang, "page.txt");
        assertEquals(c.headline(), l.title(), c.lang() + ":\n" + text);
        for (String ui : c.ui()) {
          assertEquals(LineClass.LINKS, l.classAt(text.indexOf(ui)), ui);
        }
      }
    }
  }

  @Test
  void aLineBesideAPicturesMarkerIsItsCaptionNotTheTitle() {
    String[][] cases = {
        {"en", "Fishermen mourn their dead", "The fishing boats sunk on the northern coast after the gale",
            "Enlarge", "In 1911 a great gale struck the northern coast, and some 40 fishing boats "
            + "sank. The fishing town on the northern coast was rebuilt within three years after the gale."},
        {"vi", "Ngư dân tưởng niệm người đã khuất", "Những chiếc thuyền đánh cá bị chìm ở bờ biển phía bắc",
            "Phóng lớn", "Năm 1911, một cơn bão lớn đổ bộ vào bờ biển phía bắc, khoảng 40 chiếc "
            + "thuyền đánh cá bị chìm ở bờ biển phía bắc trong cơn bão."},
        {"he", "הדייגים מתאבלים על מתיהם", "ספינות הדייגים שטבעו בחוף הצפוני אחרי הסערה",
            "הגדלה", "בשנת 1911 פרצה סערה גדולה בחוף הצפוני, ובה טבעו כ-40 ספינות דייגים בחוף "
            + "הצפוני אחרי הסערה."}};
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      for (boolean markerFirst : new boolean[] {false, true}) {
        String text = c[1] + "\n\n" + (markerFirst ? c[3] + "\n" + c[2] : c[2] + "\n" + c[3])
            + "\n\n" + c[4] + "\n";
        Layout l = LayoutClassifier.classify(text, lang, "page.txt");
        assertNotEquals(c[2], l.title(), c[0]);
        assertEquals(LineClass.CAPTION, l.classAt(text.indexOf(c[2])), c[0]);
        assertEquals(LineClass.PROSE, l.classAt(text.indexOf(c[4])), c[0]);
      }
    }
  }

  @Test
  void aHeadlineHoldingAnInterfaceWordAmongOthersStaysAHeadline() {
    LayoutWords w = LayoutWords.of(Language.EN);
    assertTrue(w.uiPhrases("Jump to navigation Jump to search") == 2);
    assertEquals(0, w.uiPhrases("Search for the lost fleet"));
    assertEquals(0, w.uiPhrases("Read the treaty of Zelbin"));
    String text = "Search for the lost fleet\n\nIn 1911 a great gale struck the northern coast, and "
        + "some 40 fishing boats sank while the search for the lost fleet went on for weeks.\n";
    assertEquals("Search for the lost fleet",
        LayoutClassifier.classify(text, Language.EN, "x.txt").title());
  }
}
