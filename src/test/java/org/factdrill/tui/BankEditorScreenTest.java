package org.factdrill.tui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankJson;
import org.factdrill.bank.BankValidator;
import org.factdrill.bank.Question;
import org.factdrill.srs.FsrsParameters;
import org.factdrill.srs.FsrsScheduler;
import org.factdrill.study.AnswerChecker;
import org.factdrill.study.SessionSettings;
import org.factdrill.study.StudySession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bank browser's question editor on the virtual terminal: answer, alternatives, options, delete. */
class BankEditorScreenTest {
  @TempDir Path dir;

  private static final String SENTENCE = "The delegates signed the treaty at Versailles in 1919.";
  private static final String PROMPT = "The delegates signed the treaty at Versailles in _____.";

  private static Bank bank() {
    return Tui.bank(
        Tui.cloze("en1", "en", PROMPT, "1919", Tui.fact("001_en.txt", SENTENCE, 0, "1919", "date")),
        Tui.choice("en2", "en", PROMPT, "1919", List.of("1917", "1919", "1921"),
            Tui.fact("001_en.txt", SENTENCE, 0, "1919", "date")));
  }

  private Question saved(Tui t, int i) throws Exception {
    return new BankJson().load(t.bankPath).questions().get(i);
  }

  @Test
  void anEditedAnswerAndAlternativeAreSavedAndAccepted() throws Exception {
    try (Tui t = new Tui(dir, bank()).start()) {
      t.type("b").press(KeyType.Enter).type("a");
      assertTrue(t.text().contains("Answer:"), t.text());
      t.ctrl('u').type("June 1919").press(KeyType.Enter);
      assertTrue(t.text().contains("Saved: en1"), t.text());
      t.type("v").type("28 June 1919 | the summer of 1919").press(KeyType.Enter);
      Question q = saved(t, 0);
      assertEquals("June 1919", q.answerText());
      assertEquals(List.of("28 June 1919", "the summer of 1919"), q.answer().also());
      assertTrue(q.isEdited(), "generate keeps an edited question");
      assertEquals(List.of(), new BankValidator().check(q));
      assertTrue(t.text().contains("also accepted: 28 June 1919 | the summer of 1919"), t.text());
      AnswerChecker checker = new AnswerChecker();
      assertTrue(checker.check(q, "june 1919").correct());
      assertTrue(checker.check(q, "28 June 1919").correct());
      assertTrue(checker.check(q, "The summer of 1919").correct());
      assertFalse(checker.check(q, "May 1918").correct());
    }
  }

  @Test
  void anInvalidEditIsRefusedOnScreenAndNothingIsWritten() throws Exception {
    try (Tui t = new Tui(dir, bank()).start()) {
      byte[] before = Files.readAllBytes(t.bankPath);
      t.type("b").press(KeyType.Enter).type("e");
      t.ctrl('u').type(SENTENCE)
          .press(KeyType.Enter);
      assertTrue(t.text().contains("en1: "), "a cloze without a blank is refused: " + t.text());
      t.press(KeyType.Escape).type("a").ctrl('u').type("Versailles").press(KeyType.Enter);
      assertTrue(t.text().contains("en1: "), "an answer in plain view is refused: " + t.text());
      t.press(KeyType.Escape).type("v").type("1919").press(KeyType.Enter);
      assertTrue(t.text().contains("accepted alternatives repeat"), t.text());
      t.press(KeyType.Escape).type("a").ctrl('u').press(KeyType.Enter);
      assertTrue(t.text().contains("this field cannot be empty"), t.text());
      t.press(KeyType.Escape);
      // the choice: options without the answer are refused
      t.press(KeyType.ArrowDown).type("o").ctrl('u').type("1917 | 1921").press(KeyType.Enter);
      assertTrue(t.text().contains("is not among the options"), t.text());
      t.press(KeyType.Escape);
      assertArrayEquals(before, Files.readAllBytes(t.bankPath), "the bank file is untouched");
      assertFalse(saved(t, 0).isEdited());
    }
  }

