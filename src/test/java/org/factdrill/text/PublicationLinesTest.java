package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Class 43: a line made only of a publication's part labels (volume, number, issue, serial, part,
 * edition, page; "Vol.", "No.") with their figures, and maybe a date, is a bibliographic line:
 * layout (a reference), never prose to ask. A sentence that names a volume stays prose. Invented
 * lines in each language.
 */
class PublicationLinesTest {
  private static final String EN_PROSE = "The harbour of Telvo was opened to foreign ships in 1842, "
      + "after the long quarrel between the guilds and the governor had ended.";
  private static final String VI_PROSE = "Cảng Telvo được mở cho tàu nước ngoài vào năm 1842, sau "
      + "cuộc tranh chấp kéo dài giữa các phường hội và viên thống đốc.";
  private static final String HE_PROSE = "נמל טלוו נפתח לספינות זרות בשנת 1842, לאחר הסכסוך "
      + "הארוך בין הגילדות לבין המושל.";
  private static final String RU_PROSE = "Гавань Тельво открыли для иностранных судов в 1842 году, "
      + "после долгого спора между гильдиями и губернатором.";

  private static LineClass classOf(String lang, String prose, String line) {
    String text = "Telvo Gazette\n\n" + prose + "\n\n" + line + "\n\n" + prose + "\n";
    Layout l = LayoutClassifier.classify(text, Language.fromCode(lang).orElseThrow(), "x.txt");
    int at = text.indexOf("\n\n" + line + "\n") + 2;
    for (Block b : l.blocks()) {
      if (b.span().start() <= at && at < b.span().end()) {
        return b.cls();
      }
    }
    throw new AssertionError("no block for " + line);
  }

  @Test
  void anIssueLineOfLabelsFiguresAndADateIsAReference() {
    String[][] cases = {
        {"en", "Vol. 4, No. 9, Serial No. 31; May 2, 1911."},
        {"en", "Volume XII, Number 3; 14 October 1887."},
        {"en", "Vol. 2, No. 7."},
        {"en", "Issue 58, March 1923"},
        {"en", "No. 146; January 5, 1904."},
        {"en", "Part 3, page 214, 1899."},
        {"en", "2nd edition, vol. 1, 1908."},
        {"vi", "Tập 3, Số 12, ngày 5 tháng 4 năm 1931."},
        {"vi", "Số 27, tháng 8 năm 1936"},
        {"vi", "Tập 2, Kỳ 14."},
        {"he", "כרך ד', גיליון 9, 2 במאי 1911."},
        {"he", "כרך 12, חוברת 3"},
        {"he", "גיליון 58, מרץ 1923"},
        {"ru", "Том 4, № 9; 2 мая 1911 г."},
        {"ru", "Вып. 3, Часть 2."},
        {"ru", "Номер 58, март 1923"}};
    for (String[] c : cases) {
      String prose = switch (c[0]) {
        case "vi" -> VI_PROSE;
        case "he" -> HE_PROSE;
        case "ru" -> RU_PROSE;
        default -> EN_PROSE;
      };
      assertEquals(LineClass.REFERENCE, classOf(c[0], prose, c[1]), c[0] + ": " + c[1]);
    }
  }

  @Test
  void aSentenceOrAHeadingThatNamesAVolumeIsNoIssueLine() {
    String[][] cases = {
        {"en", "He finished volume 3 of his memoir, published in 1901, in a rented room."},
        {"en", "Volume 3 of his memoir was published in 1901."},
        {"en", "The second part of the work appeared in 1871, with 40 new pages."},
        {"vi", "Tập 3 của hồi ký được xuất bản năm 1901 tại Huế."},
        {"he", "כרך 3 של זיכרונותיו יצא לאור בשנת 1901."},
        {"ru", "Том 3 его мемуаров вышел в 1901 году."}};
    for (String[] c : cases) {
      String prose = switch (c[0]) {
        case "vi" -> VI_PROSE;
        case "he" -> HE_PROSE;
        case "ru" -> RU_PROSE;
        default -> EN_PROSE;
      };
      assertNotEquals(LineClass.REFERENCE, classOf(c[0], prose, c[1]), c[0] + ": " + c[1]);
    }
    // one labelled figure and no date is a heading ("Part 2"), not a bibliographic line
    assertNotEquals(LineClass.REFERENCE, classOf("en", EN_PROSE, "Part 2"));
  }
}
