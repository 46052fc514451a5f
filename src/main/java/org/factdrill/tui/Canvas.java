package org.factdrill.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.factdrill.tui.BidiText.Cell;
import org.factdrill.tui.BidiText.Line;
import org.factdrill.tui.BidiText.Span;
import org.factdrill.tui.Theme.Role;

/**
 * Draws text into a Lanterna {@link TextGraphics} one grapheme cluster per cell, through
 * {@link BidiText}, so Hebrew is reordered and combining marks never take a column of their own.
 */
public final class Canvas {
  private final TextGraphics g;
  private final Theme theme;
  private final int cols;
  private final int rows;

  public Canvas(TextGraphics g, Theme theme, int cols, int rows) {
    this.g = g;
    this.theme = theme;
    this.cols = cols;
    this.rows = rows;
  }

  public int cols() {
    return cols;
  }

  public int rows() {
    return rows;
  }

  public Theme theme() {
    return theme;
  }

  /** Raw graphics for a block of rows, for renderers that draw themselves (the stats view). */
  TextGraphics region(int top, int height) {
    return g.newTextGraphics(new com.googlecode.lanterna.TerminalPosition(0, top),
        new com.googlecode.lanterna.TerminalSize(cols, Math.max(0, height)));
  }

  /** One line of text at (col,row), left to right base direction, cut to the screen. */
  public int text(int col, int row, String s, Role role) {
    if (col >= cols) {
      return col;
    }
    return draw(col, row, BidiText.single(TextWidth.fit(s, cols - col), false),
        new Role[] {role}, cols - col);
  }

  /** Text right-aligned so that it ends at column {@code endCol} (exclusive). */
  public void textRight(int endCol, int row, String s, Role role) {
    String f = TextWidth.fit(s, endCol);
    text(Math.max(0, endCol - TextWidth.width(f)), row, f, role);
  }

  /**
   * A wrapped paragraph between {@code left} and {@code left + width}, right-aligned when
   * {@code rtl}; style {@code i} of the spans is drawn with {@code roles[i]}. Draws at most
   * {@code maxRows} rows and returns the row after the last one drawn.
   */
  public int paragraph(int left, int row, int width, List<Span> spans, boolean rtl, Role[] roles,
      int maxRows) {
    List<Line> lines = BidiText.layout(spans, rtl, width);
    int n = 0;
    for (Line l : lines) {
      if (n >= maxRows || row >= rows) {
        break;
      }
      int col = rtl ? left + width - l.width() : left;
      draw(col, row, l, roles, width);
      row++;
      n++;
    }
    return row;
  }

  /** Plain paragraph in one role. */
  public int paragraph(int left, int row, int width, String s, boolean rtl, Role role) {
    return paragraph(left, row, width, List.of(Span.plain(s)), rtl, new Role[] {role},
        Integer.MAX_VALUE);
  }

  /** Rows a paragraph would take at {@code width}. */
  public static int height(List<Span> spans, boolean rtl, int width) {
    return BidiText.layout(spans, rtl, width).size();
  }

  private int draw(int col, int row, Line line, Role[] roles, int maxWidth) {
    int c = col;
    for (Cell cell : line.cells()) {
      if (c + cell.width() > col + maxWidth || c + cell.width() > cols || row >= rows) {
        break;
      }
      Role r = roles[Math.min(cell.style(), roles.length - 1)];
      put(c, row, cell.text(), cell.width(), r);
      c += cell.width();
    }
    return c;
  }

  /** Fills a row segment with spaces in a role (e.g. a selection bar). */
  public void fill(int col, int row, int width, Role role) {
    for (int i = 0; i < width && col + i < cols; i++) {
      put(col + i, row, " ", 1, role);
    }
  }

  /** Puts one grapheme cluster into one cell (two for wide ones). */
  public void put(int col, int row, String cluster, int width, Role role) {
    if (col < 0 || row < 0 || col >= cols || row >= rows) {
      return;
    }
    TextColor fg = theme.foreground(role);
    TextColor bg = theme.background(role);
    EnumSet<SGR> sgr = theme.modifiers(role);
    if (cluster.length() == 1) {
      g.setCharacter(col, row, TextCharacter.fromCharacter(cluster.charAt(0), fg, bg,
          sgr.toArray(new SGR[0]))[0]);
    } else {
      g.setCharacter(col, row, new ClusterCharacter(cluster, width, fg, bg, sgr));
    }
  }

  /**
   * A cell holding a whole grapheme cluster (base + marks, or a surrogate pair). Lanterna 3.1
   * treats every multi-char cluster as double width; this one reports its real width, and the
   * screen sends the whole cluster to the terminal in one write, which draws it in one cell.
   */
  static final class ClusterCharacter extends TextCharacter {
    private static final long serialVersionUID = 1L;
    private final String cluster;
    private final int width;

    // Every TextCharacter constructor is deprecated in 3.1 in favour of factories, but a subclass
    // needs one; the factories cannot make a one-cell cluster.
    @SuppressWarnings("deprecation")
    ClusterCharacter(String cluster, int width, TextColor fg, TextColor bg, EnumSet<SGR> sgr) {
      super(TextCharacter.fromCharacter(cluster.charAt(0), fg, bg, sgr.toArray(new SGR[0]))[0]);
      this.cluster = cluster;
      this.width = width;
    }

    @Override
    public String getCharacterString() {
      return cluster;
    }

    @Override
    public boolean isDoubleWidth() {
      return width == 2;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ClusterCharacter c && super.equals(o) && c.cluster.equals(cluster);
    }

    @Override
    public int hashCode() {
      return Objects.hash(super.hashCode(), cluster);
    }
  }
}
