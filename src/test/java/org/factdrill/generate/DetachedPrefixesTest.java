package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.DetachedPrefixes;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Hebrew prefix letters written apart from their words: a paragraph that writes its articles as
 * words of their own ("ה צבא", "ה- נהר"), as machine translation does, is not asked from; one
 * list label ("פרק ה") is no such sign; a prefix typed apart from its hyphen and figure ("מ -30")
 * is shown joined to it, with no stray hyphen beside the blank. Every sentence here is made up.
 */
class DetachedPrefixesTest {
  private static final String TITLE = "תולדות העמק הצפוני\n\n";

  @Test
  void signsAreCountedOnlyForLettersStandingAloneBeforeAWord() {
    String he = Language.HE.pack().prefixes();
    assertEquals(0, DetachedPrefixes.signs(he, "הצבא הגיע ב-1920 לעמק, ו-3 מחנות הוקמו בו."));
    assertEquals(0, DetachedPrefixes.signs(he, "נפטר ביום ה' בשבוע, כ\"כ נאמר בעיתון של העיר."));
    assertEquals(0, DetachedPrefixes.signs(he, "גויסו חיילים מ -30 ערים ומה שנותר נשלח הביתה."));
    assertEquals(1, DetachedPrefixes.signs(he, "בפרק ה נאמר כי המבצר נבנה מחדש."));
    assertEquals(2, DetachedPrefixes.signs(he, "כל ה צבאות הגדולים נלחמו ב עמק."));
    assertEquals(2, DetachedPrefixes.signs(he, "הם השקיעו הכול מאחורי ה- מאמץ של המלחמה."));
    assertEquals(0, DetachedPrefixes.signs(Language.EN.pack().prefixes(), "a b c the army"));
  }

  @Test
  void aParagraphWithArticlesWrittenApartIsNotAskedAndTheSameParagraphWrittenWellIs() {
    Random r = new Random(1402);
    List<String> wrong = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      int year = 1850 + r.nextInt(120);
      int camps = 12 + r.nextInt(70);
      String well = "הצבא הגיע לעמק בשנת " + year + " והקים בו " + camps
          + " מחנות גדולים לאורך הנהר. המפקדים שלחו את החיילים אל כל הכפרים הסמוכים.";
      String apart = "ה צבא הגיע ל עמק בשנת " + year + " והקים בו " + camps
          + " מחנות ה גדולים לאורך ה- נהר. המפקדים שלחו את החיילים אל כל ה כפרים הסמוכים.";
      Result good = Fixtures.extracted(Language.HE, TITLE + well + "\n");
      Result bad = Fixtures.extracted(Language.HE, TITLE + apart + "\n");
      if (Fixtures.asking(good, String.valueOf(camps)).isEmpty()) {
        wrong.add("not asked when written well: " + well);
      }
      if (!bad.bank().questions().isEmpty()
          || !Fixtures.skipped(bad, SkipReason.DETACHED_PREFIXES, String.valueOf(camps))) {
        wrong.add("asked or skipped otherwise: " + apart + "\n" + bad.report().format(bad.bank()));
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void oneLetterStandingAsAListLabelIsNoSign() {
    Result r = Fixtures.extracted(Language.HE, TITLE
        + "בפרק ה נאמר כי המבצר נבנה בשנת 1712 על ידי 340 פועלים שהובאו מן הערים.\n");
    assertFalse(Fixtures.asking(r, "340").isEmpty(), r.report().format(r.bank()));
  }

  @Test
  void aPrefixTypedApartFromItsHyphenIsShownJoinedToTheFigureAndTheBlank() {
    Random r = new Random(14);
    List<String> wrong = new ArrayList<>();
    int asked = 0;
    for (String form : new String[] {" -", "- "}) {
      for (char p : "מכל".toCharArray()) {
        int n = 12 + r.nextInt(80);
        String s = "המשלחת כללה נציגים " + p + form + n
            + " ערים שונות באזור הצפון, והדיונים נמשכו זמן רב מאוד.";
        Result res = Fixtures.extracted(Language.HE, TITLE + s + "\n");
        for (Question q : Fixtures.asking(res, String.valueOf(n))) {
          asked++;
          String shown = q.type() == QuestionType.TRUEFALSE ? q.prompt()
              : q.prompt().replace(PromptBuilder.BLANK, "#");
          if (!shown.matches("(?s).*נציגים " + p + "-(#|\\d+) ערים.*")) {
            wrong.add(q.type() + ": " + q.prompt());
          }
        }
      }
    }
    assertTrue(asked >= 12, "asked " + asked);
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void aBiographysVerblessNoteWithItsYearsIsNoPeriodToAskTheLengthOf() {
    Result r = Fixtures.extracted(Language.HE, "יוסף לוי\n\n"
        + "יוסף לוי עלה לארץ בשנת 1905 והתיישב במושבה הקטנה שבגליל.\n"
        + "מייסד ועורך הירחון “השדה” (1921–1934).\n");
    assertTrue(r.bank().questions().stream().noneMatch(q -> q.type() == QuestionType.DURATION),
        r.report().format(r.bank()));
  }
}
