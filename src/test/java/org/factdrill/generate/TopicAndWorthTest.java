package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric lines 1 and 3: a context line names a topic (a notice or a sentence's first
 * words is none; the text's most frequent name stands in when no line names it); a sentence pointing back needs one before it that
 * names someone (in a script with capitals); figures not worth knowing (a span below a day, an age in passing, a house
 * number, a list item's number) are not asked; a fact a later sentence states again is asked
 * once. Every text here is made up.
 */
class TopicAndWorthTest {

  private static Result gen(Language lang, String marked) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", lang, marked));
  }

  private static List<Question> clozes(Result r) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE).toList();
  }

  private static Set<String> answers(Result r) {
    return clozes(r).stream().map(q -> q.answer().text()).collect(Collectors.toSet());
  }

  private static Set<String> details(Result r) {
    return r.report().skipped().stream().map(s -> String.valueOf(s.detail()))
        .collect(Collectors.toSet());
  }

  // ---- rubric line 1: the context line names a topic ----

  @Test
  void aNoticeNamesNothingAndTheMostFrequentNameStandsInstead() {
    String text = """
        IMPORTANT NOTICE FOR VISITORS

        The province of Valdoria joined the federation after a long dispute with its neighbours over the river trade. Merchants of Valdoria had asked for the union for a decade, and the assembly of Valdoria voted for it in {{1871|date|1871}} after a stormy session.
        """;
    Result r = gen(Language.EN, text);
    for (Question q : clozes(r)) {
      assertEquals("Valdoria", q.context(), q.prompt());
    }
    assertFalse(clozes(r).isEmpty());
  }

  @Test
  void aHeadlineInCommonNounsStillNamesItsTopic() {
    TopicNames n = new TopicNames();
    String text = "The bridge over the gorge\n\nThe bridge was finished in 1911 by the railway company,"
        + " high above the gorge.";
    assertTrue(n.namesTopic(Language.EN, "The bridge over the gorge", text, false));
    assertFalse(n.namesTopic(Language.EN, "NOTE TO READERS", "NOTE TO READERS\n\n" + text, false));
    // The first words of a sentence before "was" are no name: a closed-class word opens them.
    assertFalse(n.namesTopic(Language.EN, "The city", "The city was founded in 1200.", true));
    assertTrue(n.namesTopic(Language.EN, "The Treaty of Ostrava",
        "The Treaty of Ostrava was signed by the envoys of Ostrava and Brno.", true));
    // A Vietnamese title in common nouns, said by the first sentence of the article.
    String vi = "Cuộc nổi dậy của thợ mỏ là một sự kiện năm 1930 ở miền bắc.";
    assertTrue(n.namesTopic(Language.VI, "Cuộc nổi dậy của thợ mỏ", vi, true));
  }

  @Test
  void theMostFrequentNameIsARunOfCapitalisedWords() {
    TopicNames n = new TopicNames();
    String text = "In March the envoys reached Port Elmer. The governor of Port Elmer refused them. "
        + "Later the council of Port Elmer agreed, and the envoys of Brask left in May. Brask sent more.";
    assertEquals("Port Elmer", n.frequentName(text));
    assertNull(n.frequentName("The envoys came. The envoys left. The envoys came back."));
    assertNull(n.frequentName("הצבא יצא לדרך. הצבא חזר."), "no capitals: no name by case");
  }

  @Test
  void aPronounAfterASentenceThatNamesNoOneIsNotAsked() {
    Result named = gen(Language.EN, """
        The envoys of Tarsova arrived at the border town in the evening. They stayed for {{twelve|number|12}} days before the talks began at the palace.
        """);
    assertEquals(Set.of("twelve"), answers(named));
    Result unnamed = gen(Language.EN, """
        the envoys arrived at the border town in the evening. They stayed for {{twelve|number|12}} days before the talks began at the palace.
        """);
    assertTrue(clozes(unnamed).isEmpty());
    assertTrue(details(unnamed).contains("the sentence before names no one"), details(unnamed).toString());
  }

  // ---- rubric line 3: the blank is worth knowing ----

  private static Fact number(String text, String shown, long v, String unit) {
    int at = text.indexOf(shown);
    return new Fact(at, at + shown.length(), shown, FactKind.NUMBER,
        new Value.Num(java.math.BigDecimal.valueOf(v)), unit, false, new Span(0, text.length()));
  }

  private static String trivial(Language lang, String text, String shown, long v, String unit) {
    ValueRules.Skip s = new TrivialFigures().of(lang, text, number(text, shown, v, unit));
    return s == null ? null : s.detail();
  }

  @Test
  void shortSpansAgesHouseNumbersAndListItemsAreNotWorthAsking() {
    assertNotNull(trivial(Language.EN, "The ceremony lasted 45 minutes in all.", "45", 45, "minutes"));
    assertNotNull(trivial(Language.EN, "The debate took 3 hours that night.", "3", 3, null));
    assertNotNull(trivial(Language.EN, "The mayor, aged 54, opened the hall.", "54", 54, null));
    assertNotNull(trivial(Language.EN, "Governor Alvarez, 54, opened the hall.", "54", 54, null));
    assertNotNull(trivial(Language.EN, "The museum stands at 112 Market Street in the town.", "112", 112, null));
    assertNotNull(trivial(Language.EN, "Two outcomes came: (1) Spain recognised the crown.", "1", 1, null));
    assertNotNull(trivial(Language.VI, "Buổi lễ kéo dài 45 phút.", "45", 45, "phút"));
    assertNotNull(trivial(Language.VI, "Người thắng giải là cô Lan, 21 tuổi, sinh viên.", "21", 21, null));
    assertNotNull(trivial(Language.HE, "הטקס נמשך 45 דקות בלבד.", "45", 45, null));
    assertNotNull(trivial(Language.HE, "המושל, בן 54, פתח את האולם.", "54", 54, null));
    assertNotNull(trivial(Language.fromCode("ru").orElseThrow(), "Церемония длилась 45 минут.", "45", 45, "минут"));
    // Figures of the story stay: a count of soldiers, days of a siege, a share of votes.
    assertNull(trivial(Language.EN, "The siege lasted 45 days in all.", "45", 45, "days"));
    assertNull(trivial(Language.EN, "Some 4,000 soldiers crossed the river.", "4,000", 4000, "soldiers"));
    assertNull(trivial(Language.EN, "The garrison (300 men) held the fort.", "300", 300, "men"));
    assertNull(trivial(Language.VI, "Cuộc vây hãm kéo dài 45 ngày.", "45", 45, "ngày"));
    assertNull(trivial(Language.HE, "המצור נמשך 45 ימים.", "45", 45, null));
  }

  @Test
  void aShortSpanIsSkippedInAGeneratedBankWithItsReason() {
    Result r = gen(Language.EN, """
        The Treaty of Marsk was signed in {{1822|date|1822}} by both kings. The signing ceremony at Marsk lasted {{forty|number|40}} minutes in the great hall of the castle.
        """);
    assertEquals(Set.of("1822"), answers(r));
    assertTrue(r.report().skipped().stream().anyMatch(s -> s.reason() == SkipReason.TRIVIAL));
  }

  // ---- the same fact asked once ----

  @Test
  void aFactALaterSentenceRepeatsIsAskedOnce() {
    Result r = gen(Language.EN, """
        The Treaty of Marsk ended the border war in {{1822|date|1822}} after years of raids.

        Along with ending the border war in {{1822|date|1822}}, the Treaty of Marsk opened the river to trade.

        The Treaty of Marsk was renewed in {{1822|date|1822}} by the new council of Marsk.
        """);
    List<Question> cl = clozes(r);
    assertEquals(2, cl.size(), cl.stream().map(Question::prompt).toList().toString());
    assertTrue(details(r).contains("the same fact as in an earlier sentence"));
  }
}
