package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.bank.TestQuestions;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

class BankMergerTest {

  private static Bank with(Bank b, List<Question> qs) {
    return new Bank(b.schemaVersion(), b.generator(), b.sources(), qs);
  }

  private static Question first(Bank b, QuestionType t) {
    return b.questions().stream().filter(q -> q.type() == t).findFirst().orElseThrow();
  }

  @Test
  void editedAndDisabledQuestionsKeepTheirStateNewFactsAreAddedGoneFactsDropped() {
    Bank old = Fixtures.generate(1, Fixtures.english()).bank();
    Question cloze = first(old, QuestionType.CLOZE);
    Question choice = first(old, QuestionType.CHOICE);
    Question tf = old.questions().stream().filter(q -> q.type() == QuestionType.TRUEFALSE)
        .skip(1).findFirst().orElseThrow();
    List<Question> qs = new ArrayList<>();
    for (Question q : old.questions()) {
      if (q.id().equals(cloze.id())) {
        qs.add(q.withPrompt("Edited by hand: the Soviet Union fell in _____."));
      } else if (q.id().equals(tf.id())) {
        qs.add(q.withDisabled(true));
      } else {
        qs.add(q);
      }
    }
    Question handWritten = TestQuestions.of("mine-1", null, QuestionType.CLOZE, "en",
        "Who wrote this _____?", new Question.Answer(null, "me"), null, null, null, null, null,
        null);
    qs.add(handWritten);
    Bank edited = with(old, qs);

    // The text changes: the sentence of the 3 divisions is gone, a new fact appears.
    String text = Fixtures.english().source().doc().text();
    DocFacts changed = Fixtures.doc("war.txt", Language.EN, marked()
        .replace("Armenia had only {{3|number|3}} infantry divisions and no airfield of its own "
            + "at that time.", "Iran has {{20 million|number|20000000}} ethnic Azeris living "
            + "in its northern provinces."));
    assertFalse(changed.source().doc().text().equals(text));
    Result fresh = Fixtures.generate(1, changed);
    Bank merged = new BankMerger().merge(edited, fresh.bank(), fresh.report());

    Question keptCloze = merged.questions().stream().filter(q -> q.id().equals(cloze.id()))
        .findFirst().orElseThrow();
    assertEquals("Edited by hand: the Soviet Union fell in _____.", keptCloze.prompt());
    assertTrue(keptCloze.isEdited());
    assertTrue(merged.questions().stream().filter(q -> q.id().equals(tf.id())).findFirst()
        .orElseThrow().isDisabled());
    assertTrue(merged.questions().stream().anyMatch(q -> q.id().equals(choice.id())));
    assertTrue(merged.questions().contains(handWritten));
    assertTrue(merged.questions().stream().anyMatch(q -> q.answer().text().equals("20 million")),
        "new fact added");
    // a years-between question may count 3 years too: only the fact's own questions count here
    assertFalse(merged.questions().stream().anyMatch(q -> q.type() == QuestionType.CLOZE
        && q.answer().text().equals("3")),
        "gone fact dropped");
    assertTrue(fresh.report().dropped().stream().anyMatch(l -> l.contains("\"3\"")),
        fresh.report().dropped().toString());
    assertTrue(fresh.report().format(merged).contains("dropped"));
    assertEquals(2, fresh.report().keptEdits());
  }

  private static Bank deleting(Bank b, List<Question> qs, List<String> deleted) {
    return new Bank(b.schemaVersion(), b.generator(), b.sources(), qs, deleted);
  }

  @Test
  void aQuestionDeletedByHandStaysDeleted() {
    Bank old = Fixtures.generate(1, Fixtures.english()).bank();
    Question gone = first(old, QuestionType.CHOICE);
    List<Question> qs = new ArrayList<>(old.questions());
    qs.remove(gone);
    Result fresh = Fixtures.generate(1, Fixtures.english());
    Bank merged = new BankMerger().merge(deleting(old, qs, List.of(gone.id())), fresh.bank(),
        fresh.report());
    assertFalse(merged.questions().stream().anyMatch(q -> q.id().equals(gone.id())));
    assertEquals(old.questions().size() - 1, merged.questions().size());
    assertEquals(List.of(gone.id()), merged.deleted(), "the record of the deletion is kept");
  }

