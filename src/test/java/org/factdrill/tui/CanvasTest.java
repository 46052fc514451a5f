package org.factdrill.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import org.junit.jupiter.api.Test;

class CanvasTest {
  @Test
  void pointedHebrewLettersTakeOneCellEachAndKeepTheirPoints() throws Exception {
    TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(20, 2)));
    screen.startScreen();
    Canvas c = new Canvas(screen.newTextGraphics(), Theme.mono(), 20, 2);
    // "shalom" with points; right-to-left, right-aligned in 10 columns from column 0.
    c.paragraph(0, 0, 10, "שָׁלוֹם", true, Theme.Role.NORMAL);
    StringBuilder cells = new StringBuilder();
    for (int col = 6; col < 10; col++) {
      TextCharacter ch = screen.getBackCharacter(col, 0);
      assertFalse(ch.isDoubleWidth(), "column " + col);
      cells.append('[').append(ch.getCharacterString()).append(']');
    }
    assertEquals("[ם][וֹ][ל][שָׁ]", cells.toString());
    assertEquals(" ", screen.getBackCharacter(5, 0).getCharacterString());
    screen.stopScreen();
  }

  @Test
  void textIsCutAtTheRightEdge() throws Exception {
    TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(8, 1)));
    screen.startScreen();
    Canvas c = new Canvas(screen.newTextGraphics(), Theme.colour(), 8, 1);
    c.text(2, 0, "Nagorno-Karabakh", Theme.Role.NORMAL);
    StringBuilder b = new StringBuilder();
    for (int col = 0; col < 8; col++) {
      b.append(screen.getBackCharacter(col, 0).getCharacterString());
    }
    assertEquals("  Nagor…", b.toString());
    screen.stopScreen();
  }
}
