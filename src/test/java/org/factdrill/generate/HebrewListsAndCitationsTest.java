package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, Hebrew (seventh session): a life told as short clauses, one year each, is a list; a
 * date in brackets after a quoted title dates a cited work; a subject pronoun after an opening
 * time phrase, and "עוד" (another) opening a sentence, point back. Every text here is made up.
 */
class HebrewListsAndCitationsTest {

  private static List<Question> clozes(Result r) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE).toList();
  }

  @Test
  void aRunOfShortYearClausesIsAListAndProseAroundItIsAsked(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", """
        משפחת הנגרים

        בשנת 1890 עבר האב לעיר הנמל. בשנת 1895 נולד בנו הבכור. בשנת 1901 היגרה המשפחה לאמריקה.

        מלחמת העולם הראשונה פרצה בשנת 1914 והביאה לסגירת נמלי הים התיכון בפני ספינות הנוסעים.
        """);
    List<Question> q = clozes(r);
    assertEquals(1, q.size(), r.report().format(r.bank()));
    assertTrue(q.get(0).prompt().startsWith("מלחמת העולם הראשונה"), q.get(0).prompt());
    assertTrue(r.report().skipped().stream().anyMatch(s -> s.reason() == SkipReason.LAYOUT
        && "a list of years told as short clauses".equals(s.detail())));
  }

  @Test
  void twoYearClausesOrLongClausesAreProse(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", """
        הממלכה הדרומית

        בשנת 1820 הכריזה הממלכה הדרומית על עצמאותה מן האימפריה הגדולה לאחר מרד ממושך של האיכרים, \
        ובשנת 1835 נחתם הסכם השלום הראשון בינה לבין שכנותיה בעיר הבירה הישנה.
        """);
    assertEquals(2, clozes(r).size(), r.report().format(r.bank()));
  }

  @Test
  void aDateAfterAQuotedTitleInBracketsDatesACitedWork() {
    String t = "על העיירה כבר כתבתי בעבר (\"הדרך אל הכפר (והחזרה ממנו)\", 3.4.2012) ובשנת 1944 "
        + "גורשו יהודיה.";
    int at = t.indexOf("3.4.2012");
    assertTrue(CitedInParens.cited(t, at, at + "3.4.2012".length()));
    int y = t.indexOf("1944");
    assertFalse(CitedInParens.cited(t, y, y + 4));
    String plain = "המבצר נבנה (לפי המסורת, 1520) על ראש הגבעה.";
    int p = plain.indexOf("1520");
    assertFalse(CitedInParens.cited(plain, p, p + 4), "no quoted title before the date");
  }

  @Test
  void aSubjectPronounAfterATimePhrasePointsBack() {
    TimePhrasePronoun f = new TimePhrasePronoun();
    assertTrue(f.find(Language.HE, "בשנת 1950 היא הוכרזה כעיר הבירה של המחוז."));
    assertTrue(f.find(Language.HE, "בשנות ה-30 של המאה ה-20 הוא יצא למסע ברחבי הארץ."));
    assertTrue(f.find(Language.HE, "ב-1948 הם עלו לארץ עם ילדיהם."));
    assertFalse(f.find(Language.HE, "בולוניה היא עיר גדולה בצפון איטליה."), "a copula after a name");
    assertFalse(f.find(Language.HE, "ההסכם הוא מסמך שנחתם בשנת 1979."));
    assertFalse(f.find(Language.EN, "In 1950 it was declared the capital."), "no list: no rule");
  }

  @Test
  void anotherCountOpeningASentenceTakesTheSentenceBefore(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", """
        המצור על העיר העתיקה

        במהלך המצור על העיר העתיקה נהרגו כ-300 לוחמים מכוחות המגינים. עוד כ-200 מן ההרוגים היו \
        תושבי העיר העתיקה שנפגעו בהפגזות.
        """);
    for (Question q : clozes(r)) {
      if (q.prompt().contains("תושבי העיר")) {
        assertTrue(q.prompt().startsWith("במהלך המצור"), q.prompt());
      }
    }
    assertTrue(clozes(r).stream().anyMatch(q -> q.prompt().contains("תושבי העיר")),
        r.report().format(r.bank()));
  }
}
