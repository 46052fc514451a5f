package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A day and month written without a year takes the year stated before it in its paragraph, but
 * not a year that starts or ends a span ("từ năm 1930", "since 1930", "until 1935", across a
 * qualifier: "từ đầu năm 1930"), nor the document's own date (a dateline, a post's date line):
 * then it stays yearless. The day of an observance the text names takes no year from the
 * document's date. Sentences and places are made up; the years are drawn at random.
 */
class OpenSpanYearCarryTest {
  private static final Language EN = Language.fromCode("en").orElseThrow();
  private static final Language VI = Language.fromCode("vi").orElseThrow();

  @Test
  void aDayAfterAYearThatStartsOrEndsASpanStaysYearless() {
    Random r = new Random(1601);
    List<String> viLeads = List.of("Từ năm {Y}", "Kể từ năm {Y}", "Từ đầu năm {Y}",
        "Bắt đầu từ năm {Y}", "Cho đến năm {Y}", "Từ {Y}");
    List<String> enLeads = List.of("Since {Y}", "From {Y} on", "Until {Y}", "Since early {Y}");
    for (int n = 0; n < 120; n++) {
      int y = 1700 + r.nextInt(300);
      int day = 1 + r.nextInt(28);
      int month = 1 + r.nextInt(12);
      String lead = viLeads.get(n % viLeads.size()).replace("{Y}", String.valueOf(y));
      String dm = "ngày " + day + " tháng " + month;
      String vi = lead + ", hội Tessaly họp mỗi mùa tại Alvira. Vào " + dm
          + ", hội bầu ra ban chấp hành mới gồm mười hai người.";
      assertEquals(String.format("--%02d-%02d", month, day), Facts.valueOf(Facts.of(VI, vi), dm), vi);
      String en = enLeads.get(n % enLeads.size()).replace("{Y}", String.valueOf(y))
          + " the Tessaly league met in the hall of Alvira. On " + day + " "
          + List.of("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December").get(month - 1)
          + " the league elected a new council of twelve members.";
      String enDay = en.substring(en.indexOf("On ") + 3, en.indexOf(" the league elected"));
      assertEquals(String.format("--%02d-%02d", month, day), Facts.valueOf(Facts.of(EN, en), enDay),
          en);
    }
  }

  @Test
  void aDayAfterAYearThatDatesAnEventTakesItsYear() {
    Random r = new Random(1602);
    for (int n = 0; n < 60; n++) {
      int y = 1700 + r.nextInt(300);
      int day = 1 + r.nextInt(28);
      int month = 1 + r.nextInt(12);
      String dm = "ngày " + day + " tháng " + month;
      String vi = "Năm " + y + ", hội Tessaly dời về Alvira. Vào " + dm
          + ", hội bầu ra ban chấp hành mới gồm mười hai người.";
      assertEquals(String.format("%04d-%02d-%02d", y, month, day), Facts.valueOf(Facts.of(VI, vi), dm),
          vi);
    }
    // A full date that ends a span names its day: the day after it is in its year.
    String full = "Lửa cháy cho đến ngày 24 tháng 10 năm 1873. Đến ngày 26 tháng 10, lửa mới tắt.";
    assertEquals("1873-10-26", Facts.valueOf(Facts.of(VI, full), "ngày 26 tháng 10"), full);
  }

  @Test
  void theDocumentsOwnDateGivesNoYearByCarry() {
    Random r = new Random(1603);
    for (int n = 0; n < 60; n++) {
      int y = 1950 + r.nextInt(70);
      int docMonth = 1 + r.nextInt(11);
      int laterMonth = docMonth + 1 + r.nextInt(12 - docMonth);
      String dm = "ngày 3 tháng " + laterMonth;
      // The date line and the body share a paragraph (no blank line between them).
      String text = "BỘ NGOẠI GIAO PLIMSOLL\nNgày 20 tháng " + docMonth + " năm " + y + "\n"
          + "Chúng tôi chúc mừng nhân dân Quorvex nhân " + dm + " sắp tới.\n";
      assertEquals(String.format("--%02d-03", laterMonth), Facts.valueOf(Facts.of(VI, text), dm),
          text);
    }
  }

  @Test
  void anObservancesDayTakesNoYearFromTheDocumentsDate() {
    for (int y = 1980; y < 2030; y += 7) {
      String text = "BỘ NGOẠI GIAO PLIMSOLL\nNgày 5 tháng 9 năm " + y + "\n\n"
          + "Nhân dân Việt Nam kỷ niệm Quốc khánh vào ngày 2 tháng 9 với nhiều hoạt động.\n\n"
          + "Đoàn đại biểu đã tới Quorvex vào ngày 1 tháng 9 và gặp 20 sinh viên.\n";
      List<Fact> facts = Facts.of(VI, text);
      assertEquals("--09-02", Facts.valueOf(facts, "ngày 2 tháng 9"), text);
      assertEquals(y + "-09-01", Facts.valueOf(facts, "ngày 1 tháng 9"), text);
    }
  }
}
