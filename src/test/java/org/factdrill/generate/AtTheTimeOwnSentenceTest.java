package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 32 (eighteenth session): "at the time" and its counterparts ("đương thời", "thời đó",
 * "באותה עת", "אז") refer to the time their own sentence gives, after them as well as before
 * (one year, or a period): such a sentence is no unresolved relative time, and the sentence
 * before does not lend it another year. Every text here is made up.
 */
class AtTheTimeOwnSentenceTest {

  private static Set<String> answers(Result r) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE)
        .map(q -> q.answer().text()).collect(Collectors.toSet());
  }

  @Test
  void aTimeTheSentenceGivesAfterThePhraseResolvesIt(@TempDir Path dir) throws Exception {
    for (String[] c : List.of(
        new String[] {"en", "The Wardens of Tolm\n\nThe warden was the head of the town of Tolm."
            + " The town, called Tolmberg at the time, was granted a charter in 1702.\n", "1702"},
        new String[] {"en", "The Wardens of Tolm\n\nThe warden was the head of the town of Tolm."
            + " The list below gives the 19 wardens who served from 1702 to 1738, under the"
            + " titles used at the time.\n", "19"},
        new String[] {"en", "The Wardens of Tolm\n\nThe warden was the head of the town of Tolm."
            + " The office was at the time held by 4 brothers of the Varne family, between 1702"
            + " and 1738.\n", "4"},
        new String[] {"vi", "Chức trấn thủ Lạc Sơn\n\nChức trấn thủ là chức quan đứng đầu trấn Lạc"
            + " Sơn. Trấn này, đương thời gọi là trấn Lạc Bình, được lập vào năm 1702.\n",
            "năm 1702"},
        new String[] {"vi", "Chức trấn thủ Lạc Sơn\n\nChức trấn thủ là chức quan đứng đầu trấn Lạc"
            + " Sơn. Danh sách dưới đây gồm 19 trấn thủ cai quản trấn từ năm 1702 đến năm 1738,"
            + " với tước hiệu dùng thời đó.\n", "19"},
        new String[] {"he", "ראשי העיר טולם\n\nראש העיר עמד בראש העיר טולם. העיר, שנקראה באותה"
            + " עת טולמברג, קיבלה כתב זכויות בשנת 1702.\n", "1702"},
        new String[] {"he", "ראשי העיר טולם\n\nראש העיר עמד בראש העיר טולם. בזמנו של המלך ורנה"
            + " הייתה טולם עיר חופשית, והוא שלט בה בין השנים 1702 - 1738.\n", "1702"},
        new String[] {"he", "ראשי העיר טולם\n\nראש העיר עמד בראש העיר טולם. הרשימה שלהלן כוללת"
            + " את 19 ראשי העיר שכיהנו בין 1702 ל-1738, בתארים שהיו נהוגים אז.\n", "19"})) {
      Result r = RealText.generate(dir, "t-" + c[0] + ".txt", c[1]);
      assertTrue(answers(r).stream().anyMatch(a -> a.endsWith(c[2])),
          c[1] + "\n" + answers(r) + "\n" + r.report().format(r.bank()));
    }
  }

  @Test
  void withNoTimeInItsSentenceThePhraseStillLeansOnTheSentenceBefore(@TempDir Path dir)
      throws Exception {
    Result r = RealText.generate(dir, "t.txt", "The Wardens of Tolm\n\nThe warden was the head of"
        + " the town of Tolm. The wardens met in the old hall, and many disputes arose. At the"
        + " time the council had 24 members.\n");
    assertFalse(answers(r).contains("24"), answers(r) + "\n" + r.report().format(r.bank()));
  }

  @Test
  void theSentencesOwnLaterYearIsNotReplacedByTheYearBefore(@TempDir Path dir)
      throws Exception {
    Result r = RealText.generate(dir, "t.txt", "The Wardens of Tolm\n\nThe first warden took"
        + " office in 1699. The town, called Tolmberg at the time, had 24 guilds in 1702.\n");
    Question q = r.bank().questions().stream().filter(x -> x.type() == QuestionType.CLOZE
        && x.answer().text().equals("24")).findFirst().orElse(null);
    assertTrue(q != null && !q.prompt().contains("1699"),
        (q == null ? "not asked" : q.prompt()) + "\n" + r.report().format(r.bank()));
  }

  @Test
  void aPhraseOpeningTheSentencePointsBackNotToALaterYear(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "The Wardens of Tolm\n\nThe town of Tolm burned"
        + " down in 1699. Since then, the town has kept 24 guilds, as the wardens had ordered in"
        + " 1702.\n");
    Question q = r.bank().questions().stream().filter(x -> x.type() == QuestionType.CLOZE
        && x.answer().text().equals("24")).findFirst().orElse(null);
    assertTrue(q == null || q.prompt().contains("1699"),
        q.prompt() + "\n" + r.report().format(r.bank()));
  }
}
