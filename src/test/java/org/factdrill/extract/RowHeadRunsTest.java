package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Rows of a chronology "- YEAR – text" (vi17a): the dash opening a row is its list marker, never
 * a minus sign of the year nor the dash of a range joining the line above ("12 tháng 4" /
 * "- 1805 – …" is a title's day-month and a row's year, not a range from 1805 to 12 April); a
 * row's wrapped or nested line keeps the run of rows open; a run of rows without clauses (births,
 * deaths: "- 45 – Name, poet") is a chronology when one head has four digits. Rows made up.
 */
class RowHeadRunsTest {
  private static final Language VI = Language.fromCode("vi").orElseThrow();
  private static final String[] CLAUSES = {"Quân Quorvex đánh bại quân Velmora ở phía bắc.",
      "Vua Alvira ban chiếu dời đô về thành Tarsin.", "Hạm đội Velmora rời cảng Alvira."};
  private static final String[] PEOPLE = {"Quorvex, nhà thơ người Alvira", "Velmora, tướng quân",
      "Tarsin, nhà sử học (m. 1400)"};

  private static boolean yearAt(List<Fact> facts, int year) {
    String iso = String.format("\"%04d\"", year);
    return facts.stream().anyMatch(f -> f.kind() == FactKind.DATE
        && f.text().equals(String.valueOf(year)) && f.value().json().equals(iso));
  }

  private static boolean noMinus(List<Fact> facts) {
    return facts.stream().noneMatch(f -> f.value().json().startsWith("-"));
  }

  @Test
  void aTitlesDayMonthAboveARowIsNoRangeAndTheRowsDashNoMinus() {
    Random r = new Random(1711);
    for (int n = 0; n < 100; n++) {
      int day = 1 + r.nextInt(28);
      int month = 1 + r.nextInt(12);
      int a = 1000 + r.nextInt(500);
      int b = a + 1 + r.nextInt(400);
      String text = day + " tháng " + month + "\n- " + a + " – " + CLAUSES[n % 3] + "\n- " + b
          + " – " + CLAUSES[(n + 1) % 3] + "\n";
      List<Fact> facts = Facts.of(VI, text);
      String d = Facts.describe(VI, text);
      assertTrue(facts.stream().noneMatch(f -> f.text().contains("\n")), text + " -> " + d);
      String want = String.format("\"--%02d-%02d\"", month, day);
      assertTrue(facts.stream().anyMatch(f -> f.value().json().equals(want)), text + " -> " + d);
      assertTrue(yearAt(facts, a) && yearAt(facts, b), text + " -> " + d);
    }
  }

  @Test
  void aRowsWrappedLineAndABirthsListKeepShortHeadsYears() {
    Random r = new Random(1712);
    for (int n = 0; n < 100; n++) {
      int a = 10 + r.nextInt(90);
      int b = 1000 + r.nextInt(800);
      String wrapped = "Sự kiện\n\n- " + a + " – " + CLAUSES[n % 3] + "\n  Trận này kéo dài nhiều"
          + " ngày.\n- " + b + " – " + CLAUSES[(n + 1) % 3] + "\n";
      List<Fact> facts = Facts.of(VI, wrapped);
      assertTrue(yearAt(facts, a) && noMinus(facts), wrapped + " -> " + Facts.describe(VI, wrapped));
      String births = "Sinh\n\n- " + a + " – " + PEOPLE[n % 3] + "\n- " + b + " – "
          + PEOPLE[(n + 1) % 3] + "\n";
      facts = Facts.of(VI, births);
      assertTrue(yearAt(facts, a) && noMinus(facts), births + " -> " + Facts.describe(VI, births));
      String lone = "- " + b + " – " + CLAUSES[n % 3] + "\n";
      facts = Facts.of(VI, lone);
      assertTrue(yearAt(facts, b) && noMinus(facts), lone + " -> " + Facts.describe(VI, lone));
    }
  }

  @Test
  void aCountOfItemsAndAMinusOnItsOwnLineStayNumbers() {
    List<Fact> items = Facts.of(VI, "Danh sách\n\n1 – Quorvex\n2 – Velmora\n3 – Tarsin\n");
    assertTrue(items.stream().noneMatch(f -> f.kind() == FactKind.DATE), items.toString());
    List<Fact> minus = Facts.of(VI, "Nhiệt độ đêm ấy:\n- 15\n");
    assertTrue(minus.stream().anyMatch(f -> f.value().json().equals("-15")), minus.toString());
  }
}
