package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.factdrill.bank.AnswerValue;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.bank.Question.Answer;
import org.factdrill.bank.Question.Header;
import org.junit.jupiter.api.Test;

/**
 * The audit sees three faults a page's editor or converter leaves: a look-alike letter the
 * language does not write, a bracketed note mark "(N)" after a noun phrase, and a periodical's
 * citation line asked as a sentence. Invented prompts.
 */
class AuditLookAlikeNoteCitationTest {
  private static final BankAudit AUDIT = new BankAudit();

  private static String categories(String lang, String prompt) {
    Header h = Header.of("q", "f-q", lang, prompt, List.of(), "Quorvex Harbour", null);
    Question q = new Question.Cloze(h, new Answer(AnswerValue.Number.of(1950), "1950"));
    Bank b = new Bank(1, new Bank.GeneratorInfo("test", "1"), List.of(), List.of(q));
    return AUDIT.audit("b.json", b).stream().map(x -> x.category().label()).distinct().sorted()
        .collect(Collectors.joining(","));
  }

  @Test
  void aLatinLetterWithAMarkVietnameseDoesNotWriteIsMisDecoded() {
    assertEquals("mojibake", categories("vi", "Ngày 3 tháng 2 nǎm _____, hội đồng tỉnh họp."));
    assertEquals("mojibake", categories("vi", "Hàng nǎm, vào năm _____, đoàn thuyền về bến."));
    assertEquals("mojibake", categories("vi", "Năm _____, Đảng bộ tỉnh mở ĐẠI HỘI lần thứ hai, đǎng ký."));
    assertEquals("", categories("vi", "Ngày 3 tháng 2 năm _____, hội đồng tỉnh họp."));
  }

  @Test
  void aForeignNameOrRomanisationInAVietnamesePromptIsNotMisDecoded() {
    assertEquals("", categories("vi", "Năm _____, kỹ sư François Lebrun đến Hải Phòng."));
    assertEquals("", categories("vi", "Năm _____, trận Wǔhàn kết thúc."));
    assertEquals("", categories("en", "In _____ the harbour of Hǎvik was dredged."));
  }

  @Test
  void aBareSmallNumberInBracketsAfterANounPhraseIsANoteMark() {
    assertEquals("noise", categories("en", "The harbour board (7) approved the new quay in _____."));
    assertEquals("noise", categories("en", "In _____ the quay was rebuilt by the guild (12)."));
    assertEquals("noise", categories("vi", "Ngày 1 tháng 1 năm _____, Ủy ban (12) nhận chức."));
    assertEquals("noise", categories("he", "בשנת _____ אישרה הוועדה (3) את התוכנית."));
  }

  @Test
  void aNumberInBracketsWithItsUnitOrAYearIsNoNoteMark() {
    assertEquals("", categories("en", "The harbour board (7 members) approved the quay in _____."));
    assertEquals("", categories("en", "The quay opened in _____ (see 1912) with a parade."));
    assertEquals("", categories("vi", "Năm _____ (1950), Ủy ban nhận chức."));
  }

  @Test
  void aPeriodicalsCitationLineIsLayout() {
    assertEquals("noise", categories("vi", "Báo Tin Sớm, số 41, ngày 9 – 6 -_____."));
    assertEquals("noise", categories("vi", "Tạp chí Nông Thôn, số 7, ngày 9 tháng 6 năm _____."));
    assertEquals("noise", categories("en", "The Quorvex Weekly Gazette, No. 14, March 4, _____."));
    assertEquals("noise", categories("he", "עיתון הבוקר, גיליון 12, _____."));
  }

  @Test
  void aSentenceAboutAPeriodicalIsNoCitation() {
    assertEquals("", categories("en", "The Quorvex Gazette, founded in _____, printed 12 issues."));
    assertEquals("", categories("vi", "Báo Tin Sớm, ra đời năm _____, có 41 số."));
  }
}
