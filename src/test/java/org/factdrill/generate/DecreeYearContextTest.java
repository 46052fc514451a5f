package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 10 of the eighteenth review (with class 8 of the seventeenth): a decree's questions carry
 * the decree's name and its year as their context line, so an article's "from now on" has its
 * date beside it, never the issuing state's line or an article's label alone. Invented decree.
 */
class DecreeYearContextTest {

  @Test
  void aDecreesArticlesAreAskedUnderItsNameAndYear() {
    String text = """
        CỘNG HÒA LIÊN BANG VARDEN
        HÒA BÌNH - ĐOÀN KẾT - THỊNH VƯỢNG
        SẮC LỆNH
        CỦA CHỦ TỊCH CHÍNH PHỦ LÂM THỜI
        SỐ 12 NGÀY 14 THÁNG 6 NĂM 1946

        Chủ tịch Chính phủ lâm thời Cộng hòa Liên bang Varden, chiểu theo đề nghị của Bộ trưởng Bộ Nông nghiệp về việc lập các trạm giống lúa ở các tỉnh miền núi,

        RA SẮC LỆNH:

        Điều 1. Kể từ nay, mỗi tỉnh miền núi của Cộng hòa Liên bang Varden phải lập 2 trạm giống lúa, mỗi trạm có 12 cán bộ kỹ thuật.

        Điều 2. Từ nay, thuế ruộng ở các tỉnh miền núi của Cộng hòa Liên bang Varden giảm 20 phần trăm.
        """;
    Result r = Fixtures.extracted(Language.VI, text);
    assertFalse(r.bank().questions().isEmpty());
    for (var q : r.bank().questions()) {
      String c = q.context() == null ? "" : q.context();
      assertTrue(c.startsWith("Sắc lệnh của chủ tịch") && c.contains("(1946)"), c + " | " + q.prompt());
    }
  }
}
