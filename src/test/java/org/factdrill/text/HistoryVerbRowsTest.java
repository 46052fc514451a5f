package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Class 10 of the sixteenth review: a Vietnamese dated row told by a common verb of history
 * writing is a clause, whether it names its subject first ("1790 – Quân Zelbin tiến đánh thành
 * Marnov") or opens with its verb and names the body after it ("1790 – Dời đô về Marnov"); an
 * event noun heading a label ("Khởi nghĩa …", "Chiến thắng …") and a verb's syllable inside a
 * common noun ("độc lập", "học sinh", "chuyến thăm") make no clause. Every row is made up; each
 * verb is tried with several subjects and bodies.
 */
class HistoryVerbRowsTest {
  /** Verbs of founding, ruling, war, treaties, travel, life and office, as history rows use them. */
  private static final List<String> VERBS = List.of("thiết lập", "sáng lập", "khôi phục",
      "xưng đế", "tự xưng", "tiến quân", "tiến đánh", "đánh tan", "đẩy lùi", "tiêu diệt",
      "phá hủy", "vây hãm", "chiếm lại", "thu phục", "xâm lược", "ném bom", "rút lui",
      "rút quân", "bỏ trốn", "quy hàng", "tuyên chiến", "công nhận", "hủy bỏ", "xóa bỏ",
      "sang thăm", "trở về", "lên đường", "sinh ra", "băng hà", "từ trần", "tốt nghiệp",
      "nhận chức", "trị vì", "nắm quyền", "phế truất", "xử tử", "sát hại", "dời đô", "đóng đô",
      "đóng quân", "giải tán", "tham chiến", "kế vị", "bình thường hóa", "phát động", "triệu tập");
  private static final List<String> SUBJECTS = List.of("Quân Zelbin", "Vua Marnov",
      "Nhà Kovla", "Tướng Lê Văn Hùng", "Triều đình Vân Hà");
  private static final List<String> BODIES = List.of("thành Marnov", "Hội Thương nhân Zelbin",
      "về Phú Lộc", "quan hệ với Vân Hà", "Đảng Tân Mỹ");

  @Test
  void aRowWithAHistoryVerbAfterItsSubjectIsAClause() {
    for (String v : VERBS) {
      for (String s : SUBJECTS) {
        for (String b : BODIES) {
          String row = s + " " + v + " " + b;
          assertTrue(RowClause.row(Language.VI, row), row);
          assertTrue(RowClause.is(Language.VI, row), row);
        }
      }
    }
  }

  @Test
  void aRowOpeningWithItsHistoryVerbIsAClause() {
    for (String v : VERBS) {
      String opener = v.substring(0, 1).toUpperCase(Locale.ROOT) + v.substring(1);
      for (String b : BODIES) {
        String row = opener + " " + b;
        assertTrue(RowClause.row(Language.VI, row), row);
      }
    }
  }

  @Test
  void eventNounsAndVerbSyllablesInsideNounsMakeNoClause() {
    for (String name : List.of("Vân Hà", "Zelbin", "Phú Lộc Marnov")) {
      for (String label : List.of("Khởi nghĩa %s", "Chiến thắng %s", "Hiệp định %s",
          "Cách mạng tháng Tám ở %s", "Tuyên ngôn độc lập của %s", "Phong trào học sinh %s",
          "Chuyến thăm của vua %s", "Sân bay %s", "Bầu cử Quốc hội %s", "Hội nghị %s",
          "Cuộc đàm phán %s", "Thảm sát %s")) {
        String row = String.format(label, name);
        assertFalse(RowClause.row(Language.VI, row), row);
      }
    }
  }
}
