package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Class 7 of the twentieth review: a fan wiki reposting an encyclopedia article has no heading
 * for it; under the site's chrome stands an image's credit line (a noun, a quoted name, the
 * labels for the image's source, licence, or who processed or uploaded it, each with a colon).
 * That line is a caption, never the page's title, and its quoted name is none either; with no
 * title line, the name the first paragraph's defining sentence gives ("X (…) – הוא …") names the
 * page, also when that paragraph is one sentence. Names, places and years made up for this test.
 */
class ImageCreditTitleTest {
  private static final String[] CREDITS = {
      "מפה \"ארץ העמקים\", - מקור התמונה: ויקישיתוף - עיבוד: משתמש אלמוני",
      "ציור \"הקרב על הגשר\" - מקור: ארכיון המוזיאון - הועלה על ידי: דני",
      "תצלום \"כיכר השוק\", רישיון: נחלת הכלל - מקור תמונה: אוסף פרטי",
      "כרזה \"קול הכפרים\" – עיבוד: משתמש123",
  };
  private static final String[][] LEADS = {
      {"מרד העמקים", "מרד העמקים (נקרא גם מרד האיכרים) – הוא מרד שפרץ בשנת 1834 באזור העמקים ונמשך 14 חודשים."},
      {"ועידת הנמלים", "ועידת הנמלים (באנגלית: Harbour Conference) הייתה כינוס של נציגי ערי החוף שהתקיים בשנת 1907 ובו השתתפו 40 צירים."},
      {"אמנת הכפרים", "אמנת הכפרים – היא הסכם שנחתם בשנת 1912 בין 9 מועצות אזוריות בצפון הארץ."},
  };
  private static final String MORE = "\n\nבשנת 1835 נכנעו המורדים למושל, ו-300 מהם נשלחו לגלות. "
      + "המושל מינה 12 שופטים חדשים לאזור.\n";

  @Test
  void anImageCreditLineIsNoTitleAndTheDefiningSentenceNamesThePage() {
    for (String credit : CREDITS) {
      String quoted = credit.substring(credit.indexOf('"') + 1, credit.indexOf('"', credit.indexOf('"') + 1));
      for (String[] lead : LEADS) {
        for (String top : new String[] {"Family Wiki\nAdvertisement\n\n", "ויקי המשפחה\n\n", ""}) {
          String text = top + credit + "\n\n" + lead[1] + MORE;
          String title = LayoutClassifier.classify(text, Language.HE, "a.txt").title();
          assertNotEquals(quoted, title, text);
          assertEquals(lead[0], title, text);
        }
      }
    }
  }

  @Test
  void aHeadingAboveTheCreditLineStaysTheTitle() {
    String text = "מלחמת הגבעות\n\n" + CREDITS[0] + "\n\n" + LEADS[0][1] + MORE;
    assertEquals("מלחמת הגבעות", LayoutClassifier.classify(text, Language.HE, "a.txt").title(), text);
  }
}
