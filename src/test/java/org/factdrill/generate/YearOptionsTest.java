package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 6: no absurd year option. When a sentence says its event came after an
 * earlier one whose year the paragraph stated, no wrong year (option or false statement) is
 * before that year; without such a word the options may fall on both sides. Made-up texts, many
 * seeds.
 */
class YearOptionsTest {

  private static final String[][] TEXTS = {
      {"vi", "Hiệp ước Zarnov được ký tại thành phố Plimsoll vào năm {{1961|date|1961}} giữa hai nước láng giềng. "
          + "Sau khi hiệp ước có hiệu lực, {{năm 1964|date|1964}} hai nước mở lại biên giới cho thương nhân."},
      {"en", "The Zarnov Treaty was signed in the city of Plimsoll in {{1961|date|1961}} by the two neighbours. "
          + "After the treaty came into force, the two countries reopened the border to traders in {{1964|date|1964}}."},
      {"he", "הסכם זרנוב נחתם בעיר פלימסול בשנת {{1961|date|1961}} בין שתי המדינות השכנות. "
          + "לאחר כניסת ההסכם לתוקף, בשנת {{1964|date|1964}} פתחו שתי המדינות את הגבול לסוחרים."}};

  private static List<Integer> wrongYears(Result r, String answerYear) {
    List<Integer> out = new java.util.ArrayList<>();
    for (Question q : r.bank().questions()) {
      if (!q.answer().text().contains(answerYear)) {
        continue;
      }
      if (q.type() == QuestionType.CHOICE) {
        for (String o : ((Question.Choice) q).options()) {
          out.add(Integer.parseInt(o.replaceAll("\\D", "")));
        }
      } else if (q.type() == QuestionType.TRUEFALSE && !((Question.TrueFalse) q).truth()) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{4}").matcher(q.prompt());
        while (m.find()) {
          out.add(Integer.parseInt(m.group()));
        }
      }
    }
    return out;
  }

  @Test
  void afterAnEarlierEventNoWrongYearIsBeforeIt() {
    for (String[] t : TEXTS) {
      Language lang = Language.fromCode(t[0]).orElseThrow();
      boolean sawChoice = false;
      for (long seed = 1; seed <= 12; seed++) {
        Result r = Fixtures.generate(seed, Fixtures.doc("t.txt", lang, (lang == Language.HE ? "הסכם זרנוב" : "Hiệp ước Zarnov")
            + "\n\n"
            + t[1] + "\n"));
        for (int y : wrongYears(r, "1964")) {
          sawChoice = true;
          assertTrue(y >= 1961, t[0] + " seed " + seed + ": option " + y);
        }
      }
      assertTrue(sawChoice, t[0] + ": no choice question to check");
    }
  }

  @Test
  void withoutAfterTheOptionsMayFallBeforeTheYearStatedEarlier() {
    boolean below = false;
    for (long seed = 1; seed <= 12; seed++) {
      // The story begins earlier (DocumentSpan keeps options inside it), so years before 1961
      // are plausible here but for an "after" word.
      Result r = Fixtures.generate(seed, Fixtures.doc("t.txt", Language.EN, "Zarnov Treaty\n\n"
          + "Ardel and Vensa fought a short war over the river valley in {{1950|date|1950}}.\n\n"
          + "The Zarnov Treaty was signed in the city of Plimsoll in {{1961|date|1961}} by the two neighbours. "
          // The second sentence names its subject: one naming nothing is shown with the first
          // (NamelessClause), whose year would then stand in the prompt.
          + "Ardel and Vensa reopened the border to traders in {{1964|date|1964}} with new customs posts.\n"));
      for (int y : wrongYears(r, "1964")) {
        below |= y < 1961;
      }
    }
    assertTrue(below, "the floor applies only after an 'after' word");
    assertFalse(new YearFloor().of(Language.EN, "In 1964 the border reopened.",
        new org.factdrill.text.Span(0, 28), new org.factdrill.extract.Fact(3, 7, "1964",
            org.factdrill.extract.FactKind.DATE, new org.factdrill.extract.Value.Date("1964"),
            null, false, new org.factdrill.text.Span(0, 28)),
        TimeAnchors.of(Language.EN, "In 1964 the border reopened.", List.of())) > 0);
  }
}
