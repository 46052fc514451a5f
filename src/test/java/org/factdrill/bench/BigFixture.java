package org.factdrill.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankJson;
import org.factdrill.bank.Question;
import org.factdrill.bank.TestQuestions;
import org.factdrill.bank.QuestionType;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;

/**
 * Builds the start-up benchmark's data once: a bank of 10,000 questions (Hebrew, Vietnamese,
 * English; cloze, choice, truefalse) over 5,000 facts, and a database with 100,000 reviews of a
 * year for profile "bench". {@code java ... BigFixture DIR} writes DIR/big.json and DIR/big.db.
 */
public final class BigFixture {
  public static final int QUESTIONS = 10_000;
  public static final int REVIEWS = 100_000;

  private BigFixture() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-data");
    build(dir, Instant.parse("2026-11-23T09:00:00Z"));
    System.out.println("wrote " + dir.resolve("big.json") + " and " + dir.resolve("big.db"));
  }

  /** Writes big.json and big.db into {@code dir} unless they exist. */
  public static void build(Path dir, Instant now) throws Exception {
    Files.createDirectories(dir);
    Path bankPath = dir.resolve("big.json");
    Path dbPath = dir.resolve("big.db");
    if (Files.exists(bankPath) && Files.exists(dbPath)) {
      return;
    }
    Files.deleteIfExists(dbPath);
    String[][] sentences = {
        {"he", "בשנת %d הושלמה נסיגת %d חיילים מהבסיס ה-102 של Russia ליד Gyumri."},
        {"vi", "Năm %d, khoảng %d binh sĩ rút khỏi căn cứ 102 gần Gyumri sau khi Liên Xô tan rã."},
        {"en", "In %d about %d troops left the 102nd base near Gyumri after the Soviet collapse."}};
    List<Question> qs = new ArrayList<>();
    Random rnd = new Random(42);
    for (int i = 0; qs.size() < QUESTIONS; i++) {
      String[] s = sentences[i % 3];
      int year = 1900 + rnd.nextInt(120);
      int troops = 1000 * (1 + rnd.nextInt(60));
      String sentence = String.format(s[1], year, troops);
      String y = String.valueOf(year);
      int at = sentence.indexOf(y);
      String source = String.format("%03d_%s.txt", i % 40, s[0]);
      Question.FactRef f = new Question.FactRef(source, 1000 + at, 1000 + at + 4, y, "date",
          TestQuestions.value(JsonNodeFactory.instance.textNode(y)), null, false, sentence, 1000);
      String card = "f-" + i;
      qs.add(TestQuestions.of("c-" + i, card, QuestionType.CLOZE, s[0],
          sentence.replace(y, "_____"), TestQuestions.answer(JsonNodeFactory.instance.textNode(y),
              y), null, null, null, List.of(f), null, null));
      List<String> opts = List.of(y, String.valueOf(year + 1), String.valueOf(year - 3),
          String.valueOf(year + 7));
      qs.add(TestQuestions.of("m-" + i, card, QuestionType.CHOICE, s[0],
          sentence.replace(y, "_____"), TestQuestions.answer(JsonNodeFactory.instance.textNode(y),
              y), opts, null, null, List.of(f), null, null));
    }
    new BankJson().write(new Bank(1, new Bank.GeneratorInfo("bench", "0"), List.of(), qs),
        bankPath);
    try (Store store = Store.open(dbPath)) {
      Profile p = store.profile("bench", now);
      Connection c = org.factdrill.store.TestAccess.connection(store);
      c.setAutoCommit(false);
      int cards = QUESTIONS / 2;
      int reviewedCards = cards * 8 / 10;
      try (PreparedStatement log = c.prepareStatement(
          "INSERT INTO review_log(profile_id, question_id, card_id, rating, answer, correct, "
              + "verdict, response_ms, reviewed_at, state_before, state_after, stability, "
              + "difficulty, due_after, elapsed_days) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
        for (int r = 0; r < REVIEWS; r++) {
          int card = r % reviewedCards;
          Instant at = now.minus(Duration.ofMinutes(rnd.nextInt(365 * 24 * 60)));
          boolean ok = rnd.nextDouble() < 0.87;
          log.setLong(1, p.id());
          log.setString(2, "c-" + card);
          log.setString(3, "f-" + card);
          log.setInt(4, ok ? 3 : 1);
          log.setString(5, "1999");
          log.setInt(6, ok ? 1 : 0);
          log.setString(7, ok ? "correct" : "wrong");
          log.setLong(8, 4000 + rnd.nextInt(8000));
          log.setLong(9, at.toEpochMilli());
          log.setString(10, r < reviewedCards ? null : "Review");
          log.setString(11, "Review");
          log.setDouble(12, 10 + rnd.nextDouble() * 50);
          log.setDouble(13, 5);
          log.setLong(14, at.plus(Duration.ofDays(10)).toEpochMilli());
          log.setLong(15, 10);
          log.addBatch();
        }
        log.executeBatch();
      }
      try (PreparedStatement card = c.prepareStatement(
          "INSERT INTO cards(profile_id, card_id, state, step, stability, difficulty, due, "
              + "last_review, reps, lapses, source, lang, kind) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
        for (int i = 0; i < reviewedCards; i++) {
          Instant due = now.plus(Duration.ofHours(rnd.nextInt(24 * 60) - 24 * 5));
          card.setLong(1, p.id());
          card.setString(2, "f-" + i);
          card.setString(3, "Review");
          card.setObject(4, null);
          card.setDouble(5, 10 + rnd.nextDouble() * 50);
          card.setDouble(6, 5);
          card.setLong(7, due.toEpochMilli());
          card.setLong(8, now.minus(Duration.ofDays(3)).toEpochMilli());
          card.setInt(9, REVIEWS / reviewedCards);
          card.setInt(10, 1);
          card.setString(11, String.format("%03d_%s.txt", i % 40, sentences[i % 3][0]));
          card.setString(12, sentences[i % 3][0]);
          card.setString(13, "date");
          card.addBatch();
        }
        card.executeBatch();
      }
      c.commit();
      c.setAutoCommit(true);
    }
  }
}
