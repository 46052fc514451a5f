package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 1 (classes-fifteenth-session, class 3): a generic Vietnamese noun of an
 * assembly or body opening its clause ("Sau đó, hội nghị …", "Quốc hội …") points to a body named
 * before; the context line, the prompt's own words, or a name after it must say which (vi
 * topic-nouns.txt). Every sentence is made up.
 */
class VietnameseAssemblyNounsTest {
  private static final String[] NOUNS = {"hội nghị", "đại hội", "quốc hội", "ban chấp hành",
      "hội đồng"};
  private static final String[] LEADS = {"", "Sau đó, ", "Tiếp đó, ", "Ngày _____, "};
  private static final String[] TAILS = {"thông qua bản nghị quyết mới vào ngày _____.",
      "họp lần thứ hai với _____ đại biểu.", "quyết định dời kinh đô về phía nam."};

  @Test
  void aGenericAssemblyNounOpeningItsClauseNeedsItsNameOnScreen() {
    TopicNouns t = new TopicNouns();
    Random r = new Random(1507);
    for (int k = 0; k < 300; k++) {
      String noun = NOUNS[r.nextInt(NOUNS.length)];
      String lead = LEADS[r.nextInt(LEADS.length)];
      String opened = lead.isEmpty() ? Character.toUpperCase(noun.charAt(0)) + noun.substring(1)
          : noun;
      String p = lead + opened + " " + TAILS[r.nextInt(TAILS.length)];
      assertEquals(noun, t.unnamed(Language.VI, p, "Lịch sử vùng ven biển", null), p);
      String named = Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " Lam Sơn";
      assertNull(t.unnamed(Language.VI, p, "Về " + named, null), "the context line: " + p);
      assertNull(t.unnamed(Language.VI, p.replace(opened, opened + " của tỉnh Hà Bắc"),
          "Lịch sử vùng ven biển", null), "the phrase after it says which: " + p);
      assertNull(t.unnamed(Language.VI, p.replace(opened, opened + " Lam Sơn"),
          "Lịch sử vùng ven biển", "Lam Sơn ... Lam Sơn"), "a name the text writes twice: " + p);
      assertNull(t.unnamed(Language.VI, "Các đại biểu rời " + noun + " vào ngày _____.",
          "Lịch sử vùng ven biển", null), "not opening its clause: " + p);
    }
  }

  @Test
  void theSentenceBeforeThatNamesTheAssemblyIsShownElseTheFactIsNotAsked() {
    Result r = Fixtures.generate(Language.VI, """
        Lịch sử vùng ven biển

        Hội nghị Lam Sơn khai mạc tại kinh thành với đại biểu của mười hai tỉnh ven biển. Sau đó, \
        hội nghị thông qua bản nghị quyết về thuế ruộng vào năm {{1921|date|1921}}.
        """);
    List<org.factdrill.bank.Question> q = Fixtures.clozes(r, "1921");
    assertEquals(1, q.size(), r.report().format(r.bank()));
    org.junit.jupiter.api.Assertions.assertTrue(q.get(0).prompt().contains("Hội nghị Lam Sơn"),
        q.get(0).prompt());
    Result none = Fixtures.generate(Language.VI, """
        Lịch sử vùng ven biển

        Mùa mưa năm ấy kéo dài hơn thường lệ và nhiều làng ven biển bị ngập. Sau đó, hội nghị \
        thông qua bản nghị quyết về thuế ruộng vào năm {{1921|date|1921}}.
        """);
    assertEquals(List.of(), Fixtures.clozes(none, "1921"), none.report().format(none.bank()));
  }
}
