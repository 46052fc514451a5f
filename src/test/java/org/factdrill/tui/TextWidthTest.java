package org.factdrill.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWidthTest {
  @Test
  void decomposedVietnameseLetterIsOneColumn() {
    String nfd = "Vie\u0302\u0323t Nam"; // "Việt Nam" with e + circumflex + dot below
    assertEquals(8, TextWidth.width(nfd));
    assertEquals("Việt Nam", TextWidth.nfc(nfd));
    assertEquals(8, TextWidth.clusters(TextWidth.nfc(nfd)).size());
  }

  @Test
  void hebrewWithPointsCountsBaseLettersOnly() {
    assertEquals(3, TextWidth.width("שָׁלוֹ")); // shin+qamats+shin dot, lamed, vav+holam
    assertEquals(List.of("שָׁ", "ל", "וֹ"), TextWidth.clusters("שָׁלוֹ"));
  }

  @Test
  void wideAndFormatCharacters() {
    assertEquals(4, TextWidth.width("中文"));
    assertEquals(2, TextWidth.width("a\u200Fb")); // RLM takes no column
  }

  @Test
  void fitCutsWithEllipsisAndPadFills() {
    assertEquals("Nagor…", TextWidth.fit("Nagorno-Karabakh", 6));
    assertEquals("ab  ", TextWidth.pad("ab", 4));
    assertEquals("Việt", TextWidth.fit("Vie\u0302\u0323t", 4));
  }

  @Test
  void simpleTextTakesTheFastPathWithTheSameResults() {
    String label = "Due now 3 · ░░█ –  ✓ ◂ 90% ▸ …";
    assertTrue(TextWidth.simple(label));
    assertEquals(label.length(), TextWidth.width(label));
    assertEquals(label, BidiText.single(label, false).text());
    assertFalse(TextWidth.simple("Việt"));
    assertFalse(TextWidth.simple("שלום"));
    assertFalse(TextWidth.simple("e\u0301"));
    assertFalse(TextWidth.simple("⌚"));
    assertEquals("Việt", BidiText.single("Vie\u0302\u0323t", false).text());
  }

  @Test
  void perCodePointWidthAgreesWithGraphemeClusters() {
    for (String s : new String[] {"Việt Nam", "Vie\u0302\u0323t", "שָׁלוֹם עולם", "中文 abc",
        "👨‍👩‍👧 family", "🇻🇳 flag", "한국어", "क्षि", "a\u200Fb", "e\u0301\u0301x"}) {
      int byClusters = 0;
      for (String c : TextWidth.clusters(TextWidth.nfc(s))) {
        byClusters += TextWidth.clusterWidth(c);
      }
      assertEquals(byClusters, TextWidth.width(s), s);
    }
  }
}
