package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.factdrill.bank.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hebrew copied out of a PDF in visual order: mirrored brackets, a full stop before the figure
 * that ended the sentence, a word split before its final letter, a prefix left alone, a torn
 * thousands group. Its figures are not asked; clean Hebrew prose is. Every text here is made up.
 */
class VisualOrderTest {

  @Test
  void signsAreCountedAndCleanProseShowsNone() {
    assertEquals(0, VisualOrder.signs("המושבה נוסדה בשנת 1890 (לפי המסורת) על ידי איכרים מהגליל,"
        + " ובשנת 1900 מנתה כ-1,000 תושבים."));
    assertEquals(0, VisualOrder.signs("א) הסעיף הראשון; ב) הסעיף השני של החוק משנת 1920."));
    assertEquals(0, VisualOrder.signs("נפטר בשנת תרס\"ח, ט' טבת, ונקבר בעיר."));
    assertTrue(VisualOrder.signs("בני המשפחה )לבית כהן( התיישבו בעיר") >= 2, "mirrored");
    assertEquals(1, VisualOrder.signs("נולדו לו ארבעה בנים .1900 בשנת"));
    assertEquals(1, VisualOrder.signs("בעיקר במהל ך ההפגזות על העיר"));
    assertEquals(1, VisualOrder.signs("נפלו בה למעלה מ . וחללים"));
    assertEquals(1, VisualOrder.signs("נפלו בה למעלה מ 000 חללים"));
    assertEquals(1, VisualOrder.signs("הצבא ) הלגיון הערבי ( נכנס לעיר"), "a mirrored pair");
  }

  @Test
  void aParagraphInVisualOrderYieldsNoQuestionsAndCleanProseDoes(@TempDir Path dir)
      throws Exception {
    Result r = RealText.generate(dir, "t.txt", """
        תולדות המושבה

        בני המשפחה )לבית כהן( התיישבו בעיר הגדולה בשנת 1890 ופתחו בה בית מסחר. נולדו להם \
        ארבעה בנים בעיר הגדולה .1900 בשנת הבכור שבהם למד בבית הספר של העיר.

        המושבה החדשה נוסדה בשנת 1895 על ידי שלושים משפחות של איכרים מהגליל העליון.
        """);
    assertTrue(r.report().skipped().stream()
        .anyMatch(s -> s.reason() == SkipReason.VISUAL_ORDER), r.report().format(r.bank()));
    for (Question q : r.bank().questions()) {
      assertFalse(q.prompt().contains("לבית כהן"), q.prompt());
    }
    assertTrue(r.bank().questions().stream().anyMatch(q -> q.prompt().contains("המושבה החדשה")),
        r.report().format(r.bank()));
  }
}
