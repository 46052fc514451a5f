package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Hebrew prose writes acronyms and Hebrew-calendar years with a double quote between letters
 * (gershayim) and glosses such a year with the common year in brackets: neither is a quoted title
 * nor a reference entry's year. Every text here is made up.
 */
class HebrewProseNotReferenceTest {
  private static LineClass classOf(Layout l, String text, String line) {
    int at = text.indexOf(line);
    assertTrue(at >= 0, line);
    return l.classAt(at);
  }

  @Test
  void aBiographyParagraphWithAHebrewYearAndItsGlossIsProse() {
    String p = "נולד בעיירה קטנה בפלך הדרומי בשנת תרמ\"ה (1885), למד בישיבה ובשנת תר\"ס עלה "
        + "לארץ עם הוריו והתיישב במושבה החדשה.";
    String t = "שמעון הנגר\n\n" + p + "\n\nעבד בבניין הבתים הראשונים של המושבה שנים רבות.\n";
    Layout l = LayoutClassifier.classify(t, Language.HE, "t.txt");
    assertEquals(LineClass.PROSE, classOf(l, t, p));
    String dated = "נפטר בעיר הנמל, י\"ב אדר תרצ\"ד (27.2.1934), והובא לקבורה בהר הזיתים.";
    String t2 = "שמעון הנגר\n\n" + dated + "\n\nבנו: דוד.\n";
    assertEquals(LineClass.PROSE, classOf(LayoutClassifier.classify(t2, Language.HE, "t.txt"),
        t2, dated));
  }

  @Test
  void aReferenceEntryStaysAReference() {
    String ref = "כהן, ישראל, \"תולדות המושבה הקטנה\", הוצאת עם הספר, תל אביב (1950), עמ' 12.";
    String t = "המושבה\n\nהמושבה נוסדה בשנת 1890 על ידי קבוצת איכרים מהגליל העליון.\n\n" + ref
        + "\n";
    assertEquals(LineClass.REFERENCE, classOf(LayoutClassifier.classify(t, Language.HE, "t.txt"),
        t, ref));
  }

  @Test
  void wordMarksKeepRealQuotationsAndAuthorsYears() {
    assertEquals("בשנת תרמ״ה, למד", WordMarks.forCitation("בשנת תרמ\"ה (1885), למד"));
    assertEquals("חבר \"הוועד\" (1950)", WordMarks.forCitation("חבר \"הוועד\" (1950)"),
        "a quotation between spaces and a year after a plain word stay");
  }
}
