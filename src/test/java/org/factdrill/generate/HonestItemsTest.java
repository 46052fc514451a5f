package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.DocumentLoader;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, "honest items": no item whose wording gives the answer away (a which-first pair
 * whose kinds tell the order, a choice among years whose prompt writes the year) and no option a
 * student rules out without knowing the answer (a future year, a year outside the period the
 * heading names, a year inside a hedged year's reach). Every text here is made up.
 */
class HonestItemsTest {
  @TempDir
  Path dir;

  private Result gen(String text, int nowYear) throws Exception {
    Path p = dir.resolve("t" + Math.abs(text.hashCode()) + ".txt");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    List<SourceText> src = new SourceLoader(new DocumentLoader(Optional.empty(), Optional.empty(),
        false), w -> { }).load(List.of(p));
    Clock clock = Clock.fixed(Instant.parse(nowYear + "-06-01T00:00:00Z"), ZoneOffset.UTC);
    return new BankGenerator(SharedExtractor.get(), "test", clock).run(src,
        GenerateOptions.defaults());
  }

  private static List<Question> of(Result r, QuestionType t) {
    return r.bank().questions().stream().filter(q -> q.type() == t).toList();
  }

  private static List<Integer> optionYears(Question q) {
    return ((Question.Choice) q).options().stream()
        .map(o -> Integer.parseInt(o.replaceAll("\\D", "").substring(0, 4))).toList();
  }

  @Test
  void orderWordsReadTheKindOfAnEventInEveryPack() {
    OrderWords en = OrderWords.of(Language.EN);
    assertEquals(OrderWords.Kind.BEGIN, en.kind("The guild was founded by weavers."));
    assertEquals(OrderWords.Kind.END, en.kind("The guild was dissolved by the king."));
    assertEquals(OrderWords.Kind.END, en.kind("The guild was re-established by its members."));
    assertEquals(OrderWords.Kind.NONE, en.kind("The guild signed a pact with the city."));
    // Both kinds in one clause: which one the date belongs to is not said.
    assertEquals(OrderWords.Kind.NONE, en.kind("Founded by weavers, the guild was dissolved."));
    assertTrue(en.tellsOrder("The poet was born in a small village.", "The poet died in exile."));
    assertFalse(en.tellsOrder("The poet died in exile.", "The guild was founded by weavers."));
    OrderWords vi = OrderWords.of(Language.VI);
    assertEquals(OrderWords.Kind.BEGIN, vi.kind("Hội được thành lập tại Huế."));
    assertEquals(OrderWords.Kind.END, vi.kind("Hội bị giải thể sau cuộc họp."));
    assertEquals(OrderWords.Kind.END, vi.kind("Hội được tái lập tại Huế."));
    OrderWords he = OrderWords.of(Language.HE);
    assertEquals(OrderWords.Kind.BEGIN, he.kind("האגודה נוסדה בעיר הנמל."));
    assertEquals(OrderWords.Kind.END, he.kind("האגודה פורקה בידי השלטונות."));
    assertEquals(OrderWords.Kind.END, he.kind("האגודה הוקמה מחדש בעיר הנמל."));
    assertEquals(OrderWords.Kind.BEGIN, he.kind("עם הקמת האגודה נבחר ועד."));
    OrderWords ru = OrderWords.of(Language.fromCode("ru").orElseThrow());
    assertEquals(OrderWords.Kind.BEGIN, ru.kind("Общество было основано купцами."));
    assertEquals(OrderWords.Kind.END, ru.kind("Общество было упразднено указом."));
    assertEquals(OrderWords.Kind.END, ru.kind("Общество было восстановлено купцами."));
    assertTrue(ru.tellsOrder("Крепость была заложена у слияния двух рек.",
        "Город был перенесён на новое место и основан заново."));
    // "восток" (east) is no restoration: the stems are whole-word starts of the listed verbs.
    assertEquals(OrderWords.Kind.NONE, ru.kind("Купцы двинулись на восток."));
    // A merger ends the merged entity: after its founding.
    assertTrue(vi.tellsOrder("Tỉnh Tân An được thành lập dưới thời vua mới.",
        "Tỉnh được nhập vào tỉnh Long Hải."));
    assertTrue(en.tellsOrder("The county was formed from two parishes.",
        "The county was merged with its neighbour."));
    // An event told as following another: only when the later one says so.
    assertTrue(en.tellsOrder("The harbour was bombed by the fleet.",
        "The harbour was bombed again by the fleet."));
    assertTrue(en.tellsOrder("The guild signed a pact with the city.",
        "The guild also signed a pact with the bishop."));
    assertFalse(en.tellsOrder("The harbour was bombed again by the fleet.",
        "The guild signed a pact with the city."));
    assertFalse(en.tellsOrder("The harbour was bombed again by the fleet.",
        "The harbour was bombed again by the army."));
    assertTrue(vi.tellsOrder("Quân Minh tấn công thành.", "Quân Minh tấn công thành một lần nữa."));
    assertTrue(he.tellsOrder("העיר הופצצה בידי הצי.", "העיר הופצצה שוב בידי הצי."));
    assertTrue(ru.tellsOrder("Город был осаждён.", "Город был снова осаждён."));
  }

  @Test
  void whichFirstIsNotAskedWhenTheEventsKindsTellTheOrder() throws Exception {
    Result told = gen("""
        The Weavers' Guild of Harlow

        The Weavers' Guild of Harlow was founded in 1621 by eleven master weavers of the town.

        The Weavers' Guild of Harlow was dissolved in 1788 by a decree of the county court.
        """, 2026);
    assertTrue(of(told, QuestionType.WHICHFIRST).isEmpty(), () -> of(told,
        QuestionType.WHICHFIRST).toString());
    assertTrue(told.report().skipped().stream()
        .anyMatch(s -> s.reason() == SkipReason.ORDER_IN_WORDING), told.report()::toString);
    Result fair = gen("""
        The Weavers' Guild of Harlow

        The Weavers' Guild of Harlow signed a trade pact in 1621 with the merchants of Leiden.

        The Weavers' Guild of Harlow lost its market rights in 1788 by a decree of the county court.
        """, 2026);
    assertEquals(1, of(fair, QuestionType.WHICHFIRST).size(), fair.report()::toString);
  }

  @Test
  void noOptionYearIsLaterThanTheDocumentDateOrToday() throws Exception {
    Result dated = gen("""
        A new bridge for Harlow

        Published 3 March 2021

        The new bridge over the river Lune opened in 2020 after eleven years of work on its piers.
        """, 2026);
    List<Question> choice = of(dated, QuestionType.CHOICE);
    assertFalse(choice.isEmpty(), dated.report()::toString);
    for (Question q : choice) {
      if (q.answer().text().contains("2020")) {
        assertTrue(optionYears(q).stream().allMatch(y -> y <= 2021), q.toString());
      }
    }
    Result undated = gen("""
        A new bridge for Harlow

        The new bridge over the river Lune opened in 2023 after eleven years of work on its piers.
        """, 2024);
    for (Question q : of(undated, QuestionType.CHOICE)) {
      if (q.answer().text().contains("2023")) {
        assertTrue(optionYears(q).stream().allMatch(y -> y <= 2024), q.toString());
      }
    }
  }

  @Test
  void aChoiceAmongYearsOrAClozeOfTheDateIsNotAskedWhenThePromptWritesTheYear() throws Exception {
    Result r = gen("""
        Treaties of the coast

        The Treaty of Harlow of 1884 was signed on 6 June 1884 in the old river capital by both envoys.
        """, 2026);
    assertTrue(of(r, QuestionType.CHOICE).stream()
        .noneMatch(q -> q.answer().text().contains("6 June 1884")), r.report()::toString);
    // Class 8 of the sixteenth review: nor a cloze blanking the whole date (choice16).
    assertTrue(of(r, QuestionType.CLOZE).stream()
        .noneMatch(q -> q.answer().text().contains("6 June 1884")), r.report()::toString);
    assertTrue(r.report().skipped().stream().anyMatch(s -> s.reason()
        == SkipReason.ANSWER_GIVEN_AWAY && "the prompt states the year".equals(s.detail())));
  }

  @Test
  void aHedgedYearsOptionsAreClearOfItsReach() {
    assertFalse(YearOptions.clearOfHedge(1370, true).test(1373));
    // "about 1375" may be true of "about 1370": the reach is a decade.
    assertFalse(YearOptions.clearOfHedge(1370, true).test(1375));
    assertTrue(YearOptions.clearOfHedge(1370, true).test(1380));
    assertTrue(YearOptions.clearOfHedge(1370, false).test(1371));
    // Kept clear of the reach but all on one side, the answer is the odd one out: no choice.
    List<Option> above = List.of(opt(1375), opt(1376), opt(1377));
    assertTrue(YearOptions.oneSided(1370, true, above));
    assertFalse(YearOptions.oneSided(1370, false, above));
    assertFalse(YearOptions.oneSided(1370, true, List.of(opt(1362), opt(1376), opt(1377))));
  }

  private static Option opt(int year) {
    return new Option(new org.factdrill.extract.Value.Date(String.valueOf(year)),
        String.valueOf(year), String.valueOf(year));
  }

  @Test
  void aDocumentDateThatIsTheAnswersOwnYearBoundsNothing() {
    // The ceiling is the writing date only for answers before it: a page whose top line is its
    // subject's date would otherwise make every answer of that year the latest option.
    assertTrue(YearCeiling.bound(2019, 2020).test(2020));
    assertFalse(YearCeiling.bound(2019, 2020).test(2021));
    assertTrue(YearCeiling.bound(2031, 2026).test(2033), "a plan after today is not bounded");
  }

  @Test
  void aPeriodShownAboveThePromptKeepsEveryOptionInsideIt() {
    assertEquals(List.of(1940, 1949), List.of(YearOptions.period("194")[0],
        YearOptions.period("194")[1]));
    assertEquals(List.of(1800, 1899), List.of(YearOptions.period("18")[0],
        YearOptions.period("18")[1]));
    assertEquals(List.of(1939, 1945), List.of(YearOptions.period("1939/1945")[0],
        YearOptions.period("1939/1945")[1]));
  }

  @Test
  void optionsUnderADecadeHeadingLieInsideTheDecade() throws Exception {
    Result r = gen("""
        Harlow in the 1840s

        The first railway station of Harlow opened in 1846 after four years of building work on the line.

        The town council bought the old mill in 1851 for its new school.
        """, 2026);
    int seen = 0;
    for (Question q : of(r, QuestionType.CHOICE)) {
      if (q.answer().text().equals("1846") && q.context() != null
          && q.context().contains("1840s")) {
        seen++;
        assertTrue(optionYears(q).stream().allMatch(y -> y >= 1840 && y <= 1849), q.toString());
      }
    }
    assertEquals(1, seen, r.report()::toString);
  }

  @Test
  void aCountWithAListAnnouncedLaterInItsClauseIsNotAsked() throws Exception {
    Result r = gen("""
        The Lune Valley League

        In 1911 four towns joined the Lune Valley League: Harlow, Brantwick, Oakmere and Fellside.

        In 1913 three more towns joined the Lune Valley League – Dunmore, Ashby and Kelton – after a long debate.

        In 1922 six towns voted for the new charter, among them Harlow and Oakmere.

        In 1930 the valley had 13 parishes: Alby, Brent, Corby, Dunn, Eske, Fenby, Garth, Holme, Ickby, Jarrow, Kelby, Leck and Marr.
        """, 2026);
    List<String> skipped = r.report().skipped().stream()
        .filter(s -> s.reason() == SkipReason.COUNTABLE_LIST).map(Report.Skipped::text).toList();
    // A colon announces the list: counted beyond a dozen items too.
    assertTrue(skipped.containsAll(List.of("four", "three", "13")), skipped::toString);
    // A list cut short ("among them") cannot be counted: the count is asked.
    assertFalse(skipped.contains("six"), skipped::toString);
    assertTrue(of(r, QuestionType.CLOZE).stream().anyMatch(q -> q.answer().text().equals("six")));
  }
}
