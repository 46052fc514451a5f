package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A number written right before the name of an era's count ("(2622 Phật lịch)" after a year BC)
 * converts that year into the other count: never a count to ask (class 4 of the eighteenth
 * review). The year before it is read; a number before a counted noun stays a count. Made-up.
 */
class EraCountConversionTest {
  private static final Language VI = Language.fromCode("vi").orElseThrow();

  @Test
  void aNumberBeforeAnErasNameIsAConversionNotACount() {
    Random r = new Random(1822);
    for (int n = 0; n < 20; n++) {
      int bc = 100 + r.nextInt(500);
      int other = 2000 + r.nextInt(900);
      String era = List.of("Phật lịch", "Hùng lịch", "phật lịch").get(n % 3);
      String text = "Năm " + bc + " TCN (" + other + " " + era + "), vua Quorvex lập nước mới ở"
          + " vùng đồng bằng.\n";
      List<Fact> facts = Facts.of(VI, text);
      assertFalse(facts.stream().anyMatch(f -> f.text().contains(String.valueOf(other))),
          text + " -> " + Facts.describe(VI, text));
      assertTrue(facts.stream().anyMatch(f -> f.kind() == FactKind.DATE
          && f.text().contains(String.valueOf(bc))), Facts.describe(VI, text));
      String count = "Năm " + bc + " TCN, vua Quorvex có " + other + " thuyền chiến.\n";
      assertTrue(Facts.of(VI, count).stream().anyMatch(f -> f.kind() == FactKind.NUMBER
          && f.text().contains(String.valueOf(other))), Facts.describe(VI, count));
    }
  }
}
