package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * What is asked of a date the extractor converted from another calendar: nothing. The text
 * states only the Hebrew or Hijri form, so asking its Gregorian day asks what the text never
 * says; it is skipped as {@code other_calendar}, with its Gregorian value kept on the fact. A
 * Gregorian date beside it is asked, and the Hebrew date leaves the prompt with the blank.
 * Made-up sentences; the extractor runs for real.
 */
class ConvertedCalendarQuestionsTest {
  private static final FactExtractor EXTRACTOR = new FactExtractor();

  private static Result generate(Language lang, String text) {
    Document doc = new Document("t.txt", text, lang);
    List<Fact> facts = EXTRACTOR.extract(doc);
    return Fixtures.generate(1, new DocFacts(new SourceText(doc, "0".repeat(64)), facts));
  }

  private static List<Question> askedAbout(Result r, String answer) {
    return r.bank().questions().stream().filter(q -> q.answer() != null
        && answer.equals(q.answer().text())).toList();
  }

  @Test
  void aHebrewCalendarDateAloneIsExtractedButNotAsked() {
    String text = "פלימסול\n\nהכינוס של אגודת פלימסול נפתח בה' באייר תש\"ח בעיר קוורבקס לאחר הכנות"
        + " ארוכות של חברי האגודה.\n";
    Fact f = EXTRACTOR.extract(new Document("t.txt", text, Language.HE)).stream()
        .filter(x -> "hebrew".equals(x.calendar())).findFirst().orElseThrow();
    assertEquals("1948-05-14", f.value().json().replace("\"", ""));
    Result r = generate(Language.HE, text);
    assertEquals(List.of(), askedAbout(r, f.text()), r.report().format(r.bank()));
    assertTrue(r.report().skipped().stream().anyMatch(s -> s.reason() == SkipReason.OTHER_CALENDAR
        && s.text().equals(f.text())), r.report().format(r.bank()));
  }

  @Test
  void aHijriDateIsNotAsked() {
    String text = "Plimsoll\n\nThe treaty of Plimsoll was sealed on 5 Rajab 1367 AH in the old "
        + "fortress of Quorvex by both rival houses.\n";
    Result r = generate(Language.EN, text);
    assertEquals(List.of(), askedAbout(r, "5 Rajab 1367 AH"), r.report().format(r.bank()));
    assertTrue(r.report().skipped().stream().anyMatch(s -> s.reason() == SkipReason.OTHER_CALENDAR
        && s.text().equals("5 Rajab 1367 AH")), r.report().format(r.bank()));
  }

  @Test
  void theGregorianDateBesideItIsAskedWithoutTheHebrewOne() {
    String text = "פלימסול\n\nביום ה' באייר תש\"ח, 14 במאי 1948, הוכרזה העצמאות של פלימסול בעיר"
        + " קוורבקס בטקס רב משתתפים.\n";
    Result r = generate(Language.HE, text);
    List<Question> cloze = askedAbout(r, "14 במאי 1948").stream()
        .filter(q -> q.type() == QuestionType.CLOZE).toList();
    assertEquals(1, cloze.size(), r.report().format(r.bank()));
    assertTrue(!cloze.get(0).prompt().contains("אייר"), cloze.get(0).prompt());
    assertEquals(List.of(), askedAbout(r, "ה' באייר תש\"ח"), r.report().format(r.bank()));
  }
}
