package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Class 33 (eighteenth session): a date line whose label is written straight onto the date's
 * first figure (a data box's row that lost its cell break) is a row of the box, never the page's
 * byline; a date word glued to its figure, and a publication line, stay bylines. Every text here
 * is made up.
 */
class GluedDateRowsTest {

  private static Block at(Layout layout, String text, String piece) {
    int at = text.indexOf(piece);
    return layout.blocks().stream().filter(b -> b.span().start() <= at && at < b.span().end())
        .findFirst().orElseThrow();
  }

  @Test
  void aLabelGluedToADateIsABoxRow() {
    for (Object[] c : List.of(
        new Object[] {Language.VI, "Trấn thủ Lạc Sơn\n\nTrấn thủ Lạc Sơn\nChức vụ\n"
            + "Thành lập12 tháng 3 năm 1702\nBãi bỏ4 tháng 9 năm 1738\n\n"
            + "Trấn thủ Lạc Sơn là chức quan đứng đầu trấn Lạc Sơn dưới thời nhà Lạc.\n",
            List.of("Thành lập12", "Bãi bỏ4")},
        new Object[] {Language.VI, "Hội đồng Lạc Bình\n\nNgày thành lập7/3/1702\n\n"
            + "Hội đồng Lạc Bình là cơ quan bàn việc của trấn Lạc Bình.\n",
            List.of("Ngày thành lập7")},
        new Object[] {Language.EN, "Warden of Tolm\n\nWarden of Tolm\nEstablished12 March 1702\n"
            + "Abolished4 September 1738\n\nThe Warden of Tolm was the head of the town of Tolm.\n",
            List.of("Established12", "Abolished4")},
        new Object[] {Language.EN, "Warden of Tolm\n\nFirst holder\nCreated1702\n\n"
            + "The Warden of Tolm was the head of the town of Tolm.\n", List.of("Created1702")},
        new Object[] {Language.HE, "ראש העיר טולם\n\nראש העיר טולם\nהוקם12 במרץ 1702\n"
            + "בוטל4 בספטמבר 1738\n\nראש העיר טולם עמד בראש העיר.\n",
            List.of("הוקם12", "בוטל4")})) {
      String text = (String) c[1];
      Layout layout = LayoutClassifier.classify(text, (Language) c[0], "a.txt");
      for (Object row : (List<?>) c[2]) {
        LineClass cls = at(layout, text, (String) row).cls();
        assertFalse(cls == LineClass.BYLINE || cls == LineClass.PROSE, row + ": " + cls + "\n" + text);
      }
    }
  }

  @Test
  void aDateWordOrAPublicationWordGluedToItsFigureIsNoLabel() {
    assertEquals(-1, GluedDateRows.seam("Ngày 12 tháng 3 năm 1702"));
    assertEquals(9, GluedDateRows.seam("Thành lập12 tháng 3 năm 1702"));
    assertEquals(-1, GluedDateRows.seam("Posted: 12 March 2020"));
    String text = "Tolm news\n\nUpdated12 March 2020\n\nThe council of Tolm met on Monday to vote.\n";
    Layout layout = LayoutClassifier.classify(text, Language.EN, "a.txt");
    assertEquals(LineClass.BYLINE, at(layout, text, "Updated12").cls(), text);
  }
}
