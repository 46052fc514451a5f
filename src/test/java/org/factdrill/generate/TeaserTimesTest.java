package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * "That year", "the same year", "the following year", "two years later" count from a year the
 * story stated before them, never from the document's date: in a teaser or a paragraph that
 * opens with one, nothing resolves it and the fact is not asked, even when a dateline dates the
 * text; "this year" is the document's own year, and resolves against its dateline.
 */
class TeaserTimesTest {

  private static Result gen(Language lang, String marked) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", lang, marked));
  }

  private static Optional<Question> cloze(Result r, String answer) {
    return r.bank().questions().stream()
        .filter(q -> q.type() == QuestionType.CLOZE && q.answer().text().equals(answer)).findFirst();
  }

  @Test
  void aYearCountedFromAStoryYearOpeningAParagraphIsNotAskedWhateverTheDateline() {
    for (String phrase : List.of("That year", "The same year", "The following year",
        "Two years later")) {
      Result r = gen(Language.EN, """
          Harbour town of Valmora remembers its great fire

          {{March 3, 2009|date|2009-03-03}}

          %s, the council of Valmora counted {{4,170|number|4170}} houses along the river and the \
          old harbour of the town.

          The fire of Valmora destroyed the harbour in {{1931|date|1931}}, and the town was rebuilt \
          within ten years by its own people.
          """.formatted(phrase));
      assertTrue(cloze(r, "4,170").isEmpty(), phrase + ": " + r.report().format(r.bank()));
    }
  }

  @Test
  void aYearCountedFromAYearBeforeItInItsParagraphIsResolved() {
    Result r = gen(Language.EN, """
        Harbour town of Valmora remembers its great fire

        {{March 3, 2009|date|2009-03-03}}

        The fire of Valmora destroyed the harbour in {{1931|date|1931}}. The following year, the \
        council of Valmora counted {{4,170|number|4170}} houses along the river and the old harbour.
        """);
    Question q = cloze(r, "4,170").orElseThrow(() -> new AssertionError(r.report().format(r.bank())));
    assertTrue(q.prompt().contains("1932") || q.prompt().contains("1931"), q.prompt());
  }

  @Test
  void thisYearIsTheDatelinesYear() {
    Result r = gen(Language.EN, """
        Harbour town of Valmora remembers its great fire

        {{March 3, 2009|date|2009-03-03}}

        The council of Valmora counted {{4,170|number|4170}} houses along the river this year, \
        after the old harbour of the town was rebuilt.
        """);
    Question q = cloze(r, "4,170").orElseThrow(() -> new AssertionError(r.report().format(r.bank())));
    assertTrue(q.prompt().contains("2009"), q.prompt());
  }
}
