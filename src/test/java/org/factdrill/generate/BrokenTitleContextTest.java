package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 8 of the seventeenth review: the questions of a decree whose heading is broken over
 * capitals lines (its kind, then the issuing state) take the whole heading, in sentence case, as
 * their context line, not the line naming only the state. Invented decree.
 */
class BrokenTitleContextTest {

  @Test
  void aDecreesQuestionsNameTheDecreeNotOnlyItsState() {
    String text = """
        SẮC LỆNH
        CỦA CHỦ TỊCH NƯỚC CỘNG HÒA VARDEN

        Chủ tịch nước Cộng hòa Varden, chiểu theo đề nghị của Bộ trưởng Bộ Nông nghiệp về việc lập các trạm giống lúa ở các tỉnh miền núi,

        Điều 1. Nay lập tại mỗi tỉnh miền núi của Cộng hòa Varden một trạm giống lúa, mỗi trạm có 12 cán bộ kỹ thuật và 40 mẫu ruộng thí nghiệm.

        Điều 2. Ngân sách của Cộng hòa Varden dành 300.000 đồng cho việc xây dựng các trạm giống lúa nói trên trong năm 1947.
        """;
    Result r = Fixtures.extracted(Language.VI, text);
    assertFalse(r.bank().questions().isEmpty());
    for (var q : r.bank().questions()) {
      assertEquals("Sắc lệnh của chủ tịch nước Cộng hòa Varden", q.context(), q.prompt());
    }
  }
}
