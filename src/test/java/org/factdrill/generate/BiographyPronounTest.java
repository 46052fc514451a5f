package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 1: in a biography (a title naming one person: a biography word before a
 * name, or a name the text's lead sentence opens with and the next one refers to by a person
 * pronoun), a clause whose subject is that person's pronoun ("In 1905, he …", "Năm 1905, vì …
 * nên ông …", "בשנת 1905 הוא …") is about the person the context line names: it is asked under
 * that line. Under a title naming no person, or after a sentence whose subject is someone else,
 * it is still not asked. Every text is made up.
 */
class BiographyPronounTest {
  private static final String EN_PARA = """
      Walter Hask trained as a printer in a small river town. After his apprenticeship ended, he \
      moved to the capital with his savings. In {{1905|date|1905}}, he opened his own press near \
      the harbour.
      """;

  private static void asked(Result r, String answer, String named) {
    List<Question> q = Fixtures.clozes(r, answer);
    assertTrue(!q.isEmpty() && q.get(0).context() != null && q.get(0).context().contains(named),
        q + r.report().format(r.bank()));
  }

  private static void notAsked(Result r, String answer) {
    notAsked(r, answer, answer);
  }

  private static void notAsked(Result r, String answer, String fact) {
    assertTrue(Fixtures.clozes(r, answer).isEmpty(), r.report().format(r.bank()));
    assertTrue(Fixtures.skipped(r, SkipReason.DANGLING_START, fact));
  }

  @Test
  void aPronounAfterAFrontedPhraseInABiographyIsAskedUnderTheName() {
    asked(Fixtures.generate(Language.EN, "Biography of Walter Hask\n\n" + EN_PARA), "1905",
        "Walter Hask");
  }

  @Test
  void theSameParagraphUnderATitleNamingNoPersonIsNotAsked() {
    notAsked(Fixtures.generate(Language.EN, "Printing in the River Towns\n\n" + EN_PARA), "1905");
  }

  @Test
  void aSentenceAboutSomeoneElseBeforeThePronounKeepsItUnasked() {
    notAsked(Fixtures.generate(Language.EN, """
        Biography of Walter Hask

        Edgar Lund owned the only press in the small river town. He took on two apprentices in \
        the spring. In {{1905|date|1905}}, he opened a second press near the harbour.
        """), "1905");
  }

  @Test
  void aPronounOfTheOtherGenderIsNotThePerson() {
    notAsked(Fixtures.generate(Language.EN, """
        Biography of Walter Hask

        He trained as a printer in a small river town. He married a teacher from the capital. \
        She had grown up near the harbour. In {{1905|date|1905}}, she opened a school there.
        """), "1905");
  }

  @Test
  void aVietnameseBiographyAsksThePronounAfterAClauseCloser() {
    String para = """
        Lê Văn Khiêm sinh ra trong một gia đình nghèo ở làng Đông Sơn. Thuở nhỏ, ông theo học chữ \
        Hán với một thầy đồ trong làng. {{Năm 1905|date|1905}}, vì hiếu học nên ông lên kinh thành \
        thi Hương.
        """;
    asked(Fixtures.generate(Language.VI, "Tiểu sử Lê Văn Khiêm\n\n" + para), "Năm 1905",
        "Lê Văn Khiêm");
    notAsked(Fixtures.generate(Language.VI, "Lịch sử làng Đông Sơn\n\n" + para), "Năm 1905");
    notAsked(Fixtures.generate(Language.VI, """
        Tiểu sử Lê Văn Khiêm

        Thầy đồ Nguyễn Văn Cừ mở trường dạy chữ Hán ở làng Đông Sơn. Thuở ấy, ông nhận học trò \
        nghèo không lấy tiền. {{Năm 1905|date|1905}}, vì tuổi già nên ông đóng cửa trường.
        """), "Năm 1905");
  }

  @Test
  void aHebrewLeadNamingThePersonMakesTheTitleABiography() {
    String para = """
        יוסף כרמלי היה מורה וסופר עברי. הוא נולד בעיר קטנה ולמד בישיבה שנים רבות. הוא עבר לירושלים \
        עם משפחתו. {{בשנת 1905|date|1905}} הוא פתח בית ספר לבנות בעיר העתיקה.
        """;
    asked(Fixtures.generate(Language.HE, "יוסף כרמלי\n\n" + para), "1905", "יוסף כרמלי");
    notAsked(Fixtures.generate(Language.HE, "בתי הספר בירושלים\n\n"
        + para.replace("יוסף כרמלי היה", "המורה היה")), "1905", "בשנת 1905");
  }

  @Test
  void theSubjectPronounIsFoundOpeningAfterAFrontedClauseOrAfterATimePhrase() {
    BiographySubject b = new BiographySubject(new Context());
    assertTrue("ông".equals(b.subjectPronoun(Language.VI, "Năm 1905, vì hiếu học nên ông đi.")));
    assertTrue("he".equals(b.subjectPronoun(Language.EN, "In 1905, he opened a press.")));
    assertTrue("היא".equals(b.subjectPronoun(Language.HE, "בשנת 1905 היא פתחה בית ספר.")));
    assertTrue(b.subjectPronoun(Language.VI, "Ông Cừ dạy học ở làng.") == null,
        "a kin word before a name is a title");
    assertTrue(b.subjectPronoun(Language.EN, "In 1905, his brother opened a press.") == null);
    assertFalse("he".equals(b.subjectPronoun(Language.EN, "In 1905, they opened a press.")));
  }
}
