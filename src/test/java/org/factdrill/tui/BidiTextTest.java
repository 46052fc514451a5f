package org.factdrill.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdrill.tui.BidiText.Line;
import org.factdrill.tui.BidiText.Span;
import org.junit.jupiter.api.Test;

class BidiTextTest {
  private static List<String> texts(List<Line> lines) {
    return lines.stream().map(Line::text).toList();
  }

  @Test
  void hebrewIsReversedWithDigitsLeftToRight() {
    List<Line> l = BidiText.layout("בשנת 1993 הושלמה הנסיגה", true, 80);
    assertEquals(List.of("הגיסנה המלשוה 1993 תנשב"), texts(l));
    assertEquals(23, l.get(0).width());
  }

  @Test
  void latinRunAndBracketsInsideHebrew() {
    // Brackets are mirrored in the right-to-left run; the Latin run keeps its order.
    List<Line> l = BidiText.layout("כוח של 23,000 חיילים (Russia's 102nd base).", true, 80);
    assertEquals(List.of(".(Russia's 102nd base) םילייח 23,000 לש חוכ"), texts(l));
  }

  @Test
  void wrapsInLogicalOrderThenReordersEachLine() {
    // The first logical words must be on the first line (at its right end), not the last ones.
    List<Line> l = BidiText.layout("אחת שתיים שלוש ארבע חמש", true, 10);
    assertEquals(List.of("םייתש תחא", "עברא שולש", "שמח"), texts(l));
  }

  @Test
  void englishWithHebrewWordKeepsLeftToRightBase() {
    List<Line> l = BidiText.layout("The word שלום means peace", false, 80);
    assertEquals(List.of("The word םולש means peace"), texts(l));
  }

  @Test
  void hebrewPointsStayOnTheirLetters() {
    List<Line> l = BidiText.layout("שָׁלוֹם", true, 80);
    assertEquals(List.of("םוֹלשָׁ"), texts(l));
    assertEquals(4, l.get(0).width());
  }

  @Test
  void stylesFollowTheirCharactersThroughReordering() {
    List<Line> l = BidiText.layout(List.of(new Span("בשנת ", 0), new Span("1993", 1),
        new Span(" הושלמה", 0)), true, 80);
    StringBuilder hl = new StringBuilder();
    for (BidiText.Cell c : l.get(0).cells()) {
      if (c.style() == 1) {
        hl.append(c.text());
      }
    }
    assertEquals("1993", hl.toString());
    assertEquals("המלשוה 1993 תנשב", l.get(0).text());
  }

  @Test
  void vietnameseIsNormalizedAndWrappedByColumns() {
    String nfd = "Chie\u0302\u0301n tranh Nagorno-Karabakh la\u0302\u0300n thu\u031b\u0301 nha\u0302\u0301t";
    List<Line> l = BidiText.layout(nfd, false, 20);
    // ICU line breaking may break after a hyphen; columns are counted per letter, not per char.
    assertEquals(List.of("Chiến tranh Nagorno-", "Karabakh lần thứ", "nhất"), texts(l));
    assertEquals(20, l.get(0).width());
    assertEquals(16, l.get(1).width());
  }

  @Test
  void overlongWordIsCutBetweenGraphemes() {
    assertEquals(List.of("abcd", "efgh", "ij"), texts(BidiText.layout("abcdefghij", false, 4)));
  }

  @Test
  void paragraphsAndEmptyText() {
    assertEquals(List.of("a", "", "b"), texts(BidiText.layout("a\n\nb", false, 10)));
    assertEquals(List.of(""), texts(BidiText.layout("", false, 10)));
  }
}
