package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 53 (twenty-first session): the clauses of a law's or decree's article that prescribe (an
 * official as subject, a duty in the present, a time counted from a recurring day) are rules, not
 * events: their figures are not asked; a dated event of the same document stays asked, and the
 * same counted time in a story (no article heading above it) is still asked. Texts made up.
 */
class ArticleRulesTest {

  private static Question cloze(Result r, String answer) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE
        && q.answer().text().equals(answer)).findFirst().orElse(null);
  }

  private static void notAsked(Result r, String answer) {
    Question q = cloze(r, answer);
    assertTrue(q == null, (q == null ? "" : q.prompt()) + "\n" + r.report().format(r.bank()));
  }

  private static void asked(Result r, String answer) {
    assertTrue(cloze(r, answer) != null, answer + "\n" + r.report().format(r.bank()));
  }

  @Test
  void theFiguresOfAVietnameseArticlesPrescribingClausesAreNotAsked(@TempDir Path dir)
      throws Exception {
    Result r = RealText.generate(dir, "t.txt", "Quy định về Ngày Truyền thống ngành Lâm nghiệp\n\n"
        + "Ngày 14 tháng 5 năm 2011, Bộ Lâm nghiệp ban hành quy định về Ngày Truyền thống của"
        + " ngành.\n\nĐiều 5. Ngày Truyền thống ngành Lâm nghiệp\n\n"
        + "1. Từ 7 đến 12 ngày trước Ngày Truyền thống ngành Lâm nghiệp, Thứ trưởng triệu tập"
        + " hội nghị của Ban chỉ đạo để chuẩn bị các hoạt động.\n"
        + "2. Bốn ngày trước Ngày Truyền thống, Giám đốc sở tổ chức lễ trồng cây tại các khu rừng"
        + " phòng hộ của tỉnh.\n");
    notAsked(r, "7 đến 12");
    notAsked(r, "Bốn");
    asked(r, "Ngày 14 tháng 5 năm 2011");
  }

  @Test
  void theFiguresOfAnEnglishArticlesPrescribingClausesAreNotAsked(@TempDir Path dir)
      throws Exception {
    Result r = RealText.generate(dir, "t.txt", "Statute of the Harbour Pilots' Day\n\n"
        + "On 9 October 1987, the Harbour Board adopted a statute on the Harbour Pilots' Day.\n\n"
        + "Article 4: Harbour Pilots' Day\n\n"
        + "1. Between 6 and 9 days before Harbour Pilots' Day, the Harbour Master convenes the"
        + " pilots' council to plan the ceremonies.\n"
        + "2. Two weeks after Harbour Pilots' Day, every pilot station submits its annual"
        + " accounts to the Board.\n");
    notAsked(r, "6 and 9");
    notAsked(r, "Two");
    asked(r, "9 October 1987");
  }

  @Test
  void theSameCountedTimeInAStoryIsStillAsked(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "Cuộc nổi dậy ở Kỳ Sơn\n\n"
        + "Mùa xuân năm 1931, nông dân huyện Kỳ Sơn nổi dậy chống sưu thuế. Bốn ngày trước Tết"
        + " năm 1931, hàng nghìn nông dân huyện Kỳ Sơn kéo về phủ lỵ đòi giảm thuế.\n");
    asked(r, "Bốn");
  }
}
