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
  void theLinkFirstOrderAndARangeCountAreTheSameRule(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "Quy định về Ngày Hội Làng Vân Khê\n\n"
        + "Ngày 20 tháng 3 năm 2009, Ủy ban tỉnh Vân Khê ban hành quy định về Ngày Hội Làng.\n\n"
        + "Điều 9. Ngày Hội Làng\n\n"
        + "1. Trước Ngày Hội Làng từ 3 đến 5 ngày, Chủ tịch tỉnh thăm các gia đình có công với"
        + " làng và tặng quà.\n"
        + "2. Sau Ngày Hội Làng 2 ngày, Bộ trưởng gặp các nghệ nhân để tổng kết các hoạt động"
        + " của năm.\n"
        + "3. Trước Tết Nguyên Đán mười ngày Giám đốc sở kiểm tra các chợ của huyện và báo cáo"
        + " Ủy ban tỉnh.\n"
        + "4. Ba ngày trước Ngày Hội Làng, Chánh văn phòng gửi giấy mời tới các đại biểu của"
        + " các xã.\n");
    notAsked(r, "3 đến 5");
    notAsked(r, "2");
    notAsked(r, "mười");
    notAsked(r, "Ba");
    asked(r, "Ngày 20 tháng 3 năm 2009");
  }

  @Test
  void aDateAfterTheLinkIsNoCountFromADay(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "Quy định về Ngày Hội Làng Vân Khê\n\n"
        + "Điều 4. Lịch sử\n\n"
        + "Sau Ngày 2 tháng 9 năm 1945, làng Vân Khê lập 3 đội dân quân để giữ đê và kho"
        + " thóc của làng.\n");
    asked(r, "3");
  }

  @Test
  void theSameCountedTimeInAStoryIsStillAsked(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "Cuộc nổi dậy ở Kỳ Sơn\n\n"
        + "Mùa xuân năm 1931, nông dân huyện Kỳ Sơn nổi dậy chống sưu thuế. Bốn ngày trước Tết"
        + " năm 1931, hàng nghìn nông dân huyện Kỳ Sơn kéo về phủ lỵ đòi giảm thuế.\n");
    asked(r, "Bốn");
  }
}
