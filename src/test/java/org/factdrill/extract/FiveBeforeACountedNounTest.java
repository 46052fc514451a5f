package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Vietnamese "năm" is five and year: before a counted noun or a unit of time, with no figure after
 * it and no figure, vague marker or distributive before it, it is the numeral five ("năm ngày",
 * "năm người", "năm sư đoàn"); "năm học 1961", "những năm tháng", "25 năm ngày …" keep it the
 * noun. Sentences made up.
 */
class FiveBeforeACountedNounTest {
  private static final Language VI = Language.fromCode("vi").orElseThrow();

  private static List<Fact> numbers(String text) {
    return Facts.of(VI, text).stream().filter(f -> f.kind() == FactKind.NUMBER).toList();
  }

  @Test
  void fiveBeforeACountedNounIsAFigure() {
    for (String s : List.of(
        "Năm 1874, quân Quorvex vây thành Alvira trong năm ngày.",
        "Sau năm tuần giao tranh, thành Velmora thất thủ.",
        "Tướng Tarsin đem năm sư đoàn vượt sông Alvira.",
        "Có năm người bị bắt, trong đó có viên quan giữ thành.",
        "Quân Quorvex mất năm chiếc tàu ở cửa biển Alvira năm 1881.",
        "Năm ngày sau, quân Velmora rút khỏi thành.")) {
      List<Fact> f = numbers(s);
      assertEquals(1, f.size(), s + " " + f);
      assertEquals("năm", f.get(0).text().toLowerCase(), s);
    }
  }

  @Test
  void yearBeforeANounStaysTheNoun() {
    for (String s : List.of(
        "Trường Alvira khai giảng năm học 1961 với nhiều thầy mới.",
        "Ông nhớ mãi những năm tháng ở thành Velmora.",
        "Lễ kỷ niệm 25 năm ngày thành lập thành Velmora diễn ra long trọng.",
        "Mỗi năm người Quorvex mở hội ở Alvira.")) {
      assertTrue(numbers(s).stream().noneMatch(x -> x.text().equalsIgnoreCase("năm")),
          s + " " + numbers(s));
    }
  }
}
