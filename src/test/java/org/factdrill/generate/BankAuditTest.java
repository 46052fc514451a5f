package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.factdrill.bank.AnswerValue;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.bank.Question.Answer;
import org.factdrill.bank.Question.FactRef;
import org.factdrill.bank.Question.Header;
import org.junit.jupiter.api.Test;

/** The bank audit finds each kind of fault in invented banks, and leaves clean questions alone. */
class BankAuditTest {
  private static final BankAudit AUDIT = new BankAudit();

  private static Header header(String id, String lang, String prompt, String context,
      FactRef... facts) {
    return Header.of(id, "f-" + id, lang, prompt, List.of(facts), context, null);
  }

  private static FactRef fact(String sentence, String text) {
    int at = Math.max(0, sentence.indexOf(text));
    return new FactRef("t.txt", at, at + text.length(), text, "number", null, null, null,
        sentence, 0);
  }

  private static Question cloze(String lang, String prompt, AnswerValue v, String text) {
    return new Question.Cloze(header("q", lang, prompt, "Quorvex Harbour"), new Answer(v, text));
  }

  private static String categories(Question... qs) {
    Bank b = new Bank(1, new Bank.GeneratorInfo("test", "1"), List.of(), List.of(qs));
    return AUDIT.audit("b.json", b).stream().map(h -> h.category().label()).distinct()
        .sorted().collect(Collectors.joining(","));
  }

  private static AnswerValue n(long v) {
    return AnswerValue.Number.of(v);
  }

  @Test
  void aDateAnswerWithoutAYearIsFound() {
    assertEquals("no-year", categories(cloze("en", "The harbour opened on _____ with a parade.",
        new AnswerValue.Date("--05-12"), "12 May")));
    assertEquals("", categories(cloze("en", "The harbour opened on _____ with a parade.",
        new AnswerValue.Date("1911-05-12"), "12 May 1911")));
  }

  @Test
  void aDayAndMonthWithNoYearInThePromptIsFound() {
    assertEquals("no-year", categories(cloze("en",
        "Figures published on 3 April show that _____ sailors served in the fleet.", n(4300),
        "4,300")));
    assertEquals("no-year", categories(cloze("vi",
        "Theo số liệu công bố hôm 3 tháng Tư, có _____ thủy thủ phục vụ trong hạm đội.", n(4300),
        "4.300")));
    assertEquals("", categories(cloze("en",
        "Figures published on 3 April 1950 show that _____ sailors served in the fleet.",
        n(4300), "4,300")));
  }

  @Test
  void anUnresolvedRelativeTimeIsFoundAndAResolvedOneIsNot() {
    assertEquals("relative", categories(cloze("en",
        "Last year the council counted _____ sailors in the fleet.", n(4300), "4,300")));
    assertEquals("relative", categories(cloze("vi",
        "Năm ngoái, hội đồng cảng đếm được _____ thủy thủ.", n(4300), "4.300")));
    assertEquals("", categories(cloze("en",
        "The port was built in 1911; the following year (1912) it had _____ berths.", n(40),
        "40")));
  }

  @Test
  void aPromptOpeningWithAPronounIsFound() {
    assertEquals("pronoun", categories(cloze("en",
        "They counted _____ sailors in the harbour fleet that winter of 1950.", n(4300),
        "4,300")));
    assertEquals("pronoun", categories(cloze("en",
        "These ships carried _____ sailors across the bay in 1950.", n(4300), "4,300")));
    assertEquals("pronoun", categories(cloze("vi",
        "Họ đếm được _____ thủy thủ trong hạm đội năm 1950.", n(4300), "4.300")));
    assertEquals("", categories(cloze("en",
        "The council counted _____ sailors in the harbour fleet in 1950.", n(4300), "4,300")));
  }

  @Test
  void aCountAfterThatInAnOpeningPhraseIsFound() {
    // (A count of years after an event is also a relative time where the pack lists it.)
    assertTrue(categories(cloze("en",
        "About ten years after that, the harbour had _____ berths for the fleet.", n(40), "40"))
        .contains("pronoun"));
    assertTrue(categories(cloze("he",
        "כ-10 שנים לאחר מכן, היו בנמל _____ מעגנים לצי.", n(40), "40")).contains("pronoun"));
    assertTrue(categories(cloze("vi",
        "Khoảng mười năm sau đó, cảng có _____ bến cho hạm đội.", n(40), "40"))
        .contains("pronoun"));
    // A clause with its subject before the comma is no opening phrase.
    assertEquals("", categories(cloze("he",
        "מועצת הנמל של העיר הגדולה פתחה אחר כך, ב-1950, _____ מעגנים.", n(40), "40")));
  }

