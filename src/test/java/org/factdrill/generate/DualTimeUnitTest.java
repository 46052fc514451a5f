package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.study.AnswerChecker;
import org.factdrill.study.Verdict;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A Hebrew dual of a unit of time ("יומיים", "שבועיים", "חודשיים", "שנתיים", "שעתיים") is one word
 * that counts two of its unit: a duration read as "שני ימים" is (value 2, the unit), asked with
 * the whole word as the blank, its wrong options and false statements a count and the unit in the
 * unit's gender, and a typed "2", "שניים" or the dual itself right. Before a distance word it
 * measures from another event and is not read, as "שני ימים לאחר מכן". Sentences made up.
 */
class DualTimeUnitTest {

  private static List<Fact> numbers(String text) {
    return SharedExtractor.get().extract(new Document("t.txt", text + "\n", Language.HE)).stream()
        .filter(f -> f.kind() == FactKind.NUMBER).toList();
  }

  private static Fact dual(String sentence, String word) {
    return numbers(sentence).stream().filter(f -> f.text().contains(word)).findFirst().orElse(null);
  }

  private static List<Question> asked(String sentence, String word) {
    Result r = Fixtures.extracted(Language.HE, sentence + "\n");
    return r.bank().questions().stream().filter(q -> q.answer().text().contains(word)).toList();
  }

  @Test
  void aDualOfAUnitOfTimeCountsTwoOfThatUnit() {
    String[][] cases = {
        {"מרד האיכרים בגליל נמשך חודשיים, ודוכא בידי הצבא בשנת 1834.", "חודשיים", "חודשים"},
        {"לאחר שבועיים של שביתה חזרו הפועלים לעבודה באביב 1911.", "שבועיים", "שבועות"},
        {"בשנת 1903 ישב העורך בכלא שנתיים בשל מאמריו.", "שנתיים", "שנים"},
        {"המשלחת שהתה בבירה כשנתיים, ושבה לארצה בשנת 1882.", "כשנתיים", "שנים"},
        {"1. המצור על העיר העליונה (יומיים, 1799)", "יומיים", "ימים"},
        {"הוועידה התכנסה בעיר הבירה ונמשכה שבועיים; בסופה נבחר הוועד החדש.", "שבועיים", "שבועות"},
        {"הנאום שנשא הנשיא ארך שעתיים, ונזכר שנים רבות אחר כך.", "שעתיים", "שעות"},
    };
    for (String[] c : cases) {
      Fact f = dual(c[0], c[1]);
      assertTrue(f != null, "no count read: " + c[0]);
      assertEquals(0, ((Value.Num) f.value()).value().compareTo(BigDecimal.valueOf(2)), c[0]);
      assertEquals(c[2], f.unit(), c[0]);
    }
    assertTrue(dual("המשלחת שהתה בבירה כשנתיים, ושבה לארצה בשנת 1882.", "שנתיים").approx());
  }

  @Test
  void aDualBeforeADistanceWordOrWithTheArticleIsNoCount() {
    for (String s : List.of("המלך הוכתר בשנת 1820, ויומיים לאחר מכן יצא למסע.",
        "המועצה הצביעה שבועיים קודם לכן, ב-3 במרץ, בעד ההצעה.",
        "העיר נכבשה חודשיים אחרי פרוץ המרד בשנת 1857.",
        "במהלך השבועיים הראשונים של המרד נעצרו מאות, בשנת 1905.")) {
      assertTrue(numbers(s).stream().noneMatch(f -> f.text().matches(".*(יומיים|שבועיים|חודשיים).*")),
          s);
    }
  }

  @Test
  void theBlankTakesTheWholeDualAndOptionsCountTheUnitInItsGender() {
    String s = "מרד האיכרים בגליל נמשך חודשיים, ודוכא בידי הצבא בשנת 1834.";
    List<Question> qs = asked(s, "חודשיים");
    Question cloze = qs.stream().filter(q -> q instanceof Question.Cloze).findFirst().orElseThrow();
    assertTrue(cloze.prompt().contains("נמשך _____, ודוכא"), cloze.prompt());
    Question.Choice choice = (Question.Choice) qs.stream()
        .filter(q -> q instanceof Question.Choice).findFirst().orElseThrow();
    assertTrue(choice.options().contains("חודשיים"), choice.options().toString());
    for (String o : choice.options()) {
      assertTrue(o.equals("חודשיים") || o.matches("(שלושה|ארבעה|חמישה|שישה|שבעה|שמונה|תשעה|עשרה) חודשים"), o);
    }
    List<Question> years = asked("בשנת 1903 ישב העורך בכלא שנתיים בשל מאמריו.", "שנתיים");
    for (Question q : years) {
      for (String o : q.options()) { // שנים is feminine: "שלוש שנים", never "שלושה"
        assertTrue(o.equals("שנתיים") || o.matches("(שלוש|ארבע|חמש|שש|שבע|שמונה|תשע|עשר) שנים"), o);
      }
      if (q instanceof Question.TrueFalse tf && !tf.truth()) {
        assertTrue(q.prompt().matches(".*בכלא (שלוש|ארבע|חמש|שש|שבע|שמונה|תשע|עשר) שנים בשל.*"),
            q.prompt());
      }
    }
    assertFalse(years.isEmpty(), s);
  }

  @Test
  void aDualBelowADayIsReadButNotAsked() {
    assertTrue(asked("הנאום שנשא הנשיא בשנת 1950 ארך שעתיים, ונזכר שנים רבות.", "שעתיים").isEmpty());
  }

  @Test
  void aTypedTwoOrTheDualAnswersADual() {
    String s = "השביתה בנמל נמשכה שבועיים, והסתיימה בשנת 1936 בהסכם עם ההנהלה.";
    Question cloze = asked(s, "שבועיים").stream().filter(q -> q instanceof Question.Cloze)
        .findFirst().orElseThrow();
    AnswerChecker checker = new AnswerChecker();
    for (String typed : List.of("2", "שניים", "שבועיים", "שני שבועות", "2 שבועות")) {
      assertEquals(Verdict.Kind.CORRECT, checker.check(cloze, typed).kind(), typed);
    }
    assertEquals(Verdict.Kind.WRONG, checker.check(cloze, "שלושה שבועות").kind());
  }

  @Test
  void otherCountsOfAnIndefiniteNounAreWrittenInTheAbsoluteForm() {
    // "שני" is the construct form, but before an indefinite noun three and more take the
    // absolute form: "שלושה חודשים", never "שלושת חודשים".
    for (String[] c : new String[][] {
        {"המצור על המבצר נמשך שני חודשים, עד שנפל בידי הצבא בשנת 1799.", "שני",
            "(שלושה|ארבעה|חמישה|שישה|שבעה|שמונה|תשעה|עשרה)"},
        {"לאחר שתי שנות מאסר שוחרר המנהיג בשנת 1931 וחזר אל עירו.", "שתי",
            "(שלוש|ארבע|חמש|שש|שבע|שמונה|תשע|עשר)"}}) {
      List<Question> qs = asked(c[0], c[1]);
      assertFalse(qs.isEmpty(), c[0]);
      for (Question q : qs) {
        for (String o : q.options()) {
          assertTrue(o.equals(c[1]) || o.matches(c[2]), c[0] + " → " + o);
        }
      }
    }
  }
}
