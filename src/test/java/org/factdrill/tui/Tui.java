package org.factdrill.tui;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankJson;
import org.factdrill.bank.Question;
import org.factdrill.bank.TestQuestions;
import org.factdrill.bank.QuestionType;
import org.factdrill.store.Store;
import org.factdrill.store.StoreException;

/** Test driver: the App on a TerminalScreen over Lanterna's DefaultVirtualTerminal. */
final class Tui implements AutoCloseable {
  final DefaultVirtualTerminal vt;
  final TerminalScreen screen;
  final Store store;
  final Path bankPath;
  final TestClock clock;
  final App app;

  Tui(Path dir, Bank bank, int cols, int rows, Map<String, String> env)
      throws IOException, StoreException {
    this(dir, bank, java.util.concurrent.CompletableFuture.completedFuture(bank), cols, rows, env);
  }

  /** With the bank given separately as it loads (the file is written from {@code bank}). */
  Tui(Path dir, Bank bank, java.util.concurrent.CompletableFuture<Bank> loading, int cols,
      int rows, Map<String, String> env) throws IOException, StoreException {
    vt = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
    screen = new TerminalScreen(vt);
    screen.startScreen();
    store = Store.open(dir.resolve("progress.db"));
    bankPath = dir.resolve("bank.json");
    new BankJson().write(bank, bankPath);
    clock = new TestClock(Instant.parse("2026-11-23T09:00:00Z"));
    app = new App(screen, TestConfig.of(loading, bankPath, store,
        store.profile("ana", clock.instant()), clock, env));
  }

  Tui(Path dir, Bank bank) throws IOException, StoreException {
    this(dir, bank, 80, 24, Map.of());
  }

  Tui start() throws IOException, StoreException {
    app.start();
    return this;
  }

  /** Presses each character of {@code keys} as one key (redrawing after each, as the loop does). */
  Tui type(String keys) throws IOException, StoreException {
    keys.codePoints().forEach(cp -> {
      try {
        app.press(new KeyStroke((char) cp, false, false));
      } catch (IOException | StoreException e) {
        throw new IllegalStateException(e);
      }
    });
    return this;
  }

  Tui press(KeyType k) throws IOException, StoreException {
    app.press(new KeyStroke(k));
    return this;
  }

  Tui ctrl(char c) throws IOException, StoreException {
    app.press(new KeyStroke(c, true, false));
    return this;
  }

  /** Rows of the virtual terminal's screen, trailing spaces removed. */
  /** The screen rows as drawn, trailing spaces kept (right-aligned text ends at a column). */
  List<String> rows() {
    List<String> out = new ArrayList<>();
    TerminalSize size = vt.getTerminalSize();
    for (int r = 0; r < size.getRows(); r++) {
      StringBuilder b = new StringBuilder();
      for (int c = 0; c < size.getColumns(); c++) {
        b.append(vt.getCharacter(c, r).getCharacterString());
      }
      out.add(b.toString());
    }
    return out;
  }

  List<String> lines() {
    List<String> out = new ArrayList<>();
    TerminalSize size = vt.getTerminalSize();
    for (int r = 0; r < size.getRows(); r++) {
      StringBuilder b = new StringBuilder();
      for (int c = 0; c < size.getColumns(); c++) {
        b.append(vt.getCharacter(c, r).getCharacterString());
      }
      out.add(b.toString().stripTrailing());
    }
    return out;
  }

  String text() {
    return String.join("\n", lines());
  }

  /** The screen row containing {@code needle} (fails when absent). */
  String line(String needle) {
    for (String l : lines()) {
      if (l.contains(needle)) {
        return l;
      }
    }
    throw new AssertionError("no line contains \"" + needle + "\" on screen:\n" + text());
  }

  @Override
  public void close() throws Exception {
    screen.stopScreen();
    store.close();
  }

  /** A clock the test moves forward. */
  static final class TestClock extends Clock {
    private Instant now;

