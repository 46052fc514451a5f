package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the title is the line that names what the prose is about, never page chrome (a
 * site's name or tagline, a revision-comparison page, a date line, a picture credit). Built from
 * made-up names in each language, so no rule can have been fitted to one page.
 */
class TitlesTest {

  /** A page: chrome lines, then the headline, then prose that keeps naming its topic. */
  private static String page(List<String> top, String headline, String topic, String verb) {
    StringBuilder b = new StringBuilder();
    for (String t : top) {
      b.append(t).append("\n\n");
    }
    b.append(headline).append("\n\n");
    for (int i = 0; i < 3; i++) {
      b.append(topic).append(' ').append(verb).append(" ").append(1900 + i * 7)
          .append(", ").append(topic).append(' ').append(verb).append(' ').append(topic)
          .append(' ').append(verb).append(' ').append(topic).append(' ').append(verb)
          .append(' ').append(topic).append(' ').append(verb).append(".\n\n");
    }
    return b.toString();
  }

  @Test
  void aSiteTaglineAboveTheHeadlineIsNotTheTitle() {
    String[][] cases = {
        {"en", "Quorvex Radio Trusted Voice Of Listeners since 1931", "Zarnov Treaty signed",
            "Zarnov Treaty", "was signed in"},
        {"vi", "Đài Quorvex Tiếng nói tin cậy từ 1931", "Hiệp ước Zarnov được ký",
            "Hiệp ước Zarnov", "được ký năm"},
        {"he", "רדיו קורבקס הקול האמין מאז 1931", "הסכם זרנוב נחתם",
            "הסכם זרנוב", "נחתם בשנת"}};
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      String t = page(List.of(c[1]), c[2], c[3], c[4]);
      assertEquals(c[2], LayoutClassifier.classify(t, lang, "x.txt").title(), c[0]);
    }
  }

  @Test
  void aPageQuotingANameIsAboutThatName() {
    String[][] cases = {
        {"en", "Difference between revisions of “Siege of Marvelo”", "Siege of Marvelo",
            "lasted until"},
        {"vi", "Khác biệt giữa bản sửa đổi của “Trận Marvelo”", "Trận Marvelo", "kéo dài đến"}};
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      String t = page(List.of(), c[1], c[2], c[3]);
      assertEquals(c[2], LayoutClassifier.classify(t, lang, "x.txt").title(), c[0]);
    }
  }

  @Test
  void siteNamesAfterADashAreCut() {
    String t = page(List.of(), "Zarnov Treaty - Wikipedia", "Zarnov Treaty", "was signed in");
    assertEquals("Zarnov Treaty", LayoutClassifier.classify(t, Language.EN, "x.txt").title());
    String u = page(List.of(), "Zarnov Treaty | Office of Plimsoll Archivists", "Zarnov Treaty",
        "was signed in");
    assertEquals("Zarnov Treaty", LayoutClassifier.classify(u, Language.EN, "x.txt").title());
  }

  @Test
  void dateLinesAndPictureCreditsAreNeverTitles() {
    Layout l = LayoutClassifier.classify(page(List.of("zondag 14 april 2013"),
        "Hiệp ước Zarnov được ký", "Hiệp ước Zarnov", "được ký năm"), Language.VI, "x.txt");
    assertEquals("Hiệp ước Zarnov được ký", l.title());
    Layout h = LayoutClassifier.classify(page(List.of(),
        "הסכם זרנוב נחתם, צילם פלוני אלמוני", "הסכם זרנוב", "נחתם בשנת"), Language.HE, "x.txt");
    assertNotEquals("הסכם זרנוב נחתם, צילם פלוני אלמוני", h.title());
    assertFalse(h.titleFromText() && h.title().contains("צילם"));
  }

  @Test
  void aLineInAnotherScriptIsNoHebrewTitle() {
    Layout h = LayoutClassifier.classify(page(List.of("Quorvex Family Pages"),
        "הסכם זרנוב נחתם", "הסכם זרנוב", "נחתם בשנת"), Language.HE, "x.txt");
    assertEquals("הסכם זרנוב נחתם", h.title());
  }

  @Test
  void aShortLineSaidTwiceInARowIsACaption() {
    String t = "Zarnov Treaty\n\nThe old hall in Plimsoll.\nThe old hall in Plimsoll.\n\n"
        + "The Zarnov Treaty was signed in 1907 after a long war between the two kingdoms of the"
        + " northern plain and the southern hills.\n";
    Layout l = LayoutClassifier.classify(t, Language.EN, "x.txt");
    assertEquals(LineClass.CAPTION, l.classAt(t.indexOf("The old hall")));
    assertEquals(LineClass.PROSE, l.classAt(t.indexOf("The Zarnov Treaty was")));
  }

  @Test
  void aCaptionWithoutSentenceMarkSaidTwiceIsACaptionHoweverLong() {
    String cap = "שלושה אנשים לוחצים ידיים על מדשאה גדולה לאחר טקס חתימה ארוך מאוד בעיר הבירה של המדינה, 26 במרץ 1909";
    String t = "הסכם זרנוב\n\n" + cap + "\n" + cap + "\n\nהסכם זרנוב נחתם בשנת 1909 לאחר מלחמה ארוכה בין שתי הממלכות של המישור הצפוני וההרים הדרומיים והביא לשלום ארוך.\n";
    Layout l = LayoutClassifier.classify(t, Language.HE, "x.txt");
    assertEquals(LineClass.CAPTION, l.classAt(t.indexOf(cap)));
    assertEquals(LineClass.CAPTION, l.classAt(t.lastIndexOf(cap)));
  }

  @Test
  void aShortOpenLineAfterALongOneIsNoWrapInACaselessScript() {
    String t = "הסכם זרנוב\n\nהעילה למלחמה הייתה התעצמות צבאית של הממלכה הצפונית והחרפת היחסים בין הממלכות\n"
        + "תאריך סיום 5 בנובמבר 1909\nמקום החתימה העיר זרנוב\n\n"
        + "הסכם זרנוב נחתם בשנת 1909 לאחר מלחמה ארוכה בין שתי הממלכות של המישור הצפוני וההרים הדרומיים והביא לשלום ארוך.\n";
    Layout l = LayoutClassifier.classify(t, Language.HE, "x.txt");
    int row = t.indexOf("תאריך סיום");
    assertFalse(l.blockAt(row).orElseThrow().span().start() < row,
        "the row is a block of its own, not the end of the line before");
  }

  /** Three sentences of made-up prose about {@code topic}, one paragraph each. */
  private static String article(String topic, String verb) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      b.append(topic).append(' ').append(verb).append(' ').append(1900 + i * 7).append(", ")
          .append(topic).append(' ').append(verb).append(' ').append(topic).append(' ')
          .append(verb).append(' ').append(topic).append(' ').append(verb).append(' ')
          .append(topic).append(' ').append(verb).append(".\n\n");
    }
    return b.toString();
  }

  @Test
  void templateFieldsAndFileLinksAreNeverTitles() {
    String[][] cases = {
        {"en", "Difference between revisions", "{{Infobox treaty", "|name = Zarnov Treaty",
            "[[File:Zarnov Treaty hall.jpg|thumb|Zarnov Treaty signing]]", "Zarnov Treaty",
            "was signed in"},
        {"vi", "Khác biệt giữa các bản", "{{Thông tin hiệp ước", "|tên = Hiệp ước Zarnov",
            "[[Tập tin:Hiệp ước Zarnov ký.jpg|nhỏ|Lễ ký Hiệp ước Zarnov]]", "Hiệp ước Zarnov",
            "được ký năm"}};
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      String t = c[1] + "\n\n" + c[2] + "\n" + c[3] + "\n}}\n" + c[4] + "\n'''" + c[5] + "''' "
          + article(c[5], c[6]);
      Layout l = LayoutClassifier.classify(t, lang, "x.txt");
      assertFalse(l.title().contains("=") || l.title().contains("[[") || l.title().contains("|")
          || l.title().contains("{{"), c[0] + ": " + l.title());
      // With no title line, the article's bold lead name is the topic.
      assertEquals(c[5], l.title(), c[0]);
    }
  }

  @Test
  void aNewsHeadlineUnderTheSiteMenuAndAboveItsBylineIsTheTitle() {
    String[][] cases = {
        {"en", "Home\nWorld\nBusiness\nSport\nSign in\nWorld / Europe\nMonday, 3/9/2015",
            "Old Zarnov Treaty papers go on show in the Plimsoll city museum", "Anna Quill\nShare",
            "The Zarnov Treaty papers", "were shown in"},
        {"vi", "Trang chủ\nThế giới\nKinh doanh\nThể thao\nĐăng nhập\nThế giới / Châu Âu\n"
            + "Thứ hai, 3/9/2015", "Giấy tờ Hiệp ước Zarnov được trưng bày ở bảo tàng Plimsoll",
            "Minh Quill\nChia sẻ", "Giấy tờ Hiệp ước Zarnov", "được trưng bày từ năm"}};
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      String t = c[1] + "\n" + c[2] + "\n" + c[3] + "\n" + article(c[4], c[5]).replace("\n\n", "\n");
      assertEquals(c[2], LayoutClassifier.classify(t, lang, "x.txt").title(), c[0]);
    }
  }

  @Test
  void pageButtonsSymbolsAndLongDateLinesAreNoPartOfATitle() {
    String t = "Home Lịch sử Khảo cứu\n\nHiệp ước Zarnov 1907 PDF Print E-mail\nTác giả: Minh Quill\n"
        + "Thứ Sáu, 04 Tháng 6 Năm 2010 10:09\n" + article("Hiệp ước Zarnov", "được ký năm");
    Layout l = LayoutClassifier.classify(t, Language.VI, "x.txt");
    assertEquals("Hiệp ước Zarnov 1907", l.title());
    String u = "✨Zarnov Treaty\n\n" + article("Zarnov Treaty", "was signed in");
    assertEquals("Zarnov Treaty", LayoutClassifier.classify(u, Language.EN, "x.txt").title());
  }

  @Test
  void aPageWhoseOnlyTitleIsInAnotherScriptIsNamedInItsOwn() {
    // he6: an English title line above Hebrew prose names nothing a Hebrew reader is shown.
    String prose = "האמנה נחתמה בעיר הנמל בשנת 1911 לאחר שנתיים של משא ומתן ארוך בין שתי"
        + " הממלכות השכנות, והיא קבעה את הגבול החדש ואת זכויות הדייגים בנהר. שתי הממלכות"
        + " שמרו על האמנה עשרות שנים.";
    String headed = "Treaty of Varnel\n\nאמנת ורנל\n\n" + prose + "\n";
    assertEquals("אמנת ורנל", LayoutClassifier.classify(headed, Language.HE, "x.txt").title());
    String defined = "Treaty of Varnel\n\nאמנת ורנל (באנגלית: Treaty of Varnel) היא הסכם שלום"
        + " שנחתם בעיר הנמל בשנת 1911 לאחר שנתיים של משא ומתן ארוך בין שתי הממלכות השכנות."
        + " האמנה קבעה את הגבול החדש ואת זכויות הדייגים בנהר.\n";
    assertEquals("אמנת ורנל", LayoutClassifier.classify(defined, Language.HE, "x.txt").title());
    String none = "Treaty of Varnel\n\n" + prose + "\n";
    Layout l = LayoutClassifier.classify(none, Language.HE, "x.txt");
    assertFalse(l.titleFromText() && "Treaty of Varnel".equals(l.title()), l.title());
  }
  @Test
  void aNoticeInCapitalsThatTheProseNeverSpeaksOfIsNoTitle() {
    // A site's label or notice set in capitals above a text with no title line of its own.
    String[][] cases = {
        {"en", "The fleet left the harbour of Karvo in 1911 and sailed north along the coast for "
            + "eleven days before the first storm of the winter reached it."},
        {"vi", "Hạm đội rời cảng Karvo năm 1911 và đi về phía bắc dọc bờ biển trong mười một ngày "
            + "trước khi cơn bão đầu tiên của mùa đông ập tới."}};
    String[][] notices = {{"FREE EBOOKS", "READ ONLINE", "NOTICE TO VISITORS"},
        {"SÁCH MIỄN PHÍ", "ĐỌC TRỰC TUYẾN", "THÔNG BÁO CHO BẠN ĐỌC"}};
    for (int k = 0; k < cases.length; k++) {
      Language lang = Language.fromCode(cases[k][0]).orElseThrow();
      for (String notice : notices[k]) {
        String t = notice + "\n\n" + cases[k][1] + "\n\n" + cases[k][1] + "\n";
        assertNotEquals(notice, LayoutClassifier.classify(t, lang, "x.txt").title(), notice);
      }
    }
  }

  @Test
  void aDatelinesPlaceAboveItsDateIsNoTitle() {
    // A news page: the headline, then the dateline's place on a line of its own over the date;
    // the prose speaks of the place, never in the headline's words.
    String[][] cases = {
        {"en", "Night of flames on the waterfront", "Marnov", "March 3, 2015",
            "Marnov", "reported a fire in"},
        {"vi", "Đêm lửa trên bến cảng", "Marnov", "Ngày 3 tháng 3 năm 2015",
            "Marnov", "báo tin vụ cháy năm"},
        {"he", "לילה של להבות על קו המים", "מרנוב", "3 במרץ 2015", "מרנוב", "דיווחה על שריפה בשנת"}};
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      String t = c[1] + "\n\n" + c[2] + "\n" + c[3] + "\n\n" + article(c[4], c[5]);
      assertEquals(c[1], LayoutClassifier.classify(t, lang, "x.txt").title(), c[0]);
    }
  }

  @Test
  void aNumberedListRowIsNeverThePagesTitle() {
    for (String mark : List.of("1. ", "1\u25e6 ", "(1) ", "iv) ")) {
      String t = "Annals/Tome I/Lists\n\n"
          + "The Zarnov kingdom had many kings over its long history.\n\n"
          + mark + "Oldrek the Elder of Zarnov\n\n"
          + "Oldrek the Elder of Zarnov ruled for 40 years, and Oldrek the Elder of Zarnov died in 1214.\n";
      String title = LayoutClassifier.classify(t, Language.EN, "x.txt").title();
      assertNotEquals(mark.strip() + " Oldrek the Elder of Zarnov", title, mark);
      assertFalse(title != null && title.contains("Oldrek"), mark + " -> " + title);
    }
  }
}
