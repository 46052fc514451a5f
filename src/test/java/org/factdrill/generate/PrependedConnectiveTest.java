package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A sentence shown before the asked one (because the asked one names nothing or points back)
 * joins nothing shown when it opens with a connective of its own ("Then …", "However, …",
 * "Nhưng mà …"): the connective is taken off it, as it is off an asked sentence. Invented
 * sentences, generated.
 */
class PrependedConnectiveTest {
  @Test
  void thePrependedSentenceLosesItsOpeningConnective() {
    for (String c : List.of("Then", "However,", "Moreover,", "And")) {
      String text = "The Mill of Ostrava Creek\n\nThe first mill on Ostrava Creek was built by "
          + "the monks of Heldin Abbey in 1342.\n\nThe monks ground grain there for a century. "
          + c + " the abbey sold the mill to the town of Ostrava in 1411. It rebuilt the wooden "
          + "wheel in stone in 1489.\n";
      List<Question> qs = Fixtures.asking(Fixtures.extracted(Language.EN, text), "1489");
      assertFalse(qs.isEmpty(), c);
      for (Question q : qs) {
        assertTrue(q.prompt().startsWith("The abbey sold the mill"), c + ": " + q.prompt());
      }
    }
  }

  @Test
  void aVietnameseTwoWordConnectiveIsTakenOffWhole() {
    String text = "Trận Orvin\n\nQuân Varn đánh chiếm thành Orvin vào năm 1861.\n\n"
        + "Nhưng mà quân Orvin đã không luyện tập, lại không có súng như quân Varn. "
        + "Họ chỉ có 300 khẩu súng cổ bắn bằng đá lửa.\n";
    List<Question> qs = Fixtures.asking(Fixtures.extracted(Language.VI, text), "300");
    assertFalse(qs.isEmpty());
    for (Question q : qs) {
      assertTrue(q.prompt().startsWith("Quân Orvin đã không"), q.prompt());
    }
  }
}
