package org.factdrill.tui;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Lays text out for a terminal that does not reorder right-to-left script: NFC, wrap in
 * LOGICAL order to a width (line-break opportunities from ICU), then reorder each line for display
 * with the Unicode bidi algorithm (ICU {@link Bidi}, paragraph resolved once, rules L1-L4 per line),
 * keeping each grapheme cluster whole (marks stay after their base) and mirroring brackets in
 * right-to-left runs. Hebrew reads right to left with digits and Latin runs left to right inside.
 */
public final class BidiText {
  private BidiText() {}

  /** A piece of logical text with a style tag (0 = normal; the caller decides what others mean). */
  public record Span(String text, int style) {
    public static Span plain(String text) {
      return new Span(text, 0);
    }
  }

  /** One screen cell group: a grapheme cluster, its columns, its style. */
  public record Cell(String text, int width, int style) {}

  /** One display line: cells in visual order (left to right), its width, and its direction. */
  public record Line(List<Cell> cells, int width, boolean rtl) {
    /** The line's text as the terminal shows it, left to right. */
    public String text() {
      StringBuilder b = new StringBuilder();
      for (Cell c : cells) {
        b.append(c.text());
      }
      return b.toString();
    }
  }

  /** Lays out plain text. */
  public static List<Line> layout(String text, boolean rtl, int width) {
    return layout(List.of(Span.plain(text == null ? "" : text)), rtl, width);
  }

  /**
   * Lays out styled text in paragraphs (split at '\n'), each wrapped to {@code width} columns and
   * reordered for display; {@code rtl} is the base direction (right-aligned by the caller).
   */
  public static List<Line> layout(List<Span> spans, boolean rtl, int width) {
    StringBuilder sb = new StringBuilder();
    List<Integer> styleList = new ArrayList<>();
    for (Span sp : spans) {
      String t = TextWidth.nfc(sp.text() == null ? "" : sp.text()).replace('\t', ' ')
          .replace("\r\n", "\n").replace('\r', '\n');
      sb.append(t);
      for (int i = 0; i < t.length(); i++) {
        styleList.add(sp.style());
      }
    }
    String all = sb.toString();
    int[] styles = styleList.stream().mapToInt(Integer::intValue).toArray();
    List<Line> out = new ArrayList<>();
    int p = 0;
    while (true) {
      int nl = all.indexOf('\n', p);
      int end = nl < 0 ? all.length() : nl;
      paragraph(all.substring(p, end), Arrays.copyOfRange(styles, p, end), rtl, Math.max(1, width),
          out);
      if (nl < 0) {
        break;
      }
      p = nl + 1;
    }
    return out;
  }

  /**
   * One line, not wrapped and not trimmed (spaces count), reordered for display; line breaks in
   * the text become spaces. For labels and fields that the caller cuts to fit.
   */
  public static Line single(String text, boolean rtl) {
    String t = TextWidth.nfc(text == null ? "" : text).replace('\t', ' ').replace('\r', ' ')
        .replace('\n', ' ');
    if (t.isEmpty()) {
      return new Line(List.of(), 0, rtl);
    }
    if (!rtl && TextWidth.simple(t)) {
      List<Cell> cells = new ArrayList<>(t.length());
      for (int i = 0; i < t.length(); i++) {
        cells.add(new Cell(String.valueOf(t.charAt(i)), 1, 0));
      }
      return new Line(List.copyOf(cells), t.length(), false);
    }
    return reorder(t, new int[t.length()], new Bidi(t, rtl ? Bidi.RTL : Bidi.LTR), 0, t.length(),
        rtl);
  }

  private static void paragraph(String para, int[] styles, boolean rtl, int width,
      List<Line> out) {
    if (para.isEmpty()) {
      out.add(new Line(List.of(), 0, rtl));
      return;
    }
    Bidi bidi = new Bidi(para, rtl ? Bidi.RTL : Bidi.LTR);
    for (int[] range : wrap(para, width)) {
      out.add(reorder(para, styles, bidi, range[0], range[1], rtl));
    }
  }

  /** Logical line ranges [start, end) of {@code para}, trailing spaces dropped, each within width. */
  static List<int[]> wrap(String para, int width) {
    List<int[]> lines = new ArrayList<>();
    BreakIterator words = BreakIterator.getLineInstance();
    words.setText(para);
    int lineStart = 0;
    int lineEnd = 0; // end of the last piece that fits, trailing spaces excluded
    int lineWidth = 0; // width up to the end of the last piece, spaces included
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      String piece = para.substring(start, end);
      String core = piece.stripTrailing();
      int coreW = TextWidth.width(core);
      if (lineWidth + coreW <= width) {
        lineEnd = start + core.length();
        lineWidth += TextWidth.width(piece);
        continue;
      }
      if (lineEnd > lineStart) {
        lines.add(new int[] {lineStart, lineEnd});
      }
      lineStart = start;
      lineEnd = start;
      lineWidth = 0;
      // A piece wider than the whole line is cut between grapheme clusters.
      BreakIterator chars = BreakIterator.getCharacterInstance();
      chars.setText(core);
      int cs = chars.first();
      for (int ce = chars.next(); ce != BreakIterator.DONE; cs = ce, ce = chars.next()) {
        int cw = TextWidth.clusterWidth(core.substring(cs, ce));
        if (lineWidth + cw > width && lineEnd > lineStart) {
          lines.add(new int[] {lineStart, lineEnd});
          lineStart = start + cs;
          lineWidth = 0;
        }
        lineEnd = start + ce;
        lineWidth += cw;
      }
      lineWidth += TextWidth.width(piece.substring(core.length()));
    }
    if (lineEnd > lineStart || lines.isEmpty()) {
      lines.add(new int[] {lineStart, lineEnd});
    }
    return lines;
  }

  private record Cluster(int start, int end, int visual) {}

  private static Line reorder(String para, int[] styles, Bidi bidi, int start, int end,
      boolean rtl) {
    if (end <= start) {
      return new Line(List.of(), 0, rtl);
    }
    Bidi line = bidi.setLine(start, end);
    int[] logicalToVisual = line.getLogicalMap();
    List<Cluster> clusters = new ArrayList<>();
    BreakIterator it = BreakIterator.getCharacterInstance();
    String text = para.substring(start, end);
    it.setText(text);
    int cs = it.first();
    for (int ce = it.next(); ce != BreakIterator.DONE; cs = ce, ce = it.next()) {
      int v = Integer.MAX_VALUE;
      for (int i = cs; i < ce; i++) {
        if (logicalToVisual[i] >= 0) {
          v = Math.min(v, logicalToVisual[i]);
        }
      }
      clusters.add(new Cluster(cs, ce, v));
    }
    clusters.sort(Comparator.comparingInt(Cluster::visual));
    List<Cell> cells = new ArrayList<>(clusters.size());
    int width = 0;
    for (Cluster c : clusters) {
      String s = text.substring(c.start(), c.end());
      int w = TextWidth.clusterWidth(s);
      if (w == 0) {
        continue; // bidi marks and other format controls: the terminal must not see them
      }
      if ((line.getLevelAt(c.start()) & 1) == 1) {
        int cp = s.codePointAt(0);
        int m = UCharacter.getMirror(cp);
        if (m != cp) {
          s = new String(Character.toChars(m)) + s.substring(Character.charCount(cp));
        }
      }
      cells.add(new Cell(s, w, styles[start + c.start()]));
      width += w;
    }
    return new Line(List.copyOf(cells), width, rtl);
  }
}
