package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 1: a Vietnamese fronted clause may end with a closing word instead of a
 * comma ("Vì hiếu học nên ông …", "Tuy … nhưng bà …", "Nếu … thì họ …"); the pronoun after it is
 * the main clause's subject and points back as "Sau khi …, ông …" does (pack setting
 * {@code fronted-clause-closers}). Every sentence is made up.
 */
class PronounAfterClauseCloserTest {
  private static final Set<String> SUB = Set.of("vì", "tuy", "nếu", "do");
  private static final Set<String> PRO = Set.of("ông", "bà", "họ");
  private static final Set<String> CLOSERS = Set.of("nên", "thì", "nhưng");

  private static boolean find(String s) {
    return FrontedPronoun.find(s, SUB, PRO, Set.of(), CLOSERS, true);
  }

  @Test
  void aPronounAfterAClosingWordIsTheMainClausesSubject() {
    for (String s : List.of("Vì hiếu học nên ông qua Pháp học vào năm 1911.",
        "Tuy nhà nghèo nhưng bà vẫn theo học đến năm 1920.",
        "Nếu thành mất thì họ rút lên núi.",
        "Do bị bệnh nặng nên ông từ chức năm 1932.",
        "Năm 1911, vì hiếu học nên ông qua Pháp.",
        "Sau đó, vì hiếu học nên ông qua Pháp.")) {
      assertTrue(find(s), s);
    }
  }

  @Test
  void aNameAfterTheClosingWordOrAClauseWithoutOneIsNoPronoun() {
    assertFalse(find("Vì hiếu học nên ông Hoàng qua Pháp."), "a kin word before a name is a title");
    assertFalse(find("Vì mưa lớn nên quân lính rút về thành."), "a noun subject");
    assertFalse(find("Vì ông hiếu học nên được gửi sang Pháp."), "the pronoun is the clause's own");
    assertFalse(find("Ông nên đi sớm."), "no subordinator opens it");
    assertFalse(FrontedPronoun.find("Vì hiếu học nên ông qua Pháp.", SUB, PRO, Set.of(), Set.of(),
        true), "a pack without closers: a comma alone ends a fronted clause");
  }

  @Test
  void theVietnamesePackListsItsClosingWords() {
    assertTrue(FrontedPronoun.closers(Language.VI).containsAll(CLOSERS));
    assertTrue(FrontedPronoun.closers(Language.EN).isEmpty());
  }

  @Test
  void thePromptShowsTheSentenceThatNamesHimOrIsNotAsked() {
    Result named = Fixtures.generate(Language.VI, """
        Lịch sử làng Đông Sơn

        Thầy đồ Lê Văn Khiêm dạy học ở làng Đông Sơn trong nhiều năm liền. Vì nhà nghèo nên ông \
        phải bán ruộng vào {{năm 1867|date|1867}} để nuôi các con ăn học.
        """);
    List<Question> q = Fixtures.clozes(named, "năm 1867");
    assertTrue(!q.isEmpty() && q.get(0).prompt().contains("Lê Văn Khiêm"),
        q + named.report().format(named.bank()));
    Result dangling = Fixtures.generate(Language.VI, """
        Lịch sử làng Đông Sơn

        Ông là con trai thứ hai của một thầy đồ trong vùng. Vì nhà nghèo nên ông phải bán ruộng \
        vào {{năm 1867|date|1867}} để nuôi các con ăn học.
        """);
    assertTrue(Fixtures.clozes(dangling, "năm 1867").isEmpty(),
        dangling.report().format(dangling.bank()));
    assertTrue(Fixtures.skipped(dangling, SkipReason.DANGLING_START, "năm 1867"));
  }
}
