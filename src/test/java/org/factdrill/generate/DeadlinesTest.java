package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 66 (twenty-fourth session): a statute's deadline ("within N days of <an act of the
 * procedure>") is a rule, not an event, whether or not an article heading stands above it: its
 * figure is not asked; the statute's own dates stay asked, and the same span told as history
 * (no modal, no statute) is still asked. Texts made up.
 */
class DeadlinesTest {

  private static Question cloze(Result r, String answer) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE
        && q.answer().text().contains(answer)).findFirst().orElse(null);
  }

  private static void notAsked(Result r, String answer) {
    Question q = cloze(r, answer);
    assertTrue(q == null, (q == null ? "" : q.prompt()) + "\n" + r.report().format(r.bank()));
  }

  private static void asked(Result r, String answer) {
    assertTrue(cloze(r, answer) != null, answer + "\n" + r.report().format(r.bank()));
  }

  @Test
  void anEnglishStatutesDeadlineWithShallIsNotAsked(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "Lighthouses Act 1934\n\n"
        + "The Act was passed by the Assembly on 3 March 1934 after a long debate on coastal"
        + " shipping.\n\n"
        + "Every notice of a new light shall be posted at each harbour office within 21 days of its"
        + " approval by the Board.\n");
    notAsked(r, "21");
    asked(r, "3 March 1934");
  }

  @Test
  void aHebrewStatutesDeadlineIsNotAskedUnderItsTitleWithoutAnArticleHeading(@TempDir Path dir)
      throws Exception {
    Result r = RealText.generate(dir, "t.txt", "חוק המגדלורים, 1934\n\n"
        + "פרק א: הודעות\n\n"
        + "כל הודעה על מגדלור חדש תפורסם ברשומות תוך 21 ימים מיום אישורה בידי המועצה.\n\n"
        + "החוק נתקבל באספה ב-3 במרץ 1934 לאחר ויכוח ארוך על הספנות בחופים.\n");
    notAsked(r, "21");
    asked(r, "3 במרץ 1934");
  }

  @Test
  void aVietnameseStatutesDeadlineWithPhaiIsNotAsked(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "Luật Hải đăng\n\n"
        + "Luật được Hội đồng thông qua ngày 3 tháng 3 năm 1934 sau nhiều phiên thảo luận về"
        + " giao thông ven biển.\n\n"
        + "Mọi thông báo về hải đăng mới phải được niêm yết tại các bến cảng trong vòng 21 ngày kể"
        + " từ ngày Hội đồng phê duyệt.\n");
    notAsked(r, "21");
    asked(r, "ngày 3 tháng 3 năm 1934");
  }

  @Test
  void theSameSpanToldAsHistoryIsStillAsked(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "The Coastal Campaign of 1934\n\n"
        + "The expedition landed on the northern shore on 3 March 1934, and within 21 days of the"
        + " landing its columns had crossed the river and taken the fortress of Marr.\n");
    asked(r, "21");
  }
}
