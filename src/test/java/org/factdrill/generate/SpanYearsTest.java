package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 2, defect "a span-start year dates a later day-month": a year that starts or ends
 * a span ("since 1990", "từ năm 1990", "מאז 1990", "с 1990 года", "until 1990"), a birth year, a
 * cited work's year or a period of several years is not the year of a day and month written
 * later without one; the fact is not asked and the report counts it. Made-up texts, four
 * languages; the words come from each pack (span-start-words, span-end-words, life-words).
 */
class SpanYearsTest {
  private static final Language RU = Language.fromCode("ru").orElseThrow();

  private static Result gen(Language lang, String marked) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", lang, marked));
  }

  private static List<Question> asked(Result r, String answerText) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE
        && q.answer().text().equals(answerText)).toList();
  }

  private static boolean skipped(Result r, SkipReason why, String text) {
    return r.report().skipped().stream().anyMatch(s -> s.reason() == why
        && s.text().equals(text));
  }

  /** {lang, year phrase marked, day-month marked, day-month text} with a span-start year. */
  private static final String[][] SPAN_START = {
      {"en", "Since {{1990|date|1990}} the Plimsoll council has met in the old riverside hall.",
          "On {{5 May|date|--05-05}} the council voted to build a new stone bridge over the river.",
          "5 May"},
      {"vi", "Từ {{năm 1990|date|1990}}, hội đồng Plimsoll họp tại hội trường cũ bên bờ sông.",
          "Ngày {{5 tháng 5|date|--05-05}}, hội đồng biểu quyết xây một cây cầu đá mới qua sông.",
          "5 tháng 5"},
      {"he", "מאז {{1990|date|1990}} מועצת פלימסול מתכנסת באולם הישן שליד הנהר.",
          "ב-{{5 במאי|date|--05-05}} הצביעה המועצה בעד בניית גשר אבן חדש מעל הנהר.",
          "5 במאי"},
      {"ru", "С {{1990 года|date|1990}} совет Плимсола заседает в старом зале у реки.",
          "{{5 мая|date|--05-05}} совет проголосовал за строительство нового каменного моста.",
          "5 мая"}};

  @Test
  void aSpanStartYearDoesNotDateALaterDayMonthInAnyLanguage() {
    for (String[] c : SPAN_START) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      Result r = gen(lang, "Plimsoll\n\n" + c[1] + " " + c[2] + "\n");
      assertTrue(asked(r, c[3]).isEmpty(), c[0] + ": " + r.report().format(r.bank()));
      assertTrue(skipped(r, SkipReason.UNCERTAIN_YEAR, c[3]),
          c[0] + ": " + r.report().format(r.bank()));
    }
  }

  @Test
  void aSpanEndYearDoesNotDateALaterDayMonth() {
    String[][] cases = {
        {"en", "Until {{1990|date|1990}} the council met in the old riverside hall.", SPAN_START[0][2], "5 May"},
        {"vi", "Đến {{năm 1990|date|1990}}, hội đồng vẫn họp tại hội trường cũ bên bờ sông.", SPAN_START[1][2], "5 tháng 5"},
        {"he", "עד {{1990|date|1990}} התכנסה המועצה באולם הישן שליד הנהר.", SPAN_START[2][2], "5 במאי"},
        {"ru", "До {{1990 года|date|1990}} совет заседал в старом зале у реки.", SPAN_START[3][2], "5 мая"}};
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      Result r = gen(lang, "Plimsoll\n\n" + c[1] + " " + c[2] + "\n");
      assertTrue(asked(r, c[3]).isEmpty(), c[0] + ": " + r.report().format(r.bank()));
      assertTrue(skipped(r, SkipReason.UNCERTAIN_YEAR, c[3]), c[0]);
    }
  }

  @Test
  void aPlainYearStillDatesIt() {
    String[][] cases = {
        {"en", "In {{1990|date|1990}} the council met in the old riverside hall.", SPAN_START[0][2], "5 May"},
        {"vi", "Năm {{1990|date|1990}}, hội đồng họp tại hội trường cũ bên bờ sông.", SPAN_START[1][2], "5 tháng 5"},
        {"he", "ב-{{1990|date|1990}} התכנסה המועצה באולם הישן שליד הנהר.", SPAN_START[2][2], "5 במאי"},
        {"ru", "В {{1990 году|date|1990}} совет заседал в старом зале у реки.", SPAN_START[3][2], "5 мая"}};
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      Result r = gen(lang, "Plimsoll\n\n" + c[1] + " " + c[2] + "\n");
      List<Question> q = asked(r, c[3]);
      assertEquals(1, q.size(), c[0] + ": " + r.report().format(r.bank()));
      assertEquals("1990-05-05", q.get(0).answer().value().textual().orElseThrow(), c[0]);
      assertTrue(q.get(0).facts().get(0).resolved().from().contains("1990"), c[0]);
    }
  }

  @Test
  void aBirthACitationOrAPeriodDoesNotDateIt() {
    for (String first : new String[] {
        "The engineer Avel Plimsoll, born in {{1890|date|1890}}, designed the riverside hall.",
        "The hall is described by Quorvex ({{1999|date|1999}}, p. 4) as the town's oldest building.",
        "From {{1992 to 1994|date|1992/1994}} the council met in the old riverside hall."}) {
      Result r = gen(Language.EN, "Plimsoll\n\n" + first + " " + SPAN_START[0][2] + "\n");
      assertTrue(asked(r, "5 May").isEmpty(), first + "\n" + r.report().format(r.bank()));
    }
  }

  @Test
  void aFullDateAfterItInAListStillDatesIt() {
    Result r = gen(Language.EN, """
        Plimsoll

        The bridge was closed from {{May 8|date|--05-08}} until {{15 August 1945|date|1945-08-15}} while engineers rebuilt its piers.
        """);
    assertEquals("1945-05-08", asked(r, "May 8").get(0).answer().value().textual()
        .orElseThrow());
  }

  @Test
  void aFullDateEndingASpanStillDatesADayJustAfterIt() {
    Result r = gen(Language.EN, """
        Plimsoll

        The siege of Quorvex lasted until {{24 October 1973|date|1973-10-24}}, when the truce began. Shelling went on until {{26 October|date|--10-26}} along the southern river.
        """);
    assertEquals("1973-10-26", asked(r, "26 October").get(0).answer().value().textual()
        .orElseThrow(), r.report().format(r.bank()));
  }

  @Test
  void aYearInAnotherParagraphDoesNotDateIt() {
    Result r = gen(Language.EN, """
        Plimsoll

        In {{1990|date|1990}} the council met in the old riverside hall.

        On {{5 May|date|--05-05}} the council voted to build a new stone bridge over the river.
        """);
    assertTrue(asked(r, "5 May").isEmpty(), r.report().format(r.bank()));
  }

  /**
   * Generated: every span and life word of every pack, with and without the pack's year words
   * and fillers between it and the year, makes the year doubtful; every time preposition that
   * is none of them leaves it certain.
   */
  @Test
  void everyPackWordBeforeAYearMakesItDoubtfulAndNoOtherDoes() {
    int n = 0;
    for (Language lang : Language.values()) {
      var pack = lang.pack();
      AnchorDoubts doubts = AnchorDoubts.of(lang);
      Set<String> marked = new java.util.HashSet<>(pack.words("span-start-words"));
      marked.addAll(pack.words("span-end-words"));
      marked.addAll(pack.words("life-words"));
      List<String> fillers = new java.util.ArrayList<>(pack.words("year-words").stream()
          .filter(y -> !y.contains(" ")).toList()); // "гг ." is a tokenized form after a year
      fillers.add("");
      for (String w : marked) {
        for (String filler : fillers) {
          String before = "Xyz qwe " + w + " " + (filler.isEmpty() ? "" : filler + " ");
          String text = before + "1990 abc.";
          Fact f = new Fact(before.length(), before.length() + 4, "1990", FactKind.DATE,
              new Value.Date("1990"), null, false, new Span(0, text.length()));
          assertNotNull(doubts.of(text, f), lang + ": " + text);
          n++;
        }
      }
      for (String p : pack.words("time-prepositions")) {
        if (marked.contains(p) || pack.prefixes().contains(p) || p.length() < 2
            || marked.stream().anyMatch(m -> p.endsWith(m))) {
          continue;
        }
        String before = "Xyz qwe " + p + " ";
        String text = before + "1990 abc.";
        Fact f = new Fact(before.length(), before.length() + 4, "1990", FactKind.DATE,
            new Value.Date("1990"), null, false, new Span(0, text.length()));
        assertNull(doubts.of(text, f), lang + ": " + text);
        n++;
      }
    }
    assertTrue(n > 100, "cases: " + n);
  }
}