  @Test
  void aRelativeTimeWhoseRecordedYearIsShownNowhereIsFound() {
    String p = "The treaty was signed in _____ and, a year later, ratified by the council.";
    FactRef resolvedElsewhere = new FactRef("t.txt", 0, 4, "1950", "date", null, null, null,
        p, 0, new Question.Resolved(null, null,
            List.of(new Question.Time("a year later", 1912, "'1911' at 40"))));
    FactRef fromAnswer = new FactRef("t.txt", 0, 4, "1950", "date", null, null, null, p, 0,
        new Question.Resolved(null, null,
            List.of(new Question.Time("a year later", 1951, "'1950' at 0"))));
    assertEquals("relative", categories(new Question.Cloze(header("r", "en", p, "Quorvex",
        resolvedElsewhere), new Answer(new AnswerValue.Date("1950"), "1950"))));
    assertEquals("", categories(new Question.Cloze(header("r", "en", p, "Quorvex", fromAnswer),
        new Answer(new AnswerValue.Date("1950"), "1950"))));
  }

  @Test
  void aContextLineFromAPictureCreditIsFound() {
    assertEquals("noise", categories(new Question.Cloze(header("k", "en",
        "The harbour council counted _____ sailors in the fleet in 1950.",
        "Photo by Ann Quorvex, courtesy of the harbour archive"),
        new Answer(n(4300), "4,300"))));
  }

  @Test
  void anOptionTheHedgeMakesTrueIsFound() {
    String prompt = "In 1950 the fleet had more than _____ sailors.";
    Question bad = new Question.Choice(header("c", "en", prompt, "Quorvex"),
        new Answer(n(4300), "4,300"), List.of("3,100", "4,300", "5,500", "6,700"));
    Question good = new Question.Choice(header("c", "en", prompt, "Quorvex"),
        new Answer(n(4300), "4,300"), List.of("4,300", "5,500", "6,700", "7,900"));
    assertEquals("hedge", categories(bad));
    assertEquals("", categories(good));
    // "about 2 million": 1 and 4 million are clear of it once the scale word counts.
    String about = "In 1950 about _____ people lived by the bay.";
    assertEquals("", categories(new Question.Choice(header("c", "en", about, "Quorvex"),
        new Answer(n(2_000_000), "2 million"),
        List.of("1 million", "2 million", "4 million", "5 million"))));
    assertEquals("hedge", categories(new Question.Choice(header("c", "en", about, "Quorvex"),
        new Answer(n(2_000_000), "2 million"),
        List.of("2 million", "2.1 million", "4 million", "5 million"))));
  }

  @Test
  void aFalseStatementTheHedgeMakesTrueIsFound() {
    String sentence = "In 1950 the fleet had more than 4,300 sailors.";
    Question stillTrue = new Question.TrueFalse(header("t", "en",
        "In 1950 the fleet had more than 3,100 sailors.", "Quorvex", fact(sentence, "4,300")),
        new Answer(n(4300), "4,300"), false);
    Question honest = new Question.TrueFalse(header("t", "en",
        "In 1950 the fleet had more than 5,500 sailors.", "Quorvex", fact(sentence, "4,300")),
        new Answer(n(4300), "4,300"), false);
    assertEquals("hedge", categories(stillTrue));
    assertEquals("", categories(honest));
  }

  @Test
  void aPrefixLetterInsideTheBlankIsFound() {
    assertEquals("prefix", categories(cloze("he", "נמל קוורבקס נפתח _____ בטקס גדול.",
        new AnswerValue.Date("1911"), "ב-1911")));
    assertEquals("", categories(cloze("he", "נמל קוורבקס נפתח ב-_____ בטקס גדול.",
        new AnswerValue.Date("1911"), "1911")));
  }

  @Test
  void aFootnoteMarkOrLayoutInThePromptIsFound() {
    for (String p : List.of("The fleet had _____ sailors in 1950.[12]",
        "The fleet had _____ sailors in 1950.[citation needed]",
        "The fleet had _____ sailors in 1950.^",
        "The fleet had _____ sailors in 1950.³",
        "Sailors | _____ | 1950 | harbour fleet of the bay",
        "The fleet had _____ sailors in 1950. Retrieved from the harbour archive.")) {
      assertEquals("noise", categories(cloze("en", p, n(4300), "4,300")), p);
    }
    assertEquals("", categories(cloze("en", "The bay covers _____ km² of water since 1950.",
        n(120), "120")));
  }

  @Test
  void misDecodedLettersAreFound() {
    String vi = new String("Hạm đội Việt Nam có _____ thủy thủ năm 1950.".getBytes(
        StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    // (Its bytes shown as Latin-1 may also read as superscript digits: noise as well.)
    assertTrue(categories(cloze("vi", vi, n(4300), "4.300")).contains("mojibake"));
    String he = new String("בשנת 1950 שירתו בצי הנמל _____ מלחים ותיקים".getBytes(
        Charset.forName("windows-1255")), StandardCharsets.ISO_8859_1);
    assertEquals("mojibake", categories(cloze("he", he, n(4300), "4,300")));
    assertEquals("", categories(cloze("vi", "Hạm đội Việt Nam có _____ thủy thủ năm 1950.",
        n(4300), "4.300")));
  }
}