  @Test
  void everyQuestionOfAFactDeletedStaysDeleted() {
    Bank old = Fixtures.generate(1, Fixtures.english()).bank();
    String card = first(old, QuestionType.CLOZE).card();
    List<Question> qs = new ArrayList<>(old.questions());
    List<String> ids = old.questions().stream().filter(q -> card.equals(q.card()))
        .map(Question::id).toList();
    qs.removeIf(q -> card.equals(q.card()));
    Result fresh = Fixtures.generate(1, Fixtures.english());
    Bank merged = new BankMerger().merge(deleting(old, qs, ids), fresh.bank(), fresh.report());
    assertEquals(qs, merged.questions());
  }

  @Test
  void aNewTypeOfQuestionForAKnownFactIsAddedNotTakenAsDeleted() {
    // For every card and type: a bank written before the generator made that type for that card
    // (the other cards have it) gains the question on regeneration.
    Bank full = Fixtures.generate(1, Fixtures.english()).bank();
    for (Question missing : full.questions()) {
      if (missing.card() == null || missing.facts().size() != 1) {
        continue;
      }
      List<Question> qs = new ArrayList<>(full.questions());
      qs.remove(missing);
      Result fresh = Fixtures.generate(1, Fixtures.english());
      Bank merged = new BankMerger().merge(with(full, qs), fresh.bank(), fresh.report());
      assertEquals(full.questions(), merged.questions(), missing.id());
    }
  }

  @Test
  void newQuestionTypesAreAddedForKnownFacts() {
    var clozeOnly = new GenerateOptions(java.util.EnumSet.of(QuestionType.CLOZE),
        new java.util.LinkedHashSet<>(Language.values()), 1);
    Bank old = new BankGenerator(d -> List.of(), "t").fromFacts(List.of(Fixtures.english()),
        clozeOnly).bank();
    Result fresh = Fixtures.generate(1, Fixtures.english());
    Bank merged = new BankMerger().merge(old, fresh.bank(), fresh.report());
    assertEquals(fresh.bank().questions(), merged.questions());
  }

  @Test
  void aClozeAddedByHandOnASentenceIsKeptWhileItsFactIsExtracted() {
    Bank old = Fixtures.generate(1, Fixtures.english()).bank();
    Question from = first(old, QuestionType.CLOZE);
    Question.FactRef f = from.facts().get(0);
    Question added = new Question.Cloze(new Question.Header("cloze-mine-h1", null, from.sibling(),
        "en", null, "A hand-made _____ on this sentence.", List.of(f), false, true),
        new Question.Answer(null, "question"));
    List<Question> qs = new ArrayList<>(old.questions());
    qs.add(added);
    Result fresh = Fixtures.generate(1, Fixtures.english());
    Bank merged = new BankMerger().merge(with(old, qs), fresh.bank(), fresh.report());
    assertTrue(merged.questions().contains(added), "kept by regeneration");
    assertEquals(old.questions().size() + 1, merged.questions().size());
    assertEquals(1, fresh.report().keptEdits());
    // without the edited mark it is an orphan of the generator and goes
    List<Question> qs2 = new ArrayList<>(old.questions());
    qs2.add(added.withHeader(added.header().withEdited(false)));
    Result again = Fixtures.generate(1, Fixtures.english());
    Bank merged2 = new BankMerger().merge(with(old, qs2), again.bank(), again.report());
    assertFalse(merged2.questions().stream().anyMatch(q -> q.id().equals("cloze-mine-h1")));
  }

  @Test
  void mergingAnUntouchedBankChangesNothing() {
    Result a = Fixtures.generate(1, Fixtures.english());
    Result b = Fixtures.generate(1, Fixtures.english());
    assertEquals(a.bank(), new BankMerger().merge(a.bank(), b.bank(), b.report()));
  }

  private static String marked() {
    return """
        The Soviet Union collapsed in {{1991|date|1991}}, and both sides looked for weapons.

        Russia kept {{23,000|number|23000}} troops at its 102nd base near Gyumri throughout the fighting.

        The withdrawal of the remaining Russian units was completed in {{1993|date|1993}}, two years after independence.

        The United States granted Azerbaijan aid worth {{$100 million|money|USD:100000000}} over two years, up from very little before.

        Nearly {{20%|percent|20}} of the territory of Azerbaijan was occupied by the end of the fighting.

        On {{26 December 1991|date|1991-12-26}}, the Soviet Union formally ceased to exist as a state.

        The ceasefire agreement was signed in Bishkek in {{May 1994|date|1994-05}} by the parties.

        Armenia had only {{3|number|3}} infantry divisions and no airfield of its own at that time.

        An estimated {{30,000|number|30000|~}} people were killed during the six years of the war.
        """;
  }
}