  @Test
  void optionsOfAChoiceAreEditable() throws Exception {
    try (Tui t = new Tui(dir, bank()).start()) {
      t.type("b").press(KeyType.ArrowDown).press(KeyType.Enter).type("o");
      assertTrue(t.text().contains("1917 | 1919 | 1921"), t.text());
      t.ctrl('u').type("1915 | 1917 | 1919 | 1921").press(KeyType.Enter);
      Question q = saved(t, 1);
      assertEquals(List.of("1915", "1917", "1919", "1921"), q.options());
      assertTrue(q.isEdited());
      assertTrue(new AnswerChecker().check(q, "3").correct());
    }
  }

  @Test
  void deleteAsksForConfirmation() throws Exception {
    try (Tui t = new Tui(dir, bank()).start()) {
      t.type("b").press(KeyType.Enter).type("x");
      assertTrue(t.text().contains("Delete en1 from the bank file?"), t.text());
      t.type("n");
      assertEquals(2, new BankJson().load(t.bankPath).questions().size(), "n keeps it");
      t.type("x").type("y");
      Bank b = new BankJson().load(t.bankPath);
      assertEquals(1, b.questions().size());
      assertEquals("en2", b.questions().get(0).id());
      assertTrue(t.text().contains("Deleted: en1"), t.text());
    }
  }

  @Test
  void aNewClozeOnTheSameSentenceIsAddedSavedAndStudyable() throws Exception {
    try (Tui t = new Tui(dir, bank()).start()) {
      t.type("b").press(KeyType.Enter).type("n");
      assertTrue(t.text().contains("New question"), t.text());
      assertTrue(t.text().contains(SENTENCE + " |"), "starts from the sentence: " + t.text());
      // refused: no blank, then no answer, then the answer in plain view; nothing written
      byte[] before = Files.readAllBytes(t.bankPath);
      t.ctrl('u').type(SENTENCE + " | Versailles").press(KeyType.Enter);
      assertTrue(t.text().contains("cloze-"), "a cloze without a blank is refused: " + t.text());
      t.ctrl('u').type("The delegates signed the treaty at _____ in 1919.").press(KeyType.Enter);
      assertTrue(t.text().contains("add the answer after a |"), t.text());
      t.ctrl('u').type("The _____ signed the treaty at Versailles in 1919. | Versailles")
          .press(KeyType.Enter);
      assertTrue(t.text().contains("cloze-"), "an answer in plain view is refused: " + t.text());
      assertArrayEquals(before, Files.readAllBytes(t.bankPath), "the bank file is untouched");
      // accepted
      t.ctrl('u').type("The delegates signed the treaty at _____ in 1919. | Versailles")
          .press(KeyType.Enter);
      assertTrue(t.text().contains("Added: cloze-"), t.text());
      Bank b = new BankJson().load(t.bankPath);
      assertEquals(3, b.questions().size(), "appended, nothing lost");
      Question q = b.questions().get(2);
      assertTrue(q.id().startsWith("cloze-") && q.id().endsWith("-h1"), q.id());
      assertTrue(q instanceof Question.Cloze);
      assertEquals("Versailles", q.answerText());
      assertEquals("The delegates signed the treaty at _____ in 1919.", q.prompt());
      assertTrue(q.isEdited(), "generate keeps an edited question");
      assertEquals(b.questions().get(0).facts(), q.facts(), "the same sentence fact");
      assertEquals(List.of(), new BankValidator().check(q));
      assertTrue(t.text().contains(q.id() + "  cloze  en  [edited]"), "its page: " + t.text());
      // a second one on the same sentence gets its own id
      t.type("n").ctrl('u').type("The _____ signed the treaty at Versailles in 1919. | delegates")
          .press(KeyType.Enter);
      Bank b2 = new BankJson().load(t.bankPath);
      assertEquals(4, b2.questions().size());
      assertEquals(4, b2.questions().stream().map(Question::id).distinct().count());
      // studyable: a session on it shows it and takes the typed answer
      StudySession s = new StudySession(Tui.bank(q), t.store, t.app.profile(),
          new FsrsScheduler(FsrsParameters.defaults()), SessionSettings.defaults(), t.clock,
          new AnswerChecker(), 7);
      assertEquals(q.id(), s.current().orElseThrow().id());
      assertTrue(s.check("versailles").correct());
      assertFalse(s.check("Paris").correct());
    }
  }
}
