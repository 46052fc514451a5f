package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A day article's rows (vi16c, class 15 and the dev items of the sixteenth review): a row's head
 * glued after its heading's edit link is still the row's year; a Julian-calendar day-month beside
 * the row's date takes no year of the row; an observance's day said to be a holiday's takes none.
 */
class DayArticleRowsTest {
  private static final String[] VI_CLAUSES = {"Quân triều đình đánh bại quân nổi dậy ở phía bắc.",
      "Nhà vua ban chiếu dời đô về thành mới.", "Một đoàn thương nhân lập chợ bên bờ sông.",
      "Hội đồng thành phố họp phiên đầu tiên.", "Trận lụt lớn phá hủy bến cảng phía nam."};
  private static final String[] EDIT_LINKS = {"[sửa | sửa mã nguồn]", "[sửa]", "[ sửa ]"};

  private static String clause(Random r) {
    return VI_CLAUSES[r.nextInt(VI_CLAUSES.length)];
  }

  @Test
  void aRowHeadGluedAfterItsHeadingsEditLinkIsTheRowsYear() {
    Random r = new Random(1603);
    for (int n = 0; n < 200; n++) {
      int a = 10 + r.nextInt(90); // two digits, as the oldest rows of a day article
      int b = 300 + r.nextInt(600);
      int c = b + 1 + r.nextInt(900);
      String text = (1 + r.nextInt(28)) + " tháng " + (1 + r.nextInt(12)) + "\nSự kiện\n"
          + EDIT_LINKS[r.nextInt(EDIT_LINKS.length)] + "- " + a + " – " + clause(r) + "\n- " + b
          + " – " + clause(r) + "\n- " + c + " – " + VI_CLAUSES[0] + "\n"; // one with a verb
      String iso = String.format("\"%04d\"", a);
      List<Fact> facts = Facts.of(Language.VI, text);
      assertTrue(facts.stream().anyMatch(f -> f.kind() == FactKind.DATE
          && f.text().equals(String.valueOf(a)) && f.value().json().equals(iso)),
          text + " -> " + Facts.describe(Language.VI, text));
    }
  }

  @Test
  void aTitleLinesDayAndMonthAreADateWhateverTheNextLineOpensWith() {
    Random r = new Random(1607);
    String[] heads = {"", "Sự kiện ", "Ngày ", "Lịch sử "};
    for (int n = 0; n < 200; n++) {
      int day = 1 + r.nextInt(28);
      int month = 1 + r.nextInt(12);
      int year = 100 + r.nextInt(1900);
      String title = heads[r.nextInt(heads.length)] + day + " tháng " + month;
      String text = title + "\n" + (r.nextBoolean() ? year + " – " + clause(r)
          : "Quân triều đình đánh bại quân nổi dậy năm " + year + ".") + "\n";
      String want = String.format("\"--%02d-%02d\"", month, day);
      List<Fact> facts = Facts.of(Language.VI, text);
      assertTrue(facts.stream().anyMatch(f -> f.value().json().equals(want)),
          text + " -> " + Facts.describe(Language.VI, text));
      assertTrue(facts.stream().noneMatch(f -> f.kind() == FactKind.NUMBER
          && f.start() < title.length()),
          text + " -> " + Facts.describe(Language.VI, text));
    }
  }

  @Test
  void aDurationWrappedAtALineEndStaysACount() {
    String text = "Cuộc vây hãm kéo dài 3 tháng 2\nngày thì quân giữ thành đầu hàng.";
    assertTrue(Facts.of(Language.VI, text).stream().noneMatch(f -> f.kind() == FactKind.DATE),
        Facts.describe(Language.VI, text));
  }

  @Test
  void aBracketThatIsNoEditLinkDoesNotOpenARow() {
    String text = "Sự kiện\n[ghi chú]- 40 – " + VI_CLAUSES[0] + "\n- 1010 – " + VI_CLAUSES[1]
        + "\n- 1618 – " + VI_CLAUSES[2] + "\n";
    assertTrue(Facts.of(Language.VI, text).stream().noneMatch(f -> f.text().equals("40")
        && f.kind() == FactKind.DATE), Facts.describe(Language.VI, text));
  }

