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
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A small number word right before a unit of time ("שתי דקות", "שני חודשים", "two weeks") counts
 * a duration; it is no determiner ("שני הצדדים", "the two sides" stay determiners). Which
 * durations are asked is a statement about the unit (trivial-figures' short-time): below a day
 * (minutes, hours) not worth asking, months and years asked. Sentences made up; several word
 * orders, with a prefix letter, construct forms, a relative "later".
 */
class NumberWordBeforeTimeUnitTest {

  private static List<Fact> numbers(Language lang, String text) {
    return SharedExtractor.get().extract(new Document("t.txt", text, lang)).stream()
        .filter(f -> f.kind() == FactKind.NUMBER).toList();
  }

  private static void countsTwo(Language lang, String sentence, String word, boolean asked) {
    String text = sentence + "\n";
    Fact two = numbers(lang, text).stream().filter(f -> f.text().equals(word)).findFirst()
        .orElse(null);
    assertTrue(two != null, "no count read: " + sentence);
    assertEquals(0, ((Value.Num) two.value()).value().compareTo(BigDecimal.valueOf(2)), sentence);
    Result r = Fixtures.extracted(lang, text);
    List<Question> qs = r.bank().questions().stream()
        .filter(q -> q.answer().text().equals(word.replaceFirst("^ו", ""))).toList();
    assertEquals(asked, !qs.isEmpty(), sentence + "\n" + r.report().format(r.bank()));
  }

  @Test
  void aSmallNumberWordBeforeAUnitOfTimeIsADuration() {
    countsTwo(Language.HE, "המצור על המבצר נמשך שני חודשים, עד שנפל בידי הצבא בשנת 1799.", "שני", true);
    countsTwo(Language.HE, "לאחר שתי שנות מאסר שוחרר המנהיג בשנת 1931 וחזר אל עירו.", "שתי", true);
    countsTwo(Language.HE, "העיתון נסגר בשנת 1870 למשך שני שבועות, ושבועיים לאחר מכן נעצר עורכו.", "שני", true);
    countsTwo(Language.EN, "The siege of the old fort lasted two months, until it fell in 1799.", "two", true);
    countsTwo(Language.HE, "הוועדה ישבה על המדוכה שתי שנים ופרסמה את מסקנותיה בשנת 1952.", "שתי", true);
  }

  @Test
  void aDurationBelowADayIsReadButNotAsked() {
    countsTwo(Language.HE, "בטקס שנערך בכיכר בשנת 1962 עמדו הנוכחים שתי דקות דומייה.", "שתי", false);
    countsTwo(Language.HE, "במשך שתי שעות נשא הנשיא את נאומו בבית הנבחרים בשנת 1950.", "שתי", false);
  }

  @Test
  void aNumberWordBeforeANounOfNoTimeOrBeforeADistanceStaysAsItWas() {
    for (String s : List.of("שני הצדדים חתמו על ההסכם בעיר הנמל בשנת 1949.",
        "בשתי המלחמות נפגעו כפרים רבים בגליל, והאחרונה הסתיימה בשנת 1956.",
        "שתי המדינות כוננו יחסים מלאים בשנת 1979.",
        "העיתון נסגר בשנת 1870, ושני ימים לאחר מכן נעצר עורכו.")) {
      assertFalse(numbers(Language.HE, s + "\n").stream().anyMatch(f -> f.text().contains("שני")
          || f.text().contains("שתי")), s);
    }
    String en = "The treaty was signed in 1973. Two years later, the northern army took the capital.\n";
    assertFalse(numbers(Language.EN, en).stream().anyMatch(f -> f.text().equals("Two")), en);
  }
}
