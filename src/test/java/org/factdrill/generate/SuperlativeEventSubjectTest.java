package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.factdrill.bank.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A superlative event noun as a clause's subject ("the largest attack", "trận đánh ác liệt nhất",
 * "המתקפה הגדולה ביותר") names no event: of several attacks told around it, which? Its figures are not
 * asked alone, unless a name of the whole follows it, another year dates the sentence, or the
 * context line writes a year. Texts made up.
 */
class SuperlativeEventSubjectTest {

  private static boolean asked(Result r, String answer) {
    return r.bank().questions().stream().anyMatch(q -> q.type() == QuestionType.CLOZE
        && q.answer().text().equals(answer));
  }

  private static void notAsked(Path dir, String text, String answer) throws Exception {
    Result r = RealText.generate(dir, "t.txt", text);
    assertTrue(!asked(r, answer), text + "\n" + r.report().format(r.bank()));
  }

  private static void askedIn(Path dir, String text, String answer) throws Exception {
    Result r = RealText.generate(dir, "t.txt", text);
    assertTrue(asked(r, answer), text + "\n" + r.report().format(r.bank()));
  }

  private static final String VI_BEFORE = "Chiến sự ở Vân Khê\n\nQuân Varn tấn công đồn Vân Khê nhiều lần trong"
      + " nhiều năm liền. Các đồn nhỏ ven sông cũng bị đánh nhiều lần.\n";

  @Test
  void aVietnameseSuperlativeAttackAsSubjectIsNotAskedAlone(@TempDir Path dir) throws Exception {
    notAsked(dir, VI_BEFORE + "Trận đánh ác liệt nhất nổ ra ở xã Lam Sơn với 1200 quân tham chiến.\n", "1200");
    notAsked(dir, VI_BEFORE + "Cuộc tấn công lớn nhất đã làm 340 người chết ở đồn Vân Khê.\n", "340");
    notAsked(dir, VI_BEFORE + "Sau nhiều tháng, trận phục kích đẫm máu nhất diễn ra ở đèo Cao với 85 xe"
        + " bị phá hủy.\n", "85");
  }

  @Test
  void anEnglishSuperlativeAttackAsSubjectIsNotAskedAlone(@TempDir Path dir) throws Exception {
    String before = "Fighting on the Varn\n\nThe rebels attacked the river forts many times over the years."
        + " The small posts on the bank were raided as well.\n";
    notAsked(dir, before + "The bloodiest battle left 1200 soldiers dead near the old ford.\n", "1200");
    notAsked(dir, before + "The most destructive raid burned 340 houses in the lower town.\n", "340");
    notAsked(dir, before + "After months of waiting, the largest single attack involved 85 boats on the"
        + " river.\n", "85");
  }

  @Test
  void aHebrewSuperlativeAttackAsSubjectIsNotAskedAlone(@TempDir Path dir) throws Exception {
    notAsked(dir, "הלחימה בעמק\n\nהמורדים תקפו את המצודות לאורך הנהר פעמים רבות במשך שנים ארוכות.\n"
        + "המתקפה הגדולה ביותר הסתיימה במותם של 1200 חיילים ליד המעבר הישן.\n", "1200");
  }

  @Test
  void aNamedWholeAYearOrAPredicateSuperlativeStaysAsked(@TempDir Path dir) throws Exception {
    askedIn(dir, VI_BEFORE + "Năm 1885, trận đánh ác liệt nhất nổ ra ở xã Lam Sơn với 1200 quân tham"
        + " chiến.\n", "1200");
    askedIn(dir, VI_BEFORE + "Trận đánh ác liệt nhất trong chiến tranh Varn nổ ra ở xã Lam Sơn với 1200"
        + " quân tham chiến.\n", "1200");
    String before = "Fighting on the Varn\n\nThe rebels attacked the river forts many times over the years.\n";
    askedIn(dir, before + "The bloodiest battle of the Varn War left 1200 soldiers dead near the old"
        + " ford.\n", "1200");
    askedIn(dir, before + "The siege of Lorn was the bloodiest battle of the decade, with 1200 soldiers"
        + " dead.\n", "1200");
    askedIn(dir, "The Varn War (1880-1885)\n\nThe rebels attacked the river forts many times over the"
        + " years.\nThe bloodiest battle left 1200 soldiers dead near the old ford.\n", "1200");
  }
}
