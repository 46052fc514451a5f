package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A line wholly in capitals heads a section, whatever ends it; prose has small letters. */
class CapsLineTest {
  @Test
  void aShoutedLineIsAHeadingEvenWithAFullStop() {
    assertTrue(CapsLine.is("III. KẾT QUẢ CỦA CUỘC KHỞI NGHĨA NĂM 1888."));
    assertTrue(CapsLine.is("THE CAMPAIGN OF THE NORTHERN ARMY"));
    assertFalse(CapsLine.is("UBND tỉnh họp phiên bất thường năm 1990."), "prose with an acronym");
    assertFalse(CapsLine.is("HĐND VÀ UBND"), "too few words");
    assertFalse(CapsLine.is("I. A. B. C."), "too few letters");
    assertFalse(CapsLine.is("מלחמת העצמאות הסתיימה בשנת 1949 לאחר קרבות קשים"), "caseless");
  }

  @Test
  void theClassifierTakesAShoutedLastLineAsAHeadingNotProse() {
    String t = "Khởi nghĩa ở miền núi\n\nNghĩa quân giữ vững căn cứ trong suốt mười năm liền, "
        + "dù bị vây hãm nhiều lần bởi quân triều đình từ các phía.\n\n"
        + "IV. Ý NGHĨA LỊCH SỬ CỦA CUỘC KHỞI NGHĨA NĂM 1888.\n";
    Layout l = LayoutClassifier.classify(t, Language.VI, "k.txt");
    assertEquals(LineClass.HEADING, l.classAt(t.indexOf("IV. Ý NGHĨA")));
    assertEquals(LineClass.PROSE, l.classAt(t.indexOf("Nghĩa quân giữ")));
  }
}
