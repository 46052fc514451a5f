package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.factdrill.bank.AnswerValue;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.junit.jupiter.api.Test;

/**
 * Two of the auditor's blind spots, read as the generator reads them: a weekday of the pack ("on
 * Sunday", "vào thứ Năm", "ביום שני") with no date of a day in the prompt is an unresolved time
 * (relative); a definite abstract noun answered in the prompt's first sentence ("answered the
 * challenge") stands for a thing told before and not shown (pronoun). Invented prompts.
 */
class AuditSeesWeekdaysAndAnsweredNounsTest {
  private static final BankAudit AUDIT = new BankAudit();

  private static String categories(String lang, String prompt) {
    Question q = new Question.Cloze(Question.Header.of("q", "f-q", lang, prompt, List.of(),
        "Lamor", null), new Question.Answer(AnswerValue.Number.of(12), "12"));
    Bank b = new Bank(1, new Bank.GeneratorInfo("test", "1"), List.of(), List.of(q));
    return AUDIT.audit("b.json", b).stream().map(h -> h.category().label()).distinct()
        .sorted().collect(Collectors.joining(","));
  }

  @Test
  void aWeekdayWithNoDateOfADayIsARelativeTime() {
    assertEquals("relative", categories("en", "On Sunday the council of Lamor passed _____ "
        + "laws in 1931."));
    assertEquals("relative", categories("vi", "Vào thứ Năm, hội đồng Lamor thông qua _____ đạo "
        + "luật năm 1931."));
    assertEquals("relative", categories("he", "ביום שני העבירה מועצת למור _____ חוקים ב-1931."));
    assertEquals("", categories("en", "On Sunday, 3 May 1931, the council of Lamor passed _____ "
        + "laws."));
    assertEquals("", categories("vi", "Vào thứ Năm, ngày 7 tháng 5 năm 1931, hội đồng Lamor "
        + "thông qua _____ đạo luật."));
  }

  @Test
  void aNounAnsweredInThePromptsFirstSentenceStandsForAThingNotShown() {
    assertEquals("pronoun", categories("en", "Only in May 1952 did the Lamor league answer the "
        + "challenge, with a charter of _____ articles."));
    assertEquals("pronoun", categories("en", "In 1952 the Lamor league met the threat with a "
        + "charter of _____ articles."));
    assertEquals("", categories("en", "In 1950 the clubs of the south founded a rival league. "
        + "Only in May 1952 did the Lamor league answer the challenge, with a charter of _____ "
        + "articles."));
    assertEquals("", categories("en", "In 1952 the Lamor league met the threat of the southern "
        + "clubs with a charter of _____ articles."));
  }
}
