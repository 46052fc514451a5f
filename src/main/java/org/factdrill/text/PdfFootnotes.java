package org.factdrill.text;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.text.TextPosition;

/**
 * Footnotes in a PDF: the block of small print at the foot of a page, one note per marker
 * (a number or a sign such as {@code *} or {@code †} opening a line), set apart from the body
 * so that a sentence the page break cuts in two is joined again over them; and the small raised
 * marks in the body that point to them, which are no part of the sentence.
 */
final class PdfFootnotes {
  /** A footnote's opening marker: "1 ", "12.", "*", "†", "¹", "[3]" before the note's words. */
  private static final Pattern OPENS = Pattern.compile(
      "^\\s*(?:\\d{1,3}[.)]?|[*†‡§¶]{1,3}|\\p{No}{1,3}|\\[\\d{1,3}])\\s*[\\p{L}\"“(]");

  private PdfFootnotes() {}

  /** True when a line of small print opens a footnote with its marker. */
  static boolean opensNote(String line) {
    return OPENS.matcher(line).find();
  }

  /**
   * Which lines are footnotes standing at the foot of their page: below every other line of
   * that page (what PDFBox gives after them on the same page is footnotes too).
   */
  static boolean[] atPageFoot(List<PdfReader.Line> lines, List<LineClass> classes) {
    boolean[] foot = new boolean[lines.size()];
    for (int i = lines.size() - 1; i >= 0; i--) {
      boolean nextOk = i + 1 >= lines.size() || lines.get(i + 1).page() != lines.get(i).page()
          || foot[i + 1];
      foot[i] = classes.get(i) == LineClass.FOOTNOTE && nextOk;
    }
    return foot;
  }

  /** Adds footnote lines as notes, a new one at each marker or page. */
  static void emit(TextAssembler out, List<PdfReader.Line> lines) {
    StringBuilder note = new StringBuilder();
    int page = 0;
    for (PdfReader.Line l : lines) {
      String t = l.text().strip();
      if (note.length() > 0 && (l.page() != page || opensNote(t))) {
        out.add(note.toString(), LineClass.FOOTNOTE, page);
        note.setLength(0);
      }
      if (note.length() == 0) {
        page = l.page();
        note.append(t);
      } else {
        PdfReader.join(note, t);
      }
    }
    if (note.length() > 0) {
      out.add(note.toString(), LineClass.FOOTNOTE, page);
    }
  }

  /**
   * Which glyphs of a run of text are footnote marks: runs of digits or note signs set smaller
   * than the glyph before them (or {@code ref}, the last glyph before the run on its line) and
   * raised above its baseline, after a letter or a closing sign.
   */
  static boolean[] marks(List<TextPosition> glyphs, TextPosition ref) {
    boolean[] out = new boolean[glyphs.size()];
    int i = 0;
    while (i < glyphs.size()) {
      if (!isMarkGlyph(glyphs.get(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < glyphs.size() && isMarkGlyph(glyphs.get(end))) {
        end++;
      }
      TextPosition base = i > 0 ? glyphs.get(i - 1) : ref;
      boolean raised = base != null && closesWord(base);
      for (int j = i; j < end && raised; j++) {
        TextPosition p = glyphs.get(j);
        raised = p.getFontSizeInPt() <= base.getFontSizeInPt() * 0.8f
            && p.getYDirAdj() < base.getYDirAdj() - base.getFontSizeInPt() * 0.2f;
      }
      for (int j = i; j < end; j++) {
        out[j] = raised;
      }
      i = end;
    }
    return out;
  }

  private static boolean isMarkGlyph(TextPosition p) {
    String u = p.getUnicode();
    if (u == null || u.codePointCount(0, u.length()) != 1) {
      return false;
    }
    int c = u.codePointAt(0);
    return Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER
        || "*†‡§¶".indexOf(c) >= 0;
  }

  private static boolean closesWord(TextPosition p) {
    String u = p.getUnicode();
    if (u == null || u.isEmpty()) {
      return false;
    }
    int c = u.codePointAt(u.length() - 1);
    return Character.isLetter(c) || ".,;:)]\"”’'".indexOf(c) >= 0;
  }
}
