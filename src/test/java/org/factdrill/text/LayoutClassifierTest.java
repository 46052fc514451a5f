package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutClassifierTest {
  private static LineClass classOf(Layout l, String text, String line) {
    int at = text.indexOf(line);
    assertTrue(at >= 0, line);
    return l.classAt(at);
  }

  @Test
  void encyclopediaPageCopiedAsTextSeparatesProseFromItsLayout() {
    String t = String.join("\n",
        "Siege of Testville",
        "From the encyclopedia",
        "",
        "Date\t3 May 1821 – 9 June 1822",
        "Location\tTestville",
        "Result: Defenders held",
        "",
        "The siege of Testville lasted from 1821 to 1822 and ended when the army withdrew.[1] About "
            + "4,000 soldiers took part.[2][citation needed]",
        "",
        "Cannons on the north wall, drawn in 1830",
        "",
        "Background[edit]",
        "",
        "The town had been fortified in 1790 after a fire destroyed its old walls.",
        "",
        "See also",
        "",
        "Sieges of the period",
        "List of forts",
        "",
        "References",
        "",
        "^ Smith, John (1901). The Sieges. London: Example Press. p. 12.",
        "Brown, A. (1950). \"A later view\". Journal of Tests. 4: 1–9. Retrieved 2 May 2020.");
    Layout l = LayoutClassifier.classify(t, Language.EN, "siege.txt");
    assertEquals("Siege of Testville", l.title());
    assertEquals(LineClass.HEADING, classOf(l, t, "Siege of Testville"));
    assertEquals(LineClass.INFOBOX, classOf(l, t, "Date\t3 May"));
    assertEquals(LineClass.INFOBOX, classOf(l, t, "Location\tTestville"));
    assertEquals(LineClass.INFOBOX, classOf(l, t, "Result: Defenders"));
    assertEquals(LineClass.PROSE, classOf(l, t, "The siege of Testville lasted"));
    assertEquals(LineClass.CAPTION, classOf(l, t, "Cannons on the north wall"));
    assertEquals(LineClass.HEADING, classOf(l, t, "Background[edit]"));
    assertEquals(LineClass.PROSE, classOf(l, t, "The town had been"));
    assertEquals(LineClass.LINKS, classOf(l, t, "Sieges of the period"));
    assertEquals(LineClass.LINKS, classOf(l, t, "List of forts"));
    assertEquals(LineClass.FOOTNOTE, classOf(l, t, "^ Smith"));
    assertEquals(LineClass.REFERENCE, classOf(l, t, "Brown, A."));
    assertEquals(3, l.citationMarks().size(), "[1], [2], [citation needed]");
    assertEquals("[citation needed]", l.citationMarks().get(2).of(t));
    assertTrue(l.headings().stream().anyMatch(b -> b.of(t).startsWith("Background")));
  }

  @Test
  void newsBylineAndDateGiveTheDocumentDate() {
    String t = String.join("\n",
        "Old bridge reopens after repairs",
        "By Jane Roe",
        "Published 12 March 2020, 10:45",
        "",
        "The bridge, built in 1888, was closed for two years while engineers replaced its deck.",
        "",
        "Read more");
    Layout l = LayoutClassifier.classify(t, Language.EN, "news.txt");
    assertEquals("Old bridge reopens after repairs", l.title());
    assertEquals(LineClass.BYLINE, classOf(l, t, "By Jane Roe"));
    assertEquals(LineClass.BYLINE, classOf(l, t, "Published 12"));
    assertEquals(LineClass.PROSE, classOf(l, t, "The bridge"));
    assertEquals("2020-03-12", l.date().orElseThrow().iso());
    assertEquals("published", l.date().orElseThrow().how());
  }

  @Test
  void vietnameseSectionsBylinesAndDates() {
    String t = String.join("\n",
        "Trận Ví Dụ",
        "Cập nhật: 02/09/2020 10:30",
        "",
        "Trận đánh diễn ra từ năm 1950 đến năm 1951 với khoảng 3.000 binh sĩ tham gia.",
        "",
        "Ảnh: Tư liệu",
        "",
        "Tham khảo",
        "",
        "Nguyễn Văn A (1990). Lịch sử ví dụ. Hà Nội: NXB Ví Dụ. tr. 45.");
    Layout l = LayoutClassifier.classify(t, Language.VI, "vd.txt");
    assertEquals("Trận Ví Dụ", l.title());
    assertEquals(LineClass.BYLINE, classOf(l, t, "Cập nhật"));
    assertEquals("2020-09-02", l.date().orElseThrow().iso());
    assertEquals(LineClass.PROSE, classOf(l, t, "Trận đánh diễn ra"));
    assertEquals(LineClass.BYLINE, classOf(l, t, "Ảnh: Tư liệu"));
    assertEquals(LineClass.HEADING, classOf(l, t, "Tham khảo"));
    assertEquals(LineClass.REFERENCE, classOf(l, t, "Nguyễn Văn A"));
  }

  @Test
  void hebrewFootnoteSectionAndMonthWithPrefix() {
    String t = String.join("\n",
        "קרב לדוגמה",
        "פורסם: 5 בספטמבר 2019",
        "",
        "הקרב התרחש בשנת 1948 והשתתפו בו כ-2,000 לוחמים.",
        "",
        "הערות שוליים",
        "",
        "ישראל ישראלי, ספר לדוגמה, הוצאת דוגמה, 1970, עמ' 3.");
    Layout l = LayoutClassifier.classify(t, Language.HE, "he.txt");
    assertEquals("קרב לדוגמה", l.title());
    assertEquals("2019-09-05", l.date().orElseThrow().iso());
    assertEquals(LineClass.PROSE, classOf(l, t, "הקרב התרחש"));
    assertEquals(LineClass.HEADING, classOf(l, t, "הערות שוליים"));
    assertEquals(LineClass.REFERENCE, classOf(l, t, "ישראל ישראלי"));
  }

  @Test
  void aMenuOfShortLinesIsLinksAndSeparatedItemsToo() {
    String t = "Home\nNews\nSport\nHistory\n\nHome | World | Politics | History\n\n"
        + "The treaty was signed in 1648 by the delegates of both sides.";
    Layout l = LayoutClassifier.classify(t, Language.EN, "m.txt");
    assertEquals(LineClass.LINKS, classOf(l, t, "News"));
    assertEquals(LineClass.LINKS, classOf(l, t, "Home | World"));
    assertEquals(LineClass.PROSE, classOf(l, t, "The treaty"));
  }

  @Test
  void aSingleLineOrSentenceIsProse() {
    for (String t : List.of("In 1991 the union fell", "The war ended in 1945.",
        "Casualties: more than 60 million people died in the war, most of them civilians.")) {
      Layout l = LayoutClassifier.classify(t, Language.EN, "x.txt");
      assertEquals(LineClass.PROSE, l.classAt(0), t);
      assertEquals("x", l.title());
      assertFalse(l.date().isPresent(), t);
    }
  }

  @Test
  void hardWrappedParagraphIsOneProseBlockWithOffsetsIntoTheText() {
    String t = "The congress met in the spring of 1848 and, after long debates about\n"
        + "the constitution, adjourned in the autumn without an agreement.\n\nNext paragraph here.";
    Layout l = LayoutClassifier.classify(t, Language.EN, "w.txt");
    Block first = l.blocks().get(0);
    assertEquals(LineClass.PROSE, first.cls());
    assertEquals(0, first.span().start());
    assertTrue(first.of(t).endsWith("agreement."));
    assertEquals(2, l.blocks().size());
    for (Block b : l.blocks()) {
      assertEquals(b.span().start(), b.origin());
    }
  }

  @Test
  void aDateInAnInfoboxRowIsWhatItsLabelNamesNotThePagesDate() {
    // Made-up pages: an infobox's rows ("Label: value", "Label | value") around a dated row.
    for (String sep : List.of(": ", " | ", "\t")) {
      String en = String.join("\n", "Treaty of Ulmen", "", "Signatories" + sep + "Ulmen and Torre",
          "Signed" + sep + "12 May 1791", "Location" + sep + "Ulmen", "",
          "The Treaty of Ulmen ended a long quarrel over the river tolls between the two towns.");
      assertTrue(LayoutClassifier.classify(en, Language.EN, "u.txt").date().isEmpty(), en);
      String vi = String.join("\n", "Nguyễn Văn Ví", "", "Tên thật" + sep + "Nguyễn Văn Dụ",
          "Ngày sinh" + sep + "26 tháng 12 năm 1867", "Quê quán" + sep + "Nghệ An", "",
          "Ông là một nhà nho yêu nước, đã lập ra nhiều hội kín trong những năm đầu thế kỷ.");
      assertTrue(LayoutClassifier.classify(vi, Language.VI, "v.txt").date().isEmpty(), vi);
    }
    // The page's own date keeps its published word among rows, and a byline of a name and a
    // date with no rows around it stays the page's date.
    String published = String.join("\n", "Treaty of Ulmen", "", "Signed: 12 May 1791",
        "Updated: 3 March 2020", "Location: Ulmen", "",
        "The Treaty of Ulmen ended a long quarrel over the river tolls between the two towns.");
    assertEquals("2020-03-03", LayoutClassifier.classify(published, Language.EN, "p.txt").date()
        .orElseThrow().iso());
    String byline = String.join("\n", "Old bridge reopens", "", "Jane Roe | 3 March 2020", "",
        "The bridge, built in 1888, was closed for two years while engineers replaced its deck.");
    assertEquals("2020-03-03", LayoutClassifier.classify(byline, Language.EN, "b.txt").date()
        .orElseThrow().iso());
  }

  @Test
  void aYearInTheTitleIsTheDateWhenNothingElseIs() {
    String t = "The Revolution of 1830\n\nIt began in July and lasted three days of fighting.";
    Layout l = LayoutClassifier.classify(t, Language.EN, "r.txt");
    assertEquals("1830", l.date().orElseThrow().iso());
    assertEquals("title", l.date().orElseThrow().how());
  }

  @Test
  void aLongOpenLineAmongInfoboxRowsIsARowAndSeriesLinksAreNavigation() {
    // A made-up page in the shape of a Hebrew encyclopedia page pasted as text.
    String row = "סיבת המרד העלאת המסים על הכורים והחרפת היחסים בין בעלי המכרות לפועלים, לרבות"
        + " פיטורי מאות פועלים; סגירת המכרה הצפוני והלאמת מסילת הברזל בידי המושל";
    String t = String.join("\n",
        "ערך מומלץ",
        "",
        "מרד הכורים",
        "",
        "תאריך תחילת המרד 3 ביוני 1877",
        row,
        "תאריך סיום המרד 12 ביולי 1877",
        "→ 1876",
        "1878 ←",
        "",
        "מרד הכורים היה מרד של פועלי המכרות בעמק הדמה. הוא פרץ בקיץ 1877 ונמשך כשישה שבועות,"
            + " עד שהמושל נענה לחלק מדרישות הפועלים.",
        "",
        "רקע כללי",
        "",
        "המכרות בעמק נפתחו בראשית המאה, ועבדו בהם אלפי פועלים מכל רחבי המחוז.");
    Layout l = LayoutClassifier.classify(t, Language.HE, "m.txt");
    assertEquals(LineClass.INFOBOX, classOf(l, t, row));
    assertEquals(LineClass.LINKS, classOf(l, t, "→ 1876"));
    assertEquals(LineClass.LINKS, classOf(l, t, "1878 ←"));
    assertEquals(LineClass.PROSE, classOf(l, t, "מרד הכורים היה"));
    assertEquals("מרד הכורים", l.title());
    assertTrue(l.date().isEmpty(), "a link to the next year's page is no dateline");
  }

  @Test
  void shortLinesEachHoldingAYearAreListRowsInEveryLanguage() {
    // he6: a family's years and towns, one a line, ended with full stops or not; made-up names.
    String[][] cases = {
        {"he", "משפחת קורן היא משפחה של סוחרים שפעלה במזרח אירופה במשך כמאתיים שנה ובניה נפוצו לערים רבות.",
            "1795 – זלבין, פלך מרנוב.", "1820 – קובלה שליד הנהר.", "1848 – טרנוב, בירת המחוז."},
        {"en", "The Koren family were merchants who traded across eastern Europe for two hundred years and spread to many towns.",
            "1795 – Zelbin, Marnov province.", "1820 – Kovla by the river.", "Tarnov, the district capital, 1848"},
        {"vi", "Dòng họ Koren là những thương nhân buôn bán khắp Đông Âu suốt hai trăm năm và tỏa đi nhiều thị trấn.",
            "1795 – Zelbin, tỉnh Marnov.", "1820 – Kovla bên sông.", "1848 – Tarnov, thủ phủ."}};
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      String text = c[1] + "\n\n" + c[2] + "\n" + c[3] + "\n\n" + c[4] + "\n";
      Layout l = LayoutClassifier.classify(text, lang, "x.txt");
      for (int k = 2; k <= 4; k++) {
        assertEquals(LineClass.LIST, l.classAt(text.indexOf(c[k])), c[0] + ": " + c[k]);
      }
      assertEquals(LineClass.PROSE, l.classAt(0), c[0]);
    }
    // Two short paragraphs with a year that do not open or end with it are prose.
    String prose = "The treaty was signed in 1911.\n\nThe border moved north in 1912.\n";
    Layout l = LayoutClassifier.classify(prose, Language.EN, "x.txt");
    assertEquals(LineClass.PROSE, l.classAt(prose.indexOf("The border")));
  }
}
