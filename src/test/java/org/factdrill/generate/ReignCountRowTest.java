package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 5 of the nineteenth review: a dictionary's row of a ruler, "Name, label-noun copula Name,
 * N year-unit.", names and title appositions set off by commas and the reign as a count last, is
 * a list row with no verb, also when the rows run on in one paragraph; the copula inside an
 * apposition is no predicate. Names and figures are invented.
 */
class ReignCountRowTest {

  @Test
  void namesAndTitleAppositionsThenACountOfYearsAreARow() {
    assertTrue(VerblessRow.is(Language.VI, "Thái Tông, niên hiệu là Kiến Minh, 14 năm."));
    assertTrue(VerblessRow.is(Language.VI, "Lý Huệ, niên hiệu Kiến Gia, 14 năm."));
    assertTrue(VerblessRow.is(Language.VI, "Anh Tông, tên húy là Long Phúc, miếu hiệu là Thánh Đức, 9 năm"));
    assertTrue(VerblessRow.is(Language.VI, "Nhân Tông, 23 năm."));
    assertTrue(VerblessRow.is(Language.EN, "Aldric the Tall, era name is Bright Peace, 12 years."));
    // a clause: a verb outside an apposition, or a count that is no span of years
    assertFalse(VerblessRow.is(Language.VI, "Thái Tông lên ngôi, niên hiệu là Kiến Minh, 14 năm."));
    assertFalse(VerblessRow.is(Language.VI, "Thái Tông, niên hiệu là Kiến Minh, 14 người."));
    assertFalse(VerblessRow.is(Language.VI, "Thái Tông, đã xây dựng Varn, 14 năm."));
    assertFalse(VerblessRow.is(Language.EN, "Aldric the Tall, who was crowned at Varn, ruled 12 years."));
  }

  @Test
  void runOnReignRowsOfAParagraphAreNotAsked() {
    String text = """
        Danh sách các vua nhà Varn

        Nhà Varn trị vì đất Oskel trải qua nhiều đời vua, từ khi dựng nước đến khi mất ngôi.

        Lý Cao, tên húy là Hạo Sảm, 36 năm. Lý Huệ, niên hiệu Kiến Gia, 14 năm. Năm 1225, Lý Huệ nhường ngôi cho con gái là Chiêu Hoàng.
        """;
    Result r = Fixtures.extracted(Language.VI, text);
    for (var q : r.bank().questions()) {
      assertFalse(q.prompt().contains("Hạo Sảm") || q.prompt().contains("Kiến Gia"), q.prompt());
    }
    assertTrue(r.bank().questions().stream().anyMatch(q -> q.prompt().contains("nhường ngôi")),
        r.report().toString());
  }

  /**
   * Class 5 of the twentieth review: a row may carry its own date as one part (a verb of founding
   * or none, a preposition of time, the year word, the cyclical year name or none, the figure).
   */
  @Test
  void aRowWithADatedPartIsStillARow() {
    assertTrue(VerblessRow.is(Language.VI,
        "Nhà Varn, thống nhất từ năm canh-thìn 1640, Thái Tổ, niên hiệu là Minh Đức, 22 năm."));
    assertTrue(VerblessRow.is(Language.VI,
        "Nhà Varn, Thái Tổ, dựng nước từ năm 1640, niên hiệu là Minh Đức, 22 năm."));
    assertTrue(VerblessRow.is(Language.VI,
        "Nhà Oskel, từ năm giáp tý 1684, Cao Tông, tên húy là Long Cẩn, 9 năm."));
    assertTrue(VerblessRow.is(Language.VI,
        "Nhà Seren, khởi từ năm quí-mão 1723, Thánh Tông, 31 năm"));
    // a clause: a name or a second verb phrase in the dated part, or two dated parts
    assertFalse(VerblessRow.is(Language.VI,
        "Nhà Varn, quân Oskel đánh từ năm 1640, Thái Tổ, 22 năm."));
    assertFalse(VerblessRow.is(Language.VI,
        "Nhà Varn, thống nhất từ năm 1640, đổi đô năm 1650, Thái Tổ, 22 năm."));
    assertFalse(VerblessRow.is(Language.VI,
        "Nhà Varn, thống nhất đất nước và mở mang bờ cõi từ năm 1640, Thái Tổ, 22 năm."));
  }

  @Test
  void aRunOfDatedRowsIsNotAsked() {
    String text = """
        Danh sách các vua nhà Varn

        Nhà Varn trị vì đất Oskel trải qua nhiều đời vua, từ khi dựng nước đến khi mất ngôi.

        Nhà Varn, thống nhất từ năm canh-thìn 1640, Thái Tổ, niên hiệu là Minh Đức, 22 năm. Nhà Oskel, từ năm giáp tý 1684, Cao Tông, tên húy là Long Cẩn, 9 năm. Năm 1702, Cao Tông nhường ngôi cho con trai là Long Khải.
        """;
    Result r = Fixtures.extracted(Language.VI, text);
    for (var q : r.bank().questions()) {
      assertFalse(q.prompt().contains("Minh Đức") || q.prompt().contains("Long Cẩn"), q.prompt());
    }
    assertTrue(r.bank().questions().stream().anyMatch(q -> q.prompt().contains("nhường ngôi")),
        r.report().toString());
  }
}