    TestClock(Instant start) {
      now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  // --- a small bank in three languages ---

  static Question.FactRef fact(String source, String sentence, int sentenceStart, String text,
      String kind) {
    int at = sentence.indexOf(text);
    return new Question.FactRef(source, sentenceStart + at, sentenceStart + at + text.length(),
        text, kind, TestQuestions.value(JsonNodeFactory.instance.textNode(text)), null, false, sentence, sentenceStart);
  }

  static Question cloze(String id, String lang, String prompt, String answer, Question.FactRef f) {
    return TestQuestions.of(id, "f-" + id, QuestionType.CLOZE, lang, prompt,
        TestQuestions.answer(JsonNodeFactory.instance.textNode(answer), answer), null, null, null,
        List.of(f), null, null);
  }

  static Question choice(String id, String lang, String prompt, String answer,
      List<String> options, Question.FactRef f) {
    return TestQuestions.of(id, "f-" + id, QuestionType.CHOICE, lang, prompt,
        TestQuestions.answer(JsonNodeFactory.instance.textNode(answer), answer), options, null,
        null, List.of(f), null, null);
  }

  static final String HE_SENTENCE = "בשנת 1993 הושלמה נסיגת הכוחות הרוסיים מגיומרי.";
  static final String VI_SENTENCE =
      "Sau khi Liên Xô tan rã mùa thu năm 1991, cả hai phe tìm kiếm vũ khí.";
  static final String MIXED_SENTENCE = "בבסיס ה-102 של Russia ליד Gyumri שירתו 23,000 חיילים.";
  static final String EN_SENTENCE =
      "The United States gave $100 million in aid to Armenia in 2018-2019.";

  static Question hebrew() {
    return cloze("he1", "he", "אין להטיל ספק באזהרת ראש ממשלת ברית-המועצות, ניקולאי ריזקוב, "
        + "שבשנת _____ הושלמה נסיגת הכוחות הרוסיים מגיומרי ומוסקווה תפעיל כוח צבאי.", "1993",
        fact("000_he.txt", HE_SENTENCE, 120, "1993", "date"));
  }

  /** A Vietnamese question whose prompt is stored DECOMPOSED (NFD), as some editors write it. */
  static Question vietnameseNfd() {
    return cloze("vi1", "vi", java.text.Normalizer.normalize(
        "Sau khi Liên Xô tan rã mùa thu năm _____, cả hai phe tìm kiếm vũ khí.",
        java.text.Normalizer.Form.NFD), "1991", fact("001_vi.txt", VI_SENTENCE, 49, "1991",
        "date"));
  }

  static Question mixed() {
    return choice("mx1", "he", "כמה חיילים שירתו בבסיס ה-102 של Russia ליד Gyumri?", "23,000",
        List.of("15,000", "23,000", "30,000", "5,000"),
        fact("000_he.txt", MIXED_SENTENCE, 300, "23,000", "number"));
  }

  static Question english() {
    return TestQuestions.of("en1", "f-en1", QuestionType.TRUEFALSE, "en",
        "True or false: the United States gave $100 million in aid to Armenia in 2018-2019.",
        TestQuestions.answer(JsonNodeFactory.instance.booleanNode(true), "true"), null, true, null,
        List.of(fact("002_en.txt", EN_SENTENCE, 10, "$100 million", "money")), null, null);
  }

  static Question timeline() {
    return TestQuestions.of("tl1", "f-tl1", QuestionType.TIMELINE, "en",
        "Put these events in order, earliest first.",
        TestQuestions.answer(JsonNodeFactory.instance.arrayNode().add(1).add(0).add(2), "2 1 3"),
        null, null, List.of(new Question.Event("Russian withdrawal from Gyumri completed", "1993"),
            new Question.Event("The Soviet Union dissolved", "1991"),
            new Question.Event("US aid to Armenia", "2018")),
        List.of(), null, null);
  }

  static Bank bank(Question... qs) {
    return new Bank(1, new Bank.GeneratorInfo("test", "0"), List.of(), List.of(qs));
  }
}
