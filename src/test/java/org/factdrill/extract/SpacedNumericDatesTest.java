package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A numeric day-month-year date typed with spaces around its separators ("15 - 3 - 1945", "05 /
 * 06 / 1946"), as in typed legal texts, is one date (vi17a, class 14 of the seventeenth review).
 * Random dates, each separator; controls: a score or range of two numbers, separators that differ.
 */
class SpacedNumericDatesTest {
  private static final Language VI = Language.fromCode("vi").orElseThrow();
  private static final String[] SEPS = {"-", "/", ".", "–"};

  @Test
  void aDayMonthYearWithSpacedSeparatorsIsADate() {
    Random r = new Random(1716);
    for (int n = 0; n < 120; n++) {
      LocalDate d = LocalDate.of(1800, 1, 1).plusDays(r.nextInt(80_000));
      String sep = " " + SEPS[n % SEPS.length] + " ";
      String day = n % 3 == 0 ? String.format("%02d", d.getDayOfMonth()) : "" + d.getDayOfMonth();
      String month = n % 2 == 0 ? String.format("%02d", d.getMonthValue()) : "" + d.getMonthValue();
      String text = "Văn bản được ký tại Alvira ngày " + day + sep + month + sep + d.getYear()
          + " giữa Quorvex và Velmora.";
      List<Fact> facts = Facts.of(VI, text);
      String want = "\"" + d + "\"";
      assertTrue(facts.stream().anyMatch(f -> f.value().json().equals(want)),
          text + " -> " + Facts.describe(VI, text));
    }
  }

  @Test
  void twoNumbersOrMixedSeparatorsAreNoDate() {
    List<Fact> score = Facts.of(VI, "Năm 1885, trận Alvira kết thúc với tỉ số 15 - 3 cho Quorvex.");
    assertFalse(score.stream().anyMatch(f -> f.value().json().startsWith("\"1885-")), score.toString());
    List<Fact> mixed = Facts.of(VI, "Mã hồ sơ Alvira là 12 - 3 / 1885 theo sổ của Quorvex.");
    assertFalse(mixed.stream().anyMatch(f -> f.value().json().equals("\"1885-03-12\"")), mixed.toString());
  }
}
