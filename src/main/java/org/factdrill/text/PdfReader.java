package org.factdrill.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.factdrill.lang.WordPatterns;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.factdrill.lang.Phrase;

/**
 * Reads a PDF's text layer with PDFBox, in reading order and logical (not visual) order for
 * right-to-left text, then removes running headers and footers and page numbers, joins words
 * hyphenated at line ends, rebuilds paragraphs, and marks small-print lines at the foot of a
 * page as footnotes and large short lines as headings. Parsing buffers in a temporary file,
 * not the heap.
 */
final class PdfReader {
  /** Documents with more pages than this are refused (a book, not a chapter). */
  static final int MAX_PAGES = 2000;
  private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache");
  static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)^[\\s\\-–—(]*(?:" + WordPatterns.anyPack("page-labels") + ")?\\s*(?:\\d{1,4}|[ivxlcdm]{1,7})"
          + "(?:\\s*(?:/|" + WordPatterns.anyPack("page-of") + ")\\s*\\d{1,4})?[\\s\\-–—)]*$");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  /** A word of capitals: what makes a line without small letters a label, not stray glyphs. */
  private static final Pattern CAPS_WORD = Pattern.compile("\\p{Lu}{2,}");
  /** A field label opening a line: "SUMMARY:", "FOR FURTHER INFORMATION CONTACT:". */
  private static final Pattern LABEL = Pattern.compile("^\\p{Lu}[\\p{Lu}\\s&/-]{2,60}:(?:\\s|$)");

  /**
   * One line of text on a page, with where it is and how big its letters are: {@code size} is
   * measured on its small letters (lower-case or caseless), so that capitals set in small caps
   * do not make a line look like small print; {@code caps} says it has capitals and no small
   * letters at all but a word of two capitals or more.
   */
  record Line(int page, String text, float y, float xStart, float xEnd, float size,
      float pageHeight, boolean caps) {}

  Parsed read(Path path) throws TextReadException {
    // PDFBox reports every odd font or object at WARN on stderr; the user gets our one line.
    PDFBOX_LOG.setLevel(Level.SEVERE);
    List<Line> lines;
    int pages;
    int marks;
    try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(path.toFile()), "",
        null, null, IOUtils.createTempFileOnlyStreamCache())) {
      pages = doc.getNumberOfPages();
      if (pages > MAX_PAGES) {
        throw new TextReadException(path, TextReadException.Reason.TOO_LARGE, -1, Phrase.of("text.pdf_pages", pages, MAX_PAGES));
      }
      LineStripper s = new LineStripper();
      s.getText(doc);
      lines = s.lines;
      marks = s.noteMarks;
    } catch (InvalidPasswordException e) {
      throw new TextReadException(path, TextReadException.Reason.ENCRYPTED, -1,
          Phrase.of("text.pdf_encrypted"));
    } catch (IOException | RuntimeException e) {
      throw new TextReadException(path, TextReadException.Reason.CORRUPT, -1,
          Phrase.of("text.pdf_damaged", e.getMessage()));
    }
    int chars = 0;
    for (Line l : lines) {
      chars += l.text().strip().length();
    }
    if (chars < 10 * Math.max(1, Math.min(pages, 3)) / 3 + 1 && chars < 20) {
      throw new TextReadException(path, TextReadException.Reason.NO_TEXT, -1, Phrase.of("text.pdf_no_text"));
    }
    return assemble(lines, pages, marks);
  }

  private static Parsed assemble(List<Line> all, int pages, int marks) {
    List<String> notes = new ArrayList<>();
    if (marks > 0) {
      notes.add(marks + " footnote mark(s) removed from the text (small raised figures)");
    }
    Set<String> running = runningLines(all, pages);
    float body = bodySize(all);
    List<Line> kept = new ArrayList<>();
    int removedNumbers = 0;
    int removedRunning = 0;
    for (Line l : all) {
      boolean band = l.y() < l.pageHeight() * 0.1 || l.y() > l.pageHeight() * 0.9;
      if (band && PAGE_NUMBER.matcher(l.text()).matches()) {
        removedNumbers++;
      } else if (band && running.contains(key(l.text()))) {
        removedRunning++;
      } else if (!l.text().isBlank()) {
        kept.add(l);
      }
    }
    if (removedNumbers + removedRunning > 0) {
      notes.add(removedNumbers + " page number(s) and " + removedRunning
          + " running header/footer line(s) removed");
    }
    TextAssembler out = new TextAssembler();
    StringBuilder para = new StringBuilder();
    LineClass paraClass = null;
    int paraPage = 0;
    Line prev = null;
    int footnotes = 0;
    int rejoined = 0;
    float gap = typicalGap(kept);
    List<LineClass> classes = new ArrayList<>();
    for (Line l : kept) {
      classes.add(classOf(l, body));
    }
    boolean[] atFoot = PdfFootnotes.atPageFoot(kept, classes);
    List<Line> pendingNotes = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Line l = kept.get(i);
      LineClass cls = classes.get(i);
      if (cls == LineClass.FOOTNOTE) {
        footnotes++;
      }
      if (atFoot[i] && paraClass != LineClass.FOOTNOTE && para.length() > 0) {
        // A footnote block at the foot of a page stands between the two halves of a sentence
        // that runs on to the next page: set it aside until the paragraph around it ends.
        pendingNotes.add(l);
        continue;
      }
      boolean samePage = prev != null && prev.page() == l.page();
      boolean newPara = prev == null || cls != paraClass
          || samePage && (l.y() - prev.y() > gap * 1.6 || l.y() < prev.y())
          || endsParagraph(prev, kept)
          || cls == LineClass.HEADING
          || !samePage && LayoutClassifier.terminal(prev.text())
          || LABEL.matcher(l.text().strip()).find()
          || cls == LineClass.FOOTNOTE && PdfFootnotes.opensNote(l.text());
      if (newPara && para.length() > 0) {
        out.add(para.toString(), paraClass, paraPage);
        para.setLength(0);
      }
      if (newPara && !pendingNotes.isEmpty()) {
        PdfFootnotes.emit(out, pendingNotes);
        pendingNotes.clear();
      } else if (!newPara && !samePage && !pendingNotes.isEmpty()) {
        rejoined++;
      }
      if (para.length() == 0) {
        paraClass = cls;
        paraPage = l.page();
        para.append(l.text().strip());
      } else {
        join(para, l.text().strip());
      }
      prev = l;
    }
    if (para.length() > 0) {
      out.add(para.toString(), paraClass, paraPage);
    }
    PdfFootnotes.emit(out, pendingNotes);
    if (footnotes > 0) {
      notes.add(footnotes + " footnote line(s) recognised by their small print");
    }
    if (rejoined > 0) {
      notes.add(rejoined + " sentence(s) running across a page rejoined over the footnotes "
          + "between their halves");
    }
    return new Parsed(out.text(), out.blocks(), null, null, notes);
  }

  /**
   * Joins a line to its paragraph. A word hyphenated at the line end between small letters is
   * made whole again ("regu-" + "lations"); any other dash glued to what comes before it ends
   * the line inside a compound or an identifier, so the next line follows without a space
   * ("FAA-" + "approved", "2018–" + "23–51", "737–" + "9").
   */
  static void join(StringBuilder para, String line) {
    int n = para.length();
    char last = para.charAt(n - 1);
    boolean glued = n >= 2 && !Character.isWhitespace(para.charAt(n - 2)) && !line.isEmpty();
    boolean hyphen = (last == '-' || last == '\u00AD') && glued
        && Character.isLowerCase(para.charAt(n - 2))
        && Character.isLowerCase(line.codePointAt(0));
    if (hyphen || last == '\u00AD') {
      para.setLength(n - 1);
      para.append(line);
    } else if (glued && (last == '-' || last == '\u2010' || last == '\u2011'
        || last == '\u2013' || last == '\u2014')) {
      para.append(line);
    } else {
      para.append(' ').append(line);
    }
  }

  /** A line that ends a sentence well short of the column's right edge ends its paragraph. */
  private static boolean endsParagraph(Line prev, List<Line> kept) {
    if (prev == null || !LayoutClassifier.terminal(prev.text())) {
      return false;
    }
    float right = 0;
    float left = Float.MAX_VALUE;
    for (Line l : kept) {
      if (l.page() == prev.page()) {
        right = Math.max(right, l.xEnd());
        left = Math.min(left, l.xStart());
      }
    }
    return prev.xEnd() < right - (right - left) * 0.15f;
  }

  private static LineClass classOf(Line l, float body) {
    if (!l.caps() && l.size() <= body * 0.85f && l.y() > l.pageHeight() * 0.55f) {
      return LineClass.FOOTNOTE;
    }
    if (l.size() >= body * 1.2f && LayoutClassifier.words(l.text()) <= 14
        && !LayoutClassifier.terminal(l.text())) {
      return LineClass.HEADING;
    }
    return LineClass.PROSE;
  }

  /** The font size most of the text is set in. */
  private static float bodySize(List<Line> lines) {
    Map<Float, Integer> bySize = new HashMap<>();
    for (Line l : lines) {
      bySize.merge(Math.round(l.size() * 2) / 2f, l.text().length(), Integer::sum);
    }
    return bySize.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(10f);
  }

  /** The usual distance between two lines of a paragraph. */
  private static float typicalGap(List<Line> lines) {
    List<Float> gaps = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      Line a = lines.get(i - 1);
      Line b = lines.get(i);
      if (a.page() == b.page() && b.y() > a.y()) {
        gaps.add(b.y() - a.y());
      }
    }
    if (gaps.isEmpty()) {
      return 14f;
    }
    gaps.sort(Float::compare);
    return gaps.get(gaps.size() / 2);
  }

  /** Texts (digits ignored) that stand at the top or foot of at least 40% of pages, twice or more. */
  private static Set<String> runningLines(List<Line> lines, int pages) {
    Map<String, Set<Integer>> onPages = new HashMap<>();
    for (Line l : lines) {
      if (l.y() < l.pageHeight() * 0.1 || l.y() > l.pageHeight() * 0.9) {
        onPages.computeIfAbsent(key(l.text()), k -> new HashSet<>()).add(l.page());
      }
    }
    Set<String> out = new HashSet<>();
    onPages.forEach((k, p) -> {
      if (p.size() >= 2 && p.size() * 10 >= pages * 4) {
        out.add(k);
      }
    });
    return out;
  }

  private static String key(String text) {
    return DIGITS.matcher(text.strip()).replaceAll("#");
  }

  /** Collects lines with their position and font size as PDFBox writes them. */
  private static final class LineStripper extends PDFTextStripper {
    final List<Line> lines = new ArrayList<>();
    int noteMarks;
    private final StringBuilder cur = new StringBuilder();
    private TextPosition first;
    private TextPosition last;
    private float sizeSum;
    private int sizeN;
    private float smallSum;
    private int smallN;
    private boolean capitals;

    LineStripper() throws IOException {
      setSortByPosition(false);
      setShouldSeparateByBeads(true);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      boolean[] marks = PdfFootnotes.marks(positions, last);
      StringBuilder glyphs = new StringBuilder();
      StringBuilder kept = new StringBuilder();
      List<TextPosition> keptAt = new ArrayList<>();
      int runs = 0;
      for (int i = 0; i < positions.size(); i++) {
        String u = positions.get(i).getUnicode();
        glyphs.append(u);
        if (marks[i]) {
          runs += i == 0 || !marks[i - 1] ? 1 : 0;
        } else {
          kept.append(u);
          keptAt.add(positions.get(i));
        }
      }
      // A raised small figure after a word points to a footnote: no part of the sentence. Only
      // where the text is the glyphs one for one (no ligature or reordering to map through).
      if (runs > 0 && glyphs.toString().equals(text)) {
        noteMarks += runs;
        text = kept.toString();
        positions = keptAt;
      }
      cur.append(text);
      for (TextPosition p : positions) {
        if (first == null) {
          first = p;
        }
        last = p;
        sizeSum += p.getFontSizeInPt();
        sizeN++;
        String u = p.getUnicode();
        int c = u == null || u.isEmpty() ? ' ' : u.codePointAt(0);
        if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
          capitals = true;
        } else if (Character.isLetter(c)) {
          smallSum += p.getFontSizeInPt();
          smallN++;
        }
      }
    }

    @Override
    protected void writeWordSeparator() {
      cur.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
      flush();
    }

    @Override
    protected void writeParagraphEnd() {
      flush();
    }

    @Override
    protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) {
      flush();
    }

    private void flush() {
      if (first != null && !cur.toString().isBlank()) {
        float h = getCurrentPage().getMediaBox().getHeight();
        float xs = Math.min(first.getXDirAdj(), last.getXDirAdj());
        float xe = Math.max(first.getXDirAdj() + first.getWidthDirAdj(),
            last.getXDirAdj() + last.getWidthDirAdj());
        float size = smallN > 0 ? smallSum / smallN : sizeN == 0 ? 0 : sizeSum / sizeN;
        lines.add(new Line(getCurrentPageNo(), cur.toString(), first.getYDirAdj(), xs, xe,
            size, h, capitals && smallN == 0 && CAPS_WORD.matcher(cur).find()));
      }
      cur.setLength(0);
      first = null;
      last = null;
      sizeSum = 0;
      sizeN = 0;
      smallSum = 0;
      smallN = 0;
      capitals = false;
    }
  }
}
