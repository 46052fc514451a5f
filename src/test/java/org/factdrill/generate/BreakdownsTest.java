package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A whole told with its equal parts in one sentence ("N companies, each of M men": N × M men) gives
 * each of the three counts away by the other two: none is asked. Where the product is far from the
 * whole, or no distributive word says the parts are equal, they are asked. Sentences made up.
 */
class BreakdownsTest {
  private static final String[] VI = {
      "Đạo quân phía bắc có %s người, chia thành %s đội, mỗi đội có %s người.",
      "Năm 1620, đoàn thuyền của trấn Lộc Hà có %s người trên %s chiếc thuyền, mỗi thuyền chở %s người."};
  private static final String EN = "In 1620 the northern host of %s men marched in %s columns of %s men"
      + " each.";

  private static boolean asked(Language lang, String text, String figure) {
    return Fixtures.extracted(lang, text).bank().questions().stream()
        .anyMatch(q -> q.type() == QuestionType.CLOZE && q.answer().text().equals(figure));
  }

  private static String vi(int n) {
    return String.format("%,d", n).replace(',', '.');
  }

  @Test
  void aWholeAndItsEqualPartsGiveEachOtherAway() {
    Random r = new Random(1503);
    for (int k = 0; k < 12; k++) {
      int parts = 3 + r.nextInt(30);
      int each = 20 + r.nextInt(480);
      int whole = parts * each;
      String text = VI[k % VI.length].formatted(vi(whole), parts, each) + "\n";
      for (String figure : new String[] {vi(whole), String.valueOf(parts), String.valueOf(each)}) {
        assertFalse(asked(Language.VI, text, figure), figure + " in " + text);
      }
      String en = EN.formatted(String.format("%,d", whole), parts, each) + "\n";
      assertFalse(asked(Language.EN, en, String.format("%,d", whole)), en);
    }
  }

  @Test
  void aHedgedWholeNearTheProductIsGivenAwayToo() {
    Random r = new Random(150);
    for (int k = 0; k < 8; k++) {
      int parts = 5 + r.nextInt(20);
      int each = 100 + r.nextInt(400);
      int whole = (parts * each + 50) / 100 * 100; // rounded, as a hedged figure is
      String text = "Quân số của đạo quân phía bắc tăng lên khoảng " + vi(whole) + " người, chia làm "
          + parts + " đội, mỗi đội có " + each + " lính.\n";
      assertFalse(asked(Language.VI, text, vi(whole)), text);
    }
  }

  @Test
  void aWholeFarFromTheProductIsAsked() {
    Random r = new Random(7);
    for (int k = 0; k < 8; k++) {
      int parts = 3 + r.nextInt(20);
      int each = 20 + r.nextInt(300);
      int whole = parts * each * 3 + 7;
      String text = VI[0].formatted(vi(whole), parts, each) + "\n";
      assertTrue(asked(Language.VI, text, vi(whole)), text);
    }
  }

  @Test
  void theOnePartUnlikeTheOthersFollowsFromTheWholeToo() {
    Random r = new Random(880);
    for (int k = 0; k < 8; k++) {
      int parts = 5 + r.nextInt(10);
      int each = 100 + r.nextInt(400);
      int first = each + 20 + r.nextInt(parts * each / 20); // the whole stays about parts × each
      int whole = ((parts - 1) * each + first + 50) / 100 * 100;
      String text = "Quân số của đạo quân phía bắc lên khoảng " + vi(whole) + " người, chia làm "
          + parts + " đội, mỗi đội có " + each + " lính, riêng đội thứ nhất có " + first + " lính.\n";
      assertFalse(asked(Language.VI, text, String.valueOf(first)), text);
    }
  }

  @Test
  void tenShotsNotOneHittingCountsNothing() {
    for (String n : new String[] {"mười", "trăm"}) {
      for (String not : new String[] {"không", "chẳng"}) {
        String text = "Năm 1861, súng đại bác của đồn Bến Lau bắn " + n + " phát " + not
            + " trúng một, nên quân trong đồn chỉ giữ được 12 ngày.\n";
        assertFalse(asked(Language.VI, text, n), text);
        assertTrue(asked(Language.VI, text, "12"), "the other count is still asked: " + text);
      }
    }
  }
}
