package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.AnswerValue;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A sentence shown before the asked one (to name its pronoun or its "both sides") is held to the
 * asked sentence's checks: it may not open with a time adverbial pointing further back ("Before
 * that, …", "Sau đó, …"), may not carry a present ("today", "ngày nay", "היום") that only the
 * asked sentence's written year would excuse, and may not be the writer speaking in the first
 * person ("Today we turn again to …"). Such a sentence is not shown, and the fact that needs it is
 * not asked. Invented sentences; every case below is asked at review-base-s21.
 */
class ShownBeforeStandsOnItsOwnTest {

  private static final List<String> EN_BACK = List.of("Before that", "After that",
      "Prior to that", "Shortly before that", "Soon after that");
  private static final List<String> VI_BACK = List.of("Trước đó", "Sau đó", "Trước đấy",
      "Ít lâu trước đó", "Sau đấy");

  /** A pact, then the sentence with the adverbial (with or without its own year), then "both". */
  private static String ports(Language lang, String back, boolean year, int i) {
    if (lang == Language.EN) {
      return "The Ports\n\nThe ports of Arlen and Dova signed a trade pact in 18" + (10 + i) + ". "
          + back + ", " + (year ? "in 17" + (60 + i) + ", " : "") + "Arlen had closed its customs "
          + "house to Dova ships. Trade between the two grew by " + i + ",500 tons in 18" + (30 + i)
          + ".\n";
    }
    return "Các cảng\n\nHai cảng Hòa An và Phú Lộc ký hiệp ước buôn bán năm 18" + (10 + i) + ". "
        + back + ", " + (year ? "năm 17" + (60 + i) + ", " : "") + "Hòa An đã đóng cửa trạm thuế "
        + "với tàu của Phú Lộc. Buôn bán giữa hai bên tăng thêm " + i + ".500 tấn vào năm 18"
        + (30 + i) + ".\n";
  }

  @Test
  void aSentenceOpeningWithABackPointingTimeAdverbialIsNotShownBefore() {
    int i = 1;
    for (Language lang : List.of(Language.EN, Language.VI)) {
      for (String back : lang == Language.EN ? EN_BACK : VI_BACK) {
        for (boolean year : List.of(true, false)) {
          String text = ports(lang, back, year, i++);
          Result r = Fixtures.extracted(lang, text);
          for (Question q : r.bank().questions()) {
            assertFalse(q.prompt().startsWith(back), back + ": " + q.prompt());
          }
          // The sentence itself is still asked, shown after the pact that it follows.
          assertTrue(r.bank().questions().stream().anyMatch(q -> q.prompt().startsWith(
              lang == Language.EN ? "The ports of Arlen" : "Hai cảng Hòa An")), text);
        }
      }
    }
  }

  @Test
  void aSentenceThatStandsOnItsOwnIsStillShownBefore() {
    Result en = Fixtures.extracted(Language.EN, "The Ports\n\nThe ports of Arlen and Dova signed "
        + "a trade pact in 1802. Trade between the two grew by 4,000 tons in 1811.\n");
    assertFalse(Fixtures.asking(en, "4,000").isEmpty(), en.report().format(en.bank()));
    Result vi = Fixtures.extracted(Language.VI, "Các cảng\n\nHai cảng Hòa An và Phú Lộc ký hiệp "
        + "ước buôn bán năm 1802. Buôn bán giữa hai bên tăng thêm 4.000 tấn vào năm 1811.\n");
    assertFalse(Fixtures.asking(vi, "4.000").isEmpty(), vi.report().format(vi.bank()));
  }

