package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A Vietnamese "D/M" next to a year, a date word or a holiday is a day and month, not a fraction
 * nor two numbers (class 12 of the eighteenth review): after a comma the year is its own ("12/4,
 * 1865", with or without the day word before), after a word that introduces a day or a time of
 * day, in a bracket after a name, after a holiday's name. A share keeps its noun after it and is
 * still a share. Made-up sentences.
 */
class SlashDayMonthTest {
  private static final Language VI = Language.fromCode("vi").orElseThrow();

  private static boolean has(String text, String iso) {
    return Facts.of(VI, text).stream().anyMatch(f -> f.kind() == FactKind.DATE
        && f.value().json().contains(iso));
  }

  @Test
  void aSlashDayMonthBesideAYearADayWordOrAHolidayIsADate() {
    Random r = new Random(1912);
    for (int n = 0; n < 10; n++) {
      int d = 13 + r.nextInt(15);
      int m = 1 + r.nextInt(12);
      int y = 1800 + r.nextInt(150);
      String dm = d + "/" + m;
      String md = String.format("%02d-%02d", m, d);
      for (String s : List.of("Ngày " + dm + ", " + y + ", quân Quorvex chiếm thành.",
          "Vào " + dm + ", " + y + ", quân Quorvex chiếm thành.",
          dm + ", " + y + " – quân Quorvex chiếm thành.")) {
        assertTrue(has(s + "\n", y + "-" + md), s + " -> " + Facts.describe(VI, s + "\n"));
      }
      for (String s : List.of("Trong tháng " + m + " năm " + y + ", vào đêm " + dm + " quân đội tiến vào thành.",
          "Năm " + y + ", sáng " + dm + ", quân đội rút khỏi thị xã.",
          "Năm " + y + ", từ " + dm + " đến 28/" + m + ", hai bên giao tranh.")) {
        assertTrue(has(s + "\n", md), s + " -> " + Facts.describe(VI, s + "\n"));
      }
      for (String s : List.of("Lễ hội Hoa Quorvex (" + dm + ") thu hút nhiều du khách.",
          "Nhân dịp Quốc khánh 2/9, thành phố treo cờ.")) {
        String want = s.contains("2/9") ? "09-02" : md;
        assertTrue(has(s + "\n", want), s + " -> " + Facts.describe(VI, s + "\n"));
      }
    }
  }

  @Test
  void aShareWithItsNounIsStillAShare() {
    for (String s : List.of("Khoảng 2/3 dân số sống ở nông thôn.", "Tỷ lệ 1/5 số người được hỏi đồng ý.")) {
      assertTrue(Facts.of(VI, s + "\n").stream().noneMatch(f -> f.kind() == FactKind.DATE),
          Facts.describe(VI, s + "\n"));
    }
  }
}
