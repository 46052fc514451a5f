package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.AnswerValue;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.junit.jupiter.api.Test;

/** A fact whose sentence was cut differently keeps its card and question ids, one to one. */
class CardContinuityTest {
  private static final String SRC = "a.txt";

  /** A cloze and a choice on the year {@code span} of {@code sentence}, ids as the generator's. */
  private static List<Question> card(String sentence, String span, String value) {
    String card = Ids.factId(SRC, sentence, span);
    int at = sentence.indexOf(span);
    Question.FactRef f = new Question.FactRef(SRC, 100 + at, 100 + at + span.length(), span,
        "date", new AnswerValue.Date(value), null, null, sentence, 100);
    String prompt = sentence.replace(span, "_____");
    Question.Answer a = new Question.Answer(new AnswerValue.Date(value), span);
    return List.of(
        new Question.Cloze(Question.Header.of(Ids.questionId(card, "cloze"), card, "en", prompt,
            List.of(f), null, Ids.siblingId(SRC, sentence)), a),
        new Question.Choice(Question.Header.of(Ids.questionId(card, "choice"), card, "en",
            prompt, List.of(f), null, Ids.siblingId(SRC, sentence)), a,
            List.of(span, "1900", "1920", "1930")));
  }

  @SafeVarargs
  private static Bank bank(List<Question>... cards) {
    List<Question> qs = new ArrayList<>();
    for (List<Question> c : cards) {
      qs.addAll(c);
    }
    return new Bank(Bank.SCHEMA_VERSION, new Bank.GeneratorInfo("factdrill", "t"),
        List.of(new Bank.SourceInfo(SRC, "0".repeat(64), "en")), qs);
  }

  private static final String SHORT = "The old bridge over the river was finally opened in 1910.";
  private static final String LONG = "After years of quarrels in the town council, "
      + "the old bridge over the river was finally opened in 1910.";

  @Test
  void aSentenceThatGrewKeepsItsCardAndQuestionIds() {
    Bank old = bank(card(SHORT, "1910", "1910"));
    Bank fresh = bank(card(LONG, "1910", "1910"));
    Report report = new Report();
    Bank out = new CardContinuity().carry(old, fresh, report);
    String was = old.questions().get(0).card();
    assertEquals(List.of(was, was), out.questions().stream().map(Question::card).toList());
    assertEquals(old.questions().stream().map(Question::id).toList(),
        out.questions().stream().map(Question::id).toList());
    // Everything else is the new sentence's.
    assertEquals(LONG, out.questions().get(0).facts().get(0).sentence());
    assertEquals(fresh.questions().get(0).prompt(), out.questions().get(0).prompt());
    assertEquals(1, report.carried().size());
    assertTrue(report.format(out).contains("continuity: kept the ids of 1 cards"));
  }

  @Test
  void aSentenceThatShrankKeepsItsCard() {
    Bank old = bank(card(LONG, "1910", "1910"));
    Bank out = new CardContinuity().carry(old, bank(card(SHORT, "1910", "1910")), new Report());
    assertEquals(old.questions().get(0).id(), out.questions().get(0).id());
  }

  @Test
  void sameTwentyCharactersAroundTheSpanKeepTheCardEvenWhenBothEdgesMoved() {
    String a = "Remember this: the old bridge over the river was finally opened in 1910 by "
        + "the mayor and his council";
    String b = "Years later the old bridge over the river was finally opened in 1910 by "
        + "the mayor and his council, at last.";
    Bank old = bank(card(a, "1910", "1910"));
    Bank out = new CardContinuity().carry(old, bank(card(b, "1910", "1910")), new Report());
    assertEquals(old.questions().get(0).id(), out.questions().get(0).id());
  }

  @Test
  void twoCandidatesCarryNothing() {
    // Two old sentences both contained in the new one: which fact it was is not known.
    String cut = "It was opened in 1910.";
    Bank old = bank(card("The bridge. " + cut, "1910", "1910"),
        card("The tunnel. " + cut, "1910", "1910"));
    Bank fresh = bank(card(cut, "1910", "1910"));
    Bank out = new CardContinuity().carry(old, fresh, new Report());
    assertSame(fresh, out);
  }

  @Test
  void oneOldCardWithTwoHeirsCarriesNothing() {
    Bank old = bank(card("Opened in 1910.", "1910", "1910"));
    Bank fresh = bank(card("The bridge was opened in 1910.", "1910", "1910"),
        card("The tunnel was opened in 1910.", "1910", "1910"));
    Report report = new Report();
    assertSame(fresh, new CardContinuity().carry(old, fresh, report));
    assertTrue(report.carried().isEmpty());
  }

  @Test
  void aDifferentValueCarriesNothing() {
    Bank old = bank(card(SHORT, "1910", "1910"));
    Bank fresh = bank(card(LONG, "1910", "1911"));
    assertSame(fresh, new CardContinuity().carry(old, fresh, new Report()));
  }

  @Test
  void aDifferentSpanOrSourceCarriesNothing() {
    Bank old = bank(card(SHORT, "1910", "1910"));
    Bank other = bank(card(LONG.replace("1910", "in 1910"), "in 1910", "1910"));
    assertSame(other, new CardContinuity().carry(old, other, new Report()));
  }

  @Test
  void aRewrittenSentenceCarriesNothing() {
    Bank old = bank(card("The old bridge over the river was finally opened in 1910.", "1910",
        "1910"));
    Bank fresh = bank(card("Only in 1910 did the town see its old bridge opened at last.",
        "1910", "1910"));
    assertSame(fresh, new CardContinuity().carry(old, fresh, new Report()));
  }

  @Test
  void aCardStillInTheNewBankIsNeitherGivenNorTaken() {
    // The old card survives (its sentence is still there): the new fact is another one.
    Bank old = bank(card(SHORT, "1910", "1910"));
    Bank fresh = bank(card(SHORT, "1910", "1910"), card(LONG, "1910", "1910"));
    assertSame(fresh, new CardContinuity().carry(old, fresh, new Report()));
  }

  @Test
  void carryingTwiceIsStable() {
    Bank old = bank(card(SHORT, "1910", "1910"));
    Bank fresh = bank(card(LONG, "1910", "1910"));
    Bank once = new CardContinuity().carry(old, fresh, new Report());
    // The next regeneration makes the new id again; the carried bank is now the old one.
    Bank twice = new CardContinuity().carry(once, fresh, new Report());
    assertEquals(once, twice);
    assertFalse(twice.questions().get(0).id().equals(fresh.questions().get(0).id()));
  }
}
