package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactExtractor;
import org.factdrill.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: a site's contact lines and a table of contents are layout, not prose, and hold no
 * facts; numbered events and sentences with big figures stay prose. Made-up texts only.
 */
class PageFurnitureTest {
  private static LineClass classOf(Document d, String line) {
    int at = d.text().indexOf(line);
    assertTrue(at >= 0, line);
    return d.classAt(at);
  }

  private static Document doc(Language lang, String... lines) {
    return new Document("t.txt", String.join("\n", lines) + "\n", lang);
  }

  @Test
  void aVietnameseSiteHeaderIsContactLinesWithoutFacts() {
    Document d = doc(Language.VI,
        "NHÀ SÁCH BẾN THÀNH",
        "Hotline: (024) 3123 4567 - 0912 345 678",
        "0987 654 321 - 0977 111 222",
        "Địa chỉ: 12 Phố Huế - P.3 - Q.Hai Bà Trưng - Hà Nội",
        "Chi nhánh 2: 88 Lê Lợi - P.7 - Q.5 - TP.HCM",
        "Email: banbiet@vidu.vn - MST: 0101234567",
        "",
        "Cuộc khởi nghĩa bùng nổ vào năm 1418 và kéo dài mười năm, với hàng vạn nghĩa quân "
            + "tham gia ở nhiều vùng.");
    for (String l : List.of("Hotline:", "0987 654", "Địa chỉ:", "Chi nhánh 2:", "Email:")) {
      assertEquals(LineClass.CONTACT, classOf(d, l), l);
    }
    assertEquals(LineClass.PROSE, classOf(d, "Cuộc khởi nghĩa"));
    List<Fact> facts = SharedExtractor.get().extract(d);
    int prose = d.text().indexOf("Cuộc khởi nghĩa");
    assertFalse(facts.isEmpty());
    for (Fact f : facts) {
      assertTrue(f.start() >= prose, "a fact on a contact line: " + f.text());
    }
  }

  @Test
  void anEnglishContactBlockByItsLabelsAndShapes() {
    Document d = doc(Language.EN,
        "Valley History Society",
        "Phone: +1 555 013 2468",
        "Write to info@valley-history.example",
        "",
        "The mill was built in 1832 and employed 140 workers at its height in 1850.");
    assertEquals(LineClass.CONTACT, classOf(d, "Phone:"));
    assertEquals(LineClass.CONTACT, classOf(d, "Write to"));
    assertEquals(LineClass.PROSE, classOf(d, "The mill"));
  }

  @Test
  void sentencesWithBigFiguresDatesOrABranchNumberStayProse() {
    Document d = doc(Language.VI,
        "Chi phí xây dựng là 1.500.000.000 đồng.",
        "",
        "Giờ UTC1907-01-14 15:30:00",
        "",
        "Cơ sở 3 của trường được xây năm 1990.",
        "",
        "Hiệp định được ký ngày 21.07.1954 - 1954 - 1955 là những năm chuyển giao quan trọng, "
            + "khi hai miền tạm chia cắt.");
    assertEquals(LineClass.PROSE, classOf(d, "Chi phí"));
    assertTrue(classOf(d, "Giờ UTC") != LineClass.CONTACT, "a date and a time, no phone");
    assertEquals(LineClass.PROSE, classOf(d, "Cơ sở 3"));
    assertEquals(LineClass.PROSE, classOf(d, "Hiệp định"));
  }

  @Test
  void aTableOfContentsWhoseTitlesComeBackAsHeadingsIsContents() {
    Document d = doc(Language.EN,
        "The Old Canal",
        "",
        "1 Building the canal",
        "2 Trade",
        "2.1 Coal and grain",
        "3 Decline",
        "",
        "Building the canal",
        "",
        "Work began in 1792 and took eleven years, with 3,000 labourers digging the cut.",
        "",
        "Trade",
        "",
        "By 1830 the canal carried 500,000 tons a year.",
        "",
        "Decline",
        "",
        "The railway opened in 1845 and traffic fell by half within ten years.");
    for (String l : List.of("1 Building", "2 Trade", "2.1 Coal", "3 Decline")) {
      assertEquals(LineClass.CONTENTS, classOf(d, l), l);
    }
    for (Fact f : SharedExtractor.get().extract(d)) {
      assertTrue(f.start() > d.text().indexOf("3 Decline"), "a section number read as a fact");
    }
  }