  private static final List<String[]> PRESENT_BEFORE = List.of(
      // language, text, the shown sentence that must not be shown
      new String[] {"en", "The Hall of the Guild\n\nToday the hall is a museum. It was restored "
          + "in 1988 by the town.\n", "Today the hall"},
      new String[] {"en", "The Mill of Kell\n\nToday, the old mill houses a school for 300 "
          + "children. It was built by the monks in 1344.\n", "Today, the old mill"},
      new String[] {"en", "The Bridge of Arn\n\nThe bridge of Arn still carries traffic today. "
          + "It was opened by the mayor on 4 June 1871.\n", "still carries traffic today"},
      new String[] {"vi", "Hội quán Phố Hiến\n\nNgày nay hội quán là một bảo tàng. Nó được trùng "
          + "tu năm 1988.\n", "Ngày nay"},
      new String[] {"vi", "Cầu Long Khánh\n\nHiện nay cây cầu vẫn còn sử dụng. Nó được khánh "
          + "thành vào ngày 4 tháng 6 năm 1871.\n", "Hiện nay"},
      new String[] {"he", "אולם הגילדה\n\nהיום האולם הוא מוזיאון. הוא שוקם בשנת 1988.\n",
          "היום האולם"});

  @Test
  void aPresentInTheSentenceShownBeforeIsNotExcusedByTheAskedYear() {
    for (String[] c : PRESENT_BEFORE) {
      Result r = Fixtures.extracted(Language.fromCode(c[0]).orElseThrow(), c[1]);
      for (Question q : r.bank().questions()) {
        assertFalse(q.prompt().contains(c[2]), c[1] + " -> " + q.prompt());
      }
      assertTrue(r.report().skipped().stream().anyMatch(s -> s.reason() == SkipReason.RELATIVE_TIME),
          r.report().format(r.bank()));
    }
  }

  private static final List<String[]> FRAMING = List.of(
      new String[] {"en", "Governor Ana Ruiz\n\nToday we turn again to the life of Governor Ana "
          + "Ruiz. She was elected in 1931.\n", "we turn again"},
      new String[] {"en", "The Tarn Canal\n\nWe continue our story of the Tarn canal. It was "
          + "opened to barges in 1831.\n", "We continue"},
      new String[] {"he", "המושלת אנה רואיס\n\nהיום אנו ממשיכים בסיפור חייה של המושלת אנה "
          + "רואיס. היא נבחרה בשנת 1931.\n", "אנו ממשיכים"});

  @Test
  void theWriterSpeakingInTheFirstPersonIsNeverShownBefore() {
    for (String[] c : FRAMING) {
      Result r = Fixtures.extracted(Language.fromCode(c[0]).orElseThrow(), c[1]);
      for (Question q : r.bank().questions()) {
        assertFalse(q.prompt().contains(c[2]), c[1] + " -> " + q.prompt());
      }
    }
  }

  @Test
  void theAuditorSeesAPresentShownBeforeTheAskedSentence() {
    List<Question> qs = new ArrayList<>();
    String[][] prompts = {
        {"en", "Today we turn again to the life of Governor Ana Ruiz. She was elected in _____."},
        {"en", "Today the hall is a museum. It was restored in _____ by the town."},
        {"vi", "Ngày nay hội quán là một bảo tàng. Nó được trùng tu vào _____."},
        {"he", "היום האולם הוא מוזיאון. הוא שוקם בשנת _____."}};
    for (String[] p : prompts) {
      qs.add(new Question.Cloze(Question.Header.of("q" + qs.size(), "c" + qs.size(), p[0], p[1],
          List.of(), null, null), new Question.Answer(new AnswerValue.Date("1931"), "1931")));
    }
    // The asked sentence's own present beside its written year stays excused.
    Question aside = new Question.Cloze(Question.Header.of("ok", "ok", "en",
        "Today, a century after the war ended in _____, the valley is quiet.", List.of(), null,
        null), new Question.Answer(new AnswerValue.Date("1865"), "1865"));
    qs.add(aside);
    List<BankAudit.Hit> hits = new BankAudit().audit("b", new Bank(1,
        new Bank.GeneratorInfo("t", "1"), List.of(), qs));
    for (int i = 0; i < prompts.length; i++) {
      String id = "q" + i;
      assertTrue(hits.stream().anyMatch(h -> h.id().equals(id)
          && h.category() == BankAudit.Category.RELATIVE), prompts[i][1] + " " + hits);
    }
    assertEquals(List.of(), hits.stream().filter(h -> h.id().equals("ok")).toList());
  }
}