  @Test
  void aJulianDayMonthBesideTheRowsDateTakesNoYearOfTheRow() {
    Random r = new Random(1604);
    String[] marks = {"theo lịch Julius", "theo lịch Julian", "theo lịch cũ", "âm lịch"};
    for (int n = 0; n < 200; n++) {
      int year = 1600 + r.nextInt(300);
      int day = 1 + r.nextInt(28);
      int month = 1 + r.nextInt(12);
      String text = "Sự kiện\n- " + (year - 50) + " – " + clause(r) + "\n- " + year + " – "
          + clause(r).replace(".", "") + ", tức " + day + " tháng " + month + " "
          + marks[r.nextInt(marks.length)] + ".\n- " + (year + 40) + " – " + clause(r) + "\n";
      List<Fact> facts = Facts.of(Language.VI, text);
      String yearly = String.format("\"%04d-%02d-%02d\"", year, month, day);
      assertTrue(facts.stream().noneMatch(f -> f.value().json().equals(yearly)),
          text + " -> " + Facts.describe(Language.VI, text));
      assertTrue(facts.stream().anyMatch(f -> f.text().equals(String.valueOf(year))
          && f.kind() == FactKind.DATE), text + " -> " + Facts.describe(Language.VI, text));
    }
  }

  @Test
  void aJulianDayMonthInTheRowsYearIsTheRowsGregorianDay() {
    Random r = new Random(1606);
    for (int n = 0; n < 200; n++) {
      int year = 1583 + r.nextInt(300);
      java.time.LocalDate g = java.time.LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
      // the Julian calendar runs 10 days behind from 1582, 11 from 1700, 12 from 1800
      java.time.LocalDate j = g.minusDays(year < 1700 ? 10 : year < 1800 ? 11 : 12);
      if (j.getYear() != year || j.getMonthValue() == 2 && j.getDayOfMonth() == 29
          || (year == 1700 || year == 1800) && g.getMonthValue() <= 3) {
        continue; // the row's year is the Julian one; leap days and century turns left out
      }
      String text = "Sự kiện\n- " + (year - 50) + " – " + clause(r) + "\n- " + year + " – "
          + clause(r).replace(".", "") + ", tức " + j.getDayOfMonth() + " tháng "
          + j.getMonthValue() + " theo lịch Julius.\n- " + (year + 40) + " – " + clause(r) + "\n";
      String want = "\"" + g + "\"";
      assertTrue(Facts.of(Language.VI, text).stream().anyMatch(f -> f.value().json().equals(want)
          && f.text().contains("tháng")), text + " -> " + Facts.describe(Language.VI, text));
    }
  }

  @Test
  void aGregorianDayMonthInARowStillTakesTheRowsYear() {
    String text = "Năm 1917, hàng vạn người biểu tình ở thủ đô. Ngày 23 tháng 2, quân đội nổi dậy.";
    assertTrue(Facts.of(Language.VI, text).stream().anyMatch(f -> f.value().json()
        .equals("\"1917-02-23\"")), Facts.describe(Language.VI, text));
  }

  @Test
  void aDaySaidToBeAHolidaysDayTakesNoYearOfItsParagraph() {
    Random r = new Random(1605);
    String[] days = {"ngày 8-3", "ngày 8/3", "ngày 8 tháng 3", "8/3"};
    String[] frames = {"Năm %d, hội nghị quyết định lấy %s làm ngày Quốc tế Phụ nữ.",
        "Năm %d, các đại biểu chọn %s là ngày Quốc tế Phụ nữ.",
        "Năm %d, hội nghị quốc tế đề nghị lấy %s, làm ngày Quốc tế Phụ nữ."};
    for (int n = 0; n < 100; n++) {
      int year = 1900 + r.nextInt(100);
      String text = String.format(frames[r.nextInt(frames.length)], year,
          days[r.nextInt(days.length)]);
      assertFalse(Facts.of(Language.VI, text).stream().anyMatch(f -> f.value().json()
          .equals("\"" + year + "-03-08\"")), text + " -> " + Facts.describe(Language.VI, text));
    }
    String en = "In 1910, the conference chose March 8 as International Women's Day.";
    assertFalse(Facts.describe(Language.EN, en).contains("1910-03-08"),
        Facts.describe(Language.EN, en));
  }

  @Test
  void aDayOfAnotherHolidayOrOfAnEventStillTakesTheYear() {
    // The holiday named is not the day's (1 May is not Women's Day), or no holiday is named.
    String other = "Năm 1946, chính phủ lấy ngày 1 tháng 5 làm ngày Quốc tế Phụ nữ.";
    assertTrue(Facts.describe(Language.VI, other).contains("1946-05-01"),
        Facts.describe(Language.VI, other));
    String event = "Năm 1910, ngày 8 tháng 3 là ngày hội nghị khai mạc.";
    assertTrue(Facts.describe(Language.VI, event).contains("1910-03-08"),
        Facts.describe(Language.VI, event));
  }
}