  @Test
  void numberedEntriesUnderAContentsHeadingAreContents() {
    Document d = doc(Language.VI,
        "Mục lục",
        "",
        "  • 1 Bối cảnh",
        "  • 2 Diễn biến",
        "",
        "Bối cảnh",
        "",
        "Năm 1858, liên quân tấn công cửa biển Đà Nẵng.");
    assertEquals(LineClass.CONTENTS, classOf(d, "• 1 Bối"));
    assertEquals(LineClass.CONTENTS, classOf(d, "Mục lục"));
  }

  @Test
  void aNumberedListOfEventsIsNoTableOfContents() {
    Document d = doc(Language.EN,
        "Timeline",
        "",
        "1 The treaty was signed in 1648.",
        "2 The army crossed the river in 1650.",
        "3 The city surrendered in 1652.",
        "",
        "The treaty was signed in 1648.");
    assertTrue(classOf(d, "1 The treaty") != LineClass.CONTENTS);
  }

  @Test
  void clausesBetweenSpacedDashesEndingASentenceAreProseNotAnAddress() {
    String[][] cases = {
        {"vi", "Đóng năm 1805 – bán năm 1806 – đắm năm 1807.",
            "Thủy thủ thoát – chèo vào bờ – trốn đến 1808!",
            "Số 12 Phố Cảng - P.3 - Q.9 - TP.HCM"},
        {"en", "Built in 1805 – sold in 1806 – sank in 1807.",
            "Her crew fled – rowed ashore – hid till 1808!",
            "12 Harbour Rd - Ward 3 - Karvo City"},
        {"he", "הצי הפליג ב-1805 – נלחם ב-1806 – טבע ב-1807.",
            "המלחים ברחו – חתרו לחוף – הסתתרו עד 1808!",
            "רחוב הנמל 12 - קומה 3 - עיר קרבו"}};
    List<String> wrong = new java.util.ArrayList<>();
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      Document d = doc(lang, c[1], "", c[2], "", c[3], "",
          c[1].replace("1805", "1905") + " " + c[2]);
      for (int k = 1; k <= 3; k++) {
        LineClass want = k == 3 ? LineClass.CONTACT : LineClass.PROSE;
        if (classOf(d, c[k].substring(0, 7)) != want) {
          wrong.add(c[0] + ": " + c[k] + " is not " + want);
        }
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void aLineOfTwoDatesBetweenSpacedDashesIsAPeriodNotAnAddress() {
    // An infobox's date row: two full dates, a spaced dash, the same period in ISO form after it.
    String[][] langs = {
        {"en", "January|February|March|April|May|June|July|August|September|October|November|December",
            "%d %s %d"},
        {"he", "בינואר|בפברואר|במרץ|באפריל|במאי|ביוני|ביולי|באוגוסט|בספטמבר|באוקטובר|בנובמבר|בדצמבר",
            "%d %s %d"}};
    java.util.Random r = new java.util.Random(1402);
    List<String> wrong = new java.util.ArrayList<>();
    int checked = 0;
    FactExtractor extractor = SharedExtractor.get();
    for (String[] l : langs) {
      Language lang = Language.fromCode(l[0]).orElseThrow();
      String[] months = l[1].split("\\|");
      for (int k = 0; k < 20; k++) {
        int y1 = 1500 + r.nextInt(480);
        int y2 = y1 + 1 + r.nextInt(12);
        int m1 = 1 + r.nextInt(12);
        int m2 = 1 + r.nextInt(12);
        int d1 = 1 + r.nextInt(28);
        int d2 = 1 + r.nextInt(28);
        String line = "  \u2022 " + String.format(l[2], d1, months[m1 - 1], y1) + (k % 2 == 0 ? " - " : " – ")
            + String.format(l[2], d2, months[m2 - 1], y2)
            + String.format(" (%d-%02d-%02d – %d-%02d-%02d)", y1, m1, d1, y2, m2, d2);
        Document d = doc(lang, "Title", "", "Date", line, "Place");
        String from = String.format("%d-%02d-%02d", y1, m1, d1);
        boolean found = extractor.extract(d).stream()
            .anyMatch(f -> f.value().json().contains(from));
        if (classOf(d, line.strip()) == LineClass.CONTACT || !found) {
          wrong.add(l[0] + ": " + line + " is " + classOf(d, line.strip()) + (found ? "" : ", no date read"));
        }
        checked++;
      }
    }
    assertEquals(40, checked);
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }
}
