package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.factdrill.testing.SharedExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sentence that runs from the foot of one PDF page onto the next, with a footnote block
 * (small print, opened by its number) between the two halves as PDFBox reads them: the sentence
 * is joined again, the note stays a footnote, and the body gives the facts of its plain text.
 */
class PdfFootnotesTest {
  @TempDir
  Path dir;

  // Sentences made up for this test.
  private static final String[] PAGE1 = {
      "The harbour bridge was opened in 1932 after nine years of work. About",
      "1,400 workers built it, and the engineers who drew its arch had studied",
      "the older crossings of the river, which was first bridged in"};
  private static final String[] PAGE2 = {
      "1788 by a ferry company of 14 boats. The toll was abolished in 1970."};
  private static final String[] NOTE1 = {
      "1 The survey of the older crossings was printed in 1927 by the city council,",
      "in 300 copies."};
  private static final String NOTE2 = "2 Toll receipts are kept in the state archive.";

  private Path pdf(boolean markInBody) throws IOException {
    Path p = dir.resolve(markInBody ? "bridge-marked.pdf" : "bridge.pdf");
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    try (PDDocument doc = new PDDocument()) {
      for (int page = 0; page < 2; page++) {
        PDPage pg = new PDPage();
        doc.addPage(pg);
        try (PDPageContentStream cs = new PDPageContentStream(doc, pg)) {
          String[] body = page == 0 ? PAGE1 : PAGE2;
          float y = 700;
          for (String line : body) {
            int cut = line.indexOf("crossings") + "crossings".length();
            if (markInBody && page == 0 && cut > "crossings".length()) {
              // a raised small "1" after "crossings", in the line's own text object, as word
              // processors write a footnote reference
              cs.beginText();
              cs.setFont(font, 12);
              cs.newLineAtOffset(72, y);
              cs.showText(line.substring(0, cut));
              cs.setFont(font, 7);
              cs.setTextRise(5);
              cs.showText("1");
              cs.setTextRise(0);
              cs.setFont(font, 12);
              cs.showText(line.substring(cut));
              cs.endText();
            } else {
              text(cs, font, 12, 72, y, line);
            }
            y -= 15;
          }
          if (page == 0) {
            float ny = 110;
            for (String line : NOTE1) {
              text(cs, font, 8, 72, ny, line);
              ny -= 10;
            }
            text(cs, font, 8, 72, ny, NOTE2);
          }
          text(cs, font, 9, 300, 40, String.valueOf(page + 1));
        }
      }
      doc.save(p.toFile());
    }
    return p;
  }

  private static void text(PDPageContentStream cs, PDType1Font f, float size, float x, float y,
      String s) throws IOException {
    cs.beginText();
    cs.setFont(f, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  private static DocumentLoader.Loaded load(Path p) throws TextReadException {
    return new DocumentLoader(Optional.empty(), Optional.empty(), false).load(p,
        p.getFileName().toString());
  }

  private static LineClass classOf(Document d, String piece) {
    int at = d.text().indexOf(piece);
    assertTrue(at >= 0, "not in text: " + piece + "\n" + d.text());
    return d.classAt(at);
  }

  private static List<String> proseFacts(Document d) {
    return SharedExtractor.get().extract(d).stream()
        .filter(f -> d.classAt(f.start()) == LineClass.PROSE)
        .map(f -> f.value().json()).toList();
  }

  private static String plainBody() {
    return String.join(" ", PAGE1) + " " + String.join(" ", PAGE2);
  }

  @Test
  void sentenceAcrossThePageIsJoinedOverTheFootnotes() throws Exception {
    DocumentLoader.Loaded l = load(pdf(false));
    Document d = l.doc();
    assertTrue(d.text().contains("which was first bridged in 1788 by a ferry company"),
        d.text());
    assertEquals(LineClass.PROSE, classOf(d, "which was first bridged in 1788"));
    // the note, its second line joined to it, is a footnote, and so is the next note
    assertEquals(LineClass.FOOTNOTE, classOf(d, "1 The survey of the older crossings"));
    assertTrue(d.text().contains("by the city council, in 300 copies."), d.text());
    assertEquals(LineClass.FOOTNOTE, classOf(d, "2 Toll receipts"));
    assertTrue(d.text().indexOf("2 Toll receipts") > d.text().indexOf("abolished in 1970"),
        "the notes follow the paragraph they interrupted");
    assertTrue(l.notes().stream().anyMatch(n -> n.contains("rejoined")), l.notes().toString());
  }

  @Test
  void theBodyGivesTheFactsOfItsPlainTextAndTheNoteFiguresAreLayout() throws Exception {
    Document d = load(pdf(false)).doc();
    List<String> fromText = proseFacts(new Document("bridge.txt", plainBody(), Language.EN));
    assertEquals(fromText, proseFacts(d));
    // the figures of the footnote are extracted in the footnote class, never as prose
    var noteFacts = SharedExtractor.get().extract(d).stream()
        .filter(f -> d.text().substring(f.start(), f.end()).contains("1927")).toList();
    assertFalse(noteFacts.isEmpty(), "the note's year is a fact");
    noteFacts.forEach(f -> assertEquals(LineClass.FOOTNOTE, d.classAt(f.start())));
  }

  @Test
  void aRaisedFootnoteMarkLeavesTheSentence() throws Exception {
    DocumentLoader.Loaded l = load(pdf(true));
    Document d = l.doc();
    assertTrue(d.text().contains("older crossings of the river"), d.text());
    assertFalse(d.text().contains("crossings1"), d.text());
    assertEquals(proseFacts(new Document("bridge.txt", plainBody(), Language.EN)), proseFacts(d));
    assertTrue(l.notes().stream().anyMatch(n -> n.contains("footnote mark")), l.notes().toString());
  }

  @Test
  void markersOpenNotes() {
    assertTrue(PdfFootnotes.opensNote("1 The survey was printed."));
    assertTrue(PdfFootnotes.opensNote("12. See the report."));
    assertTrue(PdfFootnotes.opensNote("* Estimated."));
    assertTrue(PdfFootnotes.opensNote("† Died in office."));
    assertTrue(PdfFootnotes.opensNote("³ After the census."));
    assertFalse(PdfFootnotes.opensNote("1927 was the year of the survey."));
    assertFalse(PdfFootnotes.opensNote("in 300 copies."));
  }
}
