package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric lines 5 and 9: a "which happened first?" pair whose later event says it
 * follows another ("also", "again", "cũng", "lại", "tiếp tục", "גם", "שוב", "המשיך") is
 * answered by its wording. Every word of every pack's {@code sequel-event-words} is checked in
 * a clause of its language, and every {@code sequel-event-not} phrase (the word in another
 * sense: "chống lại", against) is not one. Every sentence here is made up.
 */
class SequelWordsTest {
  /** A plain clause per language, and where a sequel word goes in it. */
  private static final Map<String, String[]> CLAUSE = Map.of(
      "en", new String[] {"The fleet", "bombed the harbour of Karvo."},
      "vi", new String[] {"Quân Karvo", "tấn công thành Xương Lâm."},
      "he", new String[] {"הצי של קרבו", "הפציץ את נמל העיר."},
      "ru", new String[] {"Флот Карво", "обстрелял гавань города."});

  @Test
  void everySequelWordOfEveryPackMakesItsClauseTheLater() {
    for (var e : CLAUSE.entrySet()) {
      Language lang = Language.fromCode(e.getKey()).orElseThrow();
      OrderWords order = OrderWords.of(lang);
      String plain = e.getValue()[0] + " " + e.getValue()[1];
      assertFalse(order.sequel(plain), plain);
      var words = lang.pack().words("sequel-event-words");
      assertFalse(words.isEmpty(), e.getKey());
      for (String w : words) {
        String body = w.endsWith("*") ? w.substring(0, w.length() - 1) + "о" : w;
        String told = e.getValue()[0] + " " + body + " " + e.getValue()[1];
        assertTrue(order.sequel(told), e.getKey() + ": " + told);
        assertTrue(order.tellsOrder(plain, told), told);
        assertFalse(order.tellsOrder(told, plain), told);
        assertFalse(order.tellsOrder(told, told), "both told as following: no order");
      }
    }
  }

  @Test
  void aPhraseHoldingASequelWordInAnotherSenseIsNone() {
    int seen = 0;
    for (var e : CLAUSE.entrySet()) {
      Language lang = Language.fromCode(e.getKey()).orElseThrow();
      OrderWords order = OrderWords.of(lang);
      for (String not : lang.pack().words("sequel-event-not")) {
        String clause = e.getValue()[0] + " " + not + " " + e.getValue()[1];
        assertFalse(order.sequel(clause), e.getKey() + ": " + clause);
        seen++;
      }
    }
    assertTrue(seen >= 4, "en, vi, he and ru each list some");
  }

  /** Invented clauses: language, clause, whether it tells its event as following another. */
  private static final String[][] READINGS = {
      {"vi", "Quân Minh cũng tấn công thành Xương Giang.", "+"},
      {"vi", "Nghĩa quân lại vây thành Đông Quan.", "+"},
      {"vi", "Nghĩa quân tiếp tục vây thành Đông Quan.", "+"},
      {"vi", "Nghĩa quân trở lại vây thành Đông Quan.", "+"},
      {"vi", "Nghĩa quân chống lại quân Minh ở Chi Lăng.", "-"},
      {"vi", "Nghĩa quân ở lại thành Đông Quan suốt mùa đông.", "-"},
      {"vi", "Vua ban thưởng cho quan lại trong triều.", "-"}, // quan lại: officials
      // another sequel word beside the phrase still counts
      {"vi", "Nghĩa quân chống lại quân Minh và cũng chiếm thành.", "+"},
      {"he", "גם הצי הבריטי הפציץ את הנמל.", "+"},
      {"he", "והצבא המשיך להתקדם צפונה לאורך החוף.", "+"},
      {"he", "מתקפה נוספת נערכה על המבצר.", "+"},
      {"he", "הנמל הופצץ שנית בידי הצי.", "+"},
      {"he", "בנוסף לנמל נבנתה מסילה לעיר.", "-"},
      {"he", "הצי הבריטי הפציץ את הנמל.", "-"},
      {"en", "The fleet, too, bombed the harbour.", "+"},
      {"en", "The army bombed the harbour too.", "+"},
      {"en", "The fleet bombed another harbour on the coast.", "+"},
      {"en", "The fleet resumed its bombardment of the harbour.", "+"},
      {"en", "The fleet and the army as well as the militia bombed the harbour.", "-"},
      {"en", "The two fleets fought one another near the harbour.", "-"},
      {"en", "The fleet was too small to bomb the harbour.", "-"}};

  @Test
  void inventedSentencesReadAsTheirLanguageMeansThem() {
    for (String[] r : READINGS) {
      OrderWords order = OrderWords.of(Language.fromCode(r[0]).orElseThrow());
      assertEquals(r[2].equals("+"), order.sequel(r[1]), r[0] + ": " + r[1]);
    }
  }

  @Test
  void aVietnameseWhichFirstWhoseLaterEventSaysCungIsNotAsked() {
    String text = """
        Chiến tranh Karvo

        Quân Karvo tấn công thành Xương Lâm vào năm {{1420|date|1420}} với ba vạn quân.

        Quân Karvo %s tấn công thành Đông Lâm vào năm {{1426|date|1426}} với năm vạn quân.
        """;
    var told = Fixtures.generate(Language.VI, String.format(text, "cũng"));
    assertTrue(told.bank().questions().stream().noneMatch(q -> q.type()
        == QuestionType.WHICHFIRST), told.report()::toString);
    assertTrue(told.report().skipped().stream()
        .anyMatch(s -> s.reason() == SkipReason.ORDER_IN_WORDING));
    var fair = Fixtures.generate(Language.VI, String.format(text, "bất ngờ"));
    assertEquals(1, fair.bank().questions().stream().filter(q -> q.type()
        == QuestionType.WHICHFIRST).count(), fair.report()::toString);
  }

  @Test
  void aHebrewWhichFirstWhoseLaterEventSaysGamIsNotAsked() {
    String text = """
        מלחמת קרבו

        צבא קרבו תקף את מבצר הצפון בשנת {{1420|date|1420}} בכוח גדול.

        צבא קרבו %sתקף את מבצר הדרום בשנת {{1426|date|1426}} בכוח גדול.
        """;
    var told = Fixtures.generate(Language.HE, String.format(text, "גם "));
    assertTrue(told.bank().questions().stream().noneMatch(q -> q.type()
        == QuestionType.WHICHFIRST), told.report()::toString);
    var fair = Fixtures.generate(Language.HE, String.format(text, ""));
    assertEquals(1, fair.bank().questions().stream().filter(q -> q.type()
        == QuestionType.WHICHFIRST).count(), fair.report()::toString);
  }

  @Test
  void theClausesCoverEveryPackThatListsSequelWords() {
    for (Language lang : Language.values()) {
      if (!lang.pack().words("sequel-event-words").isEmpty()) {
        assertTrue(CLAUSE.containsKey(lang.code()), lang.code() + " needs a clause here");
      }
    }
  }
}
