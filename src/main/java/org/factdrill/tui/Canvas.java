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
 *
 * <p>Views lay out in LOGICAL columns: column 0 is where reading starts. In a right-to-left
 * interface (the interface language's pack says {@code direction rtl}) the canvas mirrors every
 * column, so a screen written once reads from the right edge: titles and labels right-aligned,
 * a value drawn after its label lands to the label's left, bars grow leftwards. Each piece of text
 * is reordered with the interface's base direction, so its punctuation ends where reading ends.
 */
public final class Canvas {
  private final TextGraphics g;
  private final Theme theme;
  private final int cols;
  private final int rows;
  private final boolean rtl;

  public Canvas(TextGraphics g, Theme theme, int cols, int rows) {
    this(g, theme, cols, rows, false);
  }

  /** A canvas whose logical columns run from the right edge when {@code rtl}. */
  public Canvas(TextGraphics g, Theme theme, int cols, int rows, boolean rtl) {
    this.g = g;
    this.theme = theme;
    this.cols = cols;
    this.rows = rows;
    this.rtl = rtl;
  }

  /** Whether the interface reads right to left (columns mirrored, text in RTL base direction). */
  public boolean rtl() {
    return rtl;
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

  /**
   * One line of text starting at logical column {@code col} in the interface's base direction,
   * cut to the screen; returns the logical column after it.
   */
  public int text(int col, int row, String s, Role role) {
    if (col >= cols) {
      return col;
    }
    Line line = BidiText.single(TextWidth.fit(s, cols - col), rtl);
    if (!rtl) {
      return draw(col, row, line, new Role[] {role}, cols - col);
    }
    int w = Math.min(line.width(), cols - col);
    draw(cols - col - w, row, line, new Role[] {role}, w);
    return col + w;
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
    // The box is mirrored in a right-to-left interface; inside it the text's own direction aligns.
    int boxLeft = this.rtl ? cols - left - width : left;
    int n = 0;
    for (Line l : lines) {
      if (n >= maxRows || row >= rows) {
        break;
      }
      int col = rtl ? boxLeft + width - l.width() : boxLeft;
      drawAt(col, row, l, roles, width);
      row++;
      n++;
    }
    return row;
  }

  /** A paragraph of interface text: wrapped in the interface's own direction. */
  public int words(int left, int row, int width, String s, Role role) {
    return paragraph(left, row, width, s, rtl, role);
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

  /** Draws a line at PHYSICAL column {@code col} (already mirrored). */
  private int draw(int col, int row, Line line, Role[] roles, int maxWidth) {
    return drawAt(col, row, line, roles, maxWidth);
  }

  private int drawAt(int col, int row, Line line, Role[] roles, int maxWidth) {
    int c = col;
    for (Cell cell : line.cells()) {
      if (c + cell.width() > col + maxWidth || c + cell.width() > cols || row >= rows) {
        break;
      }
      Role r = roles[Math.min(cell.style(), roles.length - 1)];
      putPhysical(c, row, cell.text(), cell.width(), r);
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

  /** Puts one grapheme cluster into one cell (two for wide ones) at a logical column. */
  public void put(int col, int row, String cluster, int width, Role role) {
    putPhysical(rtl ? cols - col - width : col, row, cluster, width, role);
  }

  private void putPhysical(int col, int row, String cluster, int width, Role role) {
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
