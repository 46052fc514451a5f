package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * A library page opens with short lines (site section, author, work) and a blank line: the work
 * is the title, never a quoted abbreviation in the subtitle nor the first section heading. Texts
 * made up for the test.
 */
class HeaderStackTest {
  private static final String PROSE_HE = "הוא כתב את הדברים האלה על המושבה החדשה ועל אנשיה, "
      + "ועל השדות והכרמים אשר נטעו בה בשנים הראשונות, ועל הבתים ועל הבארות שחפרו בה בעמל רב, "
      + "ועל בית הספר ועל הילדים שלמדו בו את השפה העברית בכל יום ויום.";

  private static String title(String text, Language lang) {
    return LayoutClassifier.classify(text, lang, "x.txt").title();
  }

  @Test
  void theStacksLowestLineIsTheWorksTitle() {
    String t = "אוסף\nפלוני אלמוני\nשדות בעמק הירוק\n\n" + PROSE_HE + "\n\n" + PROSE_HE + "\n";
    assertEquals("שדות בעמק הירוק", title(t, Language.HE));
  }

  @Test
  void aSubtitleWithAHebrewDateDoesNotTakeTheTitle() {
    // "י“ב-י”ג": quote marks between letters are gershayim, not a quoted name "ב-י".
    String t = "אוסף\nפלוני אלמוני\nדברים בכנס המושבות\n\n"
        + "נאום באסיפת המושבות, עיר הגנים, י“ב-י”ג חשון תרפ\"ז (20–21 באוקטובר 1926)\n\n"
        + PROSE_HE + "\n\n" + PROSE_HE + "\n";
    assertEquals("דברים בכנס המושבות", title(t, Language.HE));
  }

  @Test
  void aSectionHeadingWithAGluedNoteAndALinkGlyphIsNoTitle() {
    String t = "אוסף\nפלוני אלמוני\nשדות בעמק הירוק\n\nהקדמה קצרה על המושבות, מספר יושביהן1 ועוד.\n\n"
        + "בגליל2.    \uD83D\uDD17\n\n" + PROSE_HE + "\n";
    assertEquals("שדות בעמק הירוק", title(t, Language.HE));
  }

  @Test
  void aLicenceAGenreAndAnEditionLineUnderTheTitleAreNotIt() {
    String t = "אוסף\nפלוני אלמוני\nעל המושבה החדשה\nmרשות הרבים [?]\naרשימות ומכתבים\n"
        + "פרטי ההוצאה: עיר הגנים: דפוס השדה; 1930\n\n" + PROSE_HE + "\n\n" + PROSE_HE + "\n";
    assertEquals("על המושבה החדשה", title(t, Language.HE));
  }

  @Test
  void aPageOpeningWithItsTitleAloneKeepsIt() {
    String t = "Marvelo Bridge\n\n" + "The Marvelo Bridge was opened in 1911 over the river, and the "
        + "Marvelo Bridge carried the railway to the coast for ninety years until it was closed.\n\n"
        + "The Marvelo Bridge was rebuilt in 2004 after a flood, and the Marvelo Bridge reopened.\n";
    assertEquals("Marvelo Bridge", title(t, Language.EN));
  }

  @Test
  void aLongMenuIsNoHeaderStack() {
    String t = "Home\nNews\nSport\nWeather\nArchive\nContact\n\n" + "The Marvelo Bridge was opened "
        + "in 1911 over the river, and the Marvelo Bridge carried the railway to the coast for "
        + "ninety years until it was closed in 2001 by the council.\n";
    assertNotEquals("Contact", title(t, Language.EN));
  }
}
