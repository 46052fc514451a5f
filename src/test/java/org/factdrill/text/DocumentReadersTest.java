package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each reader on a real or test-built file: text, layout classes, and one clear line on bad files. */
class DocumentReadersTest {
  @TempDir
  Path dir;

  private static DocumentLoader.Loaded load(Path p) throws TextReadException {
    return new DocumentLoader(Optional.empty(), Optional.empty(), false).load(p,
        p.getFileName().toString());
  }

  private static Path resource(String name) {
    return Path.of("src/test/resources/documents", name);
  }

  private static LineClass classOf(Document d, String piece) {
    int at = d.text().indexOf(piece);
    assertTrue(at >= 0, "not in text: " + piece);
    return d.classAt(at);
  }

  // ---- HTML: a saved English Wikipedia page (see SOURCES.md)

  @Test
  void savedWikipediaPageKeepsInfoboxReferencesAndCitationMarksApart() throws Exception {
    DocumentLoader.Loaded l = load(resource("mozilla-en.html"));
    Document d = l.doc();
    assertEquals(DocumentFormat.HTML, l.format());
    assertEquals(Language.EN, d.lang());
    assertEquals("Mozilla", d.layout().title());
    assertEquals(LineClass.INFOBOX, classOf(d, "Founded: February 28, 1998"));
    assertEquals(LineClass.HEADING, classOf(d, "History"));
    assertEquals(LineClass.PROSE, classOf(d, "On January 23, 1998, Netscape made two announcements"));
    assertEquals(LineClass.REFERENCE, classOf(d, "\"Mozilla Manifesto\". Mozilla.org."));
    assertEquals(LineClass.LINKS, classOf(d, "Main article: Firefox"));
    assertFalse(d.text().matches("(?s).*\\[\\d+\\].*"), "citation marks left in the text");
    assertFalse(d.text().contains("[edit]"));
    assertTrue(l.notes().stream().anyMatch(n -> n.contains("citation mark")));
    assertGolden("mozilla-en.html.blocks", blocks(d));
  }

  @Test
  void pdfLineJoinsMendSplitWordsAndKeepCompoundsAndIdentifiersWhole() {
    String[][] cases = {
        {"the regu-", "lations were", "the regulations were"},
        {"an FAA-", "approved list", "an FAA-approved list"},
        {"order 2017–", "31–44 said", "order 2017–31–44 said"},
        {"model 512–", "9 engines", "model 512–9 engines"},
        {"the war—", "which", "the war—which"},
        {"1914 –", "1918", "1914 – 1918"},
        {"a line", "and the next", "a line and the next"}};
    for (String[] c : cases) {
      StringBuilder b = new StringBuilder(c[0]);
      PdfReader.join(b, c[1]);
      assertEquals(c[2], b.toString());
    }
  }

  // ---- HTML: a Hebrew Wikipedia article (Wikipedia's REST HTML, see SOURCES.md)

  @Test
  void hebrewWikipediaArticleKeepsCaptionsFootnotesAndCitationMarksApart() throws Exception {
    DocumentLoader.Loaded l = load(resource("knight-he.html"));
    Document d = l.doc();
    assertEquals(DocumentFormat.HTML, l.format());
    assertEquals(Language.HE, d.lang());
    assertEquals("אביר", d.layout().title());
    // a figure caption, a section heading, the lead, the footnote list and "see also" links
    assertEquals(LineClass.CAPTION, classOf(d, "פסל של אביר"));
    assertEquals(LineClass.HEADING, classOf(d, "שורשים"));
    assertEquals(LineClass.PROSE, classOf(d, "הוא תואר מכובד שמוענק לאדם"));
    LineClass note = classOf(d, "לאבירים המקוריים לא היו כללי התנהגות");
    assertTrue(note == LineClass.REFERENCE || note == LineClass.FOOTNOTE, note.json());
    assertEquals(LineClass.LINKS, classOf(d, "מסדר אבירות"));
    // the citation mark and the "citation needed" tag are out of the running text
    assertFalse(d.text().matches("(?s).*\\[\\d+\\].*"), "citation marks left in the text");
    assertFalse(d.text().contains("דרוש מקור"), "citation-needed tag left in the text");
    assertGolden("knight-he.html.blocks", blocks(d));
  }

  @Test
  void htmlWithoutBodyTextIsOneClearLine() throws IOException {
    Path p = dir.resolve("empty.html");
    Files.writeString(p, "<!DOCTYPE html><html><head><title>x</title></head><body>"
        + "<script>var a = 1;</script></body></html>");
    TextReadException e = assertThrows(TextReadException.class, () -> load(p));
    assertEquals(TextReadException.Reason.NO_TEXT, e.reason());
    assertEquals(p + ": the HTML page has no body text to read", e.getMessage());
  }

  @Test
  void webPageMainContentWithoutMenusAndWithItsPublicationDate() throws Exception {
    Path p = dir.resolve("page");
    Files.writeString(p, "<html><head><meta property=\"article:published_time\" "
        + "content=\"2019-05-04T10:00:00Z\"><title>Old mill | Town News</title></head><body>"
        + "<nav><a href=/>Home</a> <a href=/n>News</a></nav><div class=\"menu\">Sport Weather</div>"
        + "<article><h1>The old mill burned in 1911</h1><p>The mill, built in 1820, burned down in "
        + "1911 and was never rebuilt by its 12 owners.</p><figure><img src=a.jpg><figcaption>The mill"
        + " in 1900, from a postcard</figcaption></figure><p>About 40 workers lost their jobs when "
        + "the mill closed for good.</p></article><footer>Copyright 2019</footer></body></html>");
    DocumentLoader.Loaded l = load(p);
    Document d = l.doc();
    assertEquals(DocumentFormat.HTML, l.format(), "told by content, not by name");
    assertEquals("The old mill burned in 1911", d.layout().title());
    assertEquals("2019-05-04", d.layout().date().orElseThrow().iso());
    assertEquals(LineClass.CAPTION, classOf(d, "The mill in 1900"));
    assertEquals(LineClass.PROSE, classOf(d, "About 40 workers"));
    assertFalse(d.text().contains("Weather"));
    assertFalse(d.text().contains("Copyright"));
  }

  // ---- PDF, made here from public-domain-style text with PDFBox

  private static final String[] PAGE1 = {
      "The canal was begun in 1817 and took eight years to build. Its",
      "workers, about 9,000 at the height of the work, dug 363 miles of chan-",
      "nel across the state, and the first boats passed through in 1825."};
  private static final String[] PAGE2 = {
      "Traffic grew quickly: in 1845 the canal carried about 1,000,000 tons",
      "of freight, and tolls paid for its cost within a decade of opening."};

  private Path makePdf(boolean encrypt, boolean withText) throws IOException {
    Path p = dir.resolve(encrypt ? "locked.pdf" : withText ? "canal.pdf" : "scan.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
      String[][] pages = {PAGE1, PAGE2};
      for (int i = 0; i < pages.length; i++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        if (!withText) {
          continue;
        }
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          text(cs, font, 9, 72, 760, "A History of Canals, Chapter 3");
          float y = 700;
          for (String line : pages[i]) {
            text(cs, font, 12, 72, y, line);
            y -= 15;
          }
          if (i == 0) {
            text(cs, font, 8, 72, 120, "1 Figures from the state engineer's report of 1826.");
          }
          text(cs, font, 9, 300, 40, String.valueOf(i + 1));
        }
      }
      if (encrypt) {
        StandardProtectionPolicy pol = new StandardProtectionPolicy("owner", "user",
            new AccessPermission());
        pol.setEncryptionKeyLength(128);
        doc.protect(pol);
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

  @Test
  void pdfChapterGivesTheTextWithoutHeadersPageNumbersOrSplitWords() throws Exception {
    DocumentLoader.Loaded l = load(makePdf(false, true));
    Document d = l.doc();
    assertEquals(DocumentFormat.PDF, l.format());
    assertFalse(d.text().contains("A History of Canals"), d.text());
    assertTrue(d.text().contains("363 miles of channel across"), d.text());
    assertFalse(d.text().matches("(?s).*\\n\\s*[12]\\s*(\\n|$).*"), "page numbers left: " + d.text());
    assertEquals(LineClass.FOOTNOTE, classOf(d, "1 Figures from the state engineer"));
    assertEquals(LineClass.PROSE, classOf(d, "The canal was begun"));
    assertEquals(LineClass.PROSE, classOf(d, "Traffic grew quickly"));
    // The same facts as the chapter's plain text.
    String plain = String.join(" ", PAGE1).replace("chan- nel", "channel") + "\n\n"
        + String.join(" ", PAGE2);
    List<String> fromPdf = values(d);
    List<String> fromText = values(new Document("canal.txt", plain, Language.EN));
    assertEquals(fromText, fromPdf);
    assertTrue(l.notes().stream().anyMatch(n -> n.contains("page number")), l.notes().toString());
  }

  private static List<String> values(Document d) {
    return org.factdrill.testing.SharedExtractor.get().extract(d).stream()
        .filter(f -> d.classAt(f.start()) == LineClass.PROSE)
        .map(f -> f.value().json()).toList();
  }

  @Test
  void encryptedPdfIsOneClearLine() throws Exception {
    Path p = makePdf(true, true);
    TextReadException e = assertThrows(TextReadException.class, () -> load(p));
    assertEquals(TextReadException.Reason.ENCRYPTED, e.reason());
    assertEquals(p + ": the PDF is encrypted with a password; save a copy without protection",
        e.getMessage());
  }

  @Test
  void scannedPdfWithoutTextLayerSaysSo() throws Exception {
    Path p = makePdf(false, false);
    TextReadException e = assertThrows(TextReadException.class, () -> load(p));
    assertEquals(TextReadException.Reason.NO_TEXT, e.reason());
    assertTrue(e.getMessage().contains("no text layer"), e.getMessage());
  }

  @Test
  void hugePdfIsRefusedBeforeParsing() throws Exception {
    Path p = dir.resolve("huge.pdf");
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
      f.setLength(200L << 20); // sparse: no 200 MB written
    }
    TextReadException e = assertThrows(TextReadException.class, () -> load(p));
    assertEquals(TextReadException.Reason.TOO_LARGE, e.reason());
    assertEquals(p + ": PDF file of 200 MB is larger than the 100 MB factdrill reads; split it "
        + "into chapters", e.getMessage());
  }

  @Test
  void pdfNamedTxtIsStillReadAsPdf() throws Exception {
    Path pdf = makePdf(false, true);
    Path renamed = dir.resolve("chapter.txt");
    Files.copy(pdf, renamed);
    assertEquals(DocumentFormat.PDF, load(renamed).format());
  }

  // ---- DOCX and EPUB, built here

  static byte[] zip(String... nameThenContent) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      for (int i = 0; i < nameThenContent.length; i += 2) {
        z.putNextEntry(new ZipEntry(nameThenContent[i]));
        z.write(nameThenContent[i + 1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return b.toByteArray();
  }

  private static String para(String style, String text) {
    return "<w:p>" + (style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>")
        + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }

  private Path makeDocx() throws IOException {
    String ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    String body = para("Title", "The Harbour Strike") + para("Heading1", "Background")
        + para(null, "The strike began on 3 March 1913 and about 2,500 dockers joined it.")
        + "<w:tbl><w:tr><w:tc>" + para(null, "Duration") + "</w:tc><w:tc>"
        + para(null, "41 days") + "</w:tc></w:tr></w:tbl>"
        + para("Caption", "Dockers at the gate, 1913");
    Path p = dir.resolve("strike.docx");
    Files.write(p, zip("[Content_Types].xml", "<Types/>",
        "word/document.xml", "<w:document " + ns + "><w:body>" + body + "</w:body></w:document>",
        "word/footnotes.xml", "<w:footnotes " + ns + "><w:footnote w:id=\"0\">"
            + para(null, "") + "</w:footnote><w:footnote w:id=\"1\">"
            + para(null, "Port records, 1914, p. 12.") + "</w:footnote></w:footnotes>"));
    return p;
  }

  @Test
  void docxParagraphStylesTablesAndFootnotes() throws Exception {
    DocumentLoader.Loaded l = load(makeDocx());
    Document d = l.doc();
    assertEquals(DocumentFormat.DOCX, l.format());
    assertEquals("The Harbour Strike", d.layout().title());
    assertEquals(LineClass.HEADING, classOf(d, "Background"));
    assertEquals(LineClass.PROSE, classOf(d, "The strike began"));
    assertEquals(LineClass.INFOBOX, classOf(d, "Duration\t41 days"));
    assertEquals(LineClass.CAPTION, classOf(d, "Dockers at the gate"));
    assertEquals(LineClass.FOOTNOTE, classOf(d, "Port records"));
    assertGolden("strike.docx.blocks", blocks(d));
  }

  @Test
  void truncatedZipIsOneClearLine() throws Exception {
    byte[] full = Files.readAllBytes(makeDocx());
    Path p = dir.resolve("cut.docx");
    Files.write(p, Arrays.copyOf(full, full.length / 2));
    TextReadException e = assertThrows(TextReadException.class, () -> load(p));
    assertEquals(TextReadException.Reason.CORRUPT, e.reason());
    assertEquals(p + ": the DOCX file is not a complete zip archive (truncated or damaged)",
        e.getMessage());
  }

  @Test
  void epubChaptersInSpineOrderWithTheBookTitle() throws Exception {
    String chapter = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><h2>%s</h2><p>%s</p>"
        + "</body></html>";
    Path p = dir.resolve("book.epub");
    Files.write(p, zip("mimetype", "application/epub+zip",
        "META-INF/container.xml", "<container><rootfiles><rootfile full-path=\"OEBPS/c.opf\"/>"
            + "</rootfiles></container>",
        "OEBPS/c.opf", "<package xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><metadata>"
            + "<dc:title>Annals of the Valley</dc:title></metadata><manifest>"
            + "<item id=\"a\" href=\"one.xhtml\"/><item id=\"b\" href=\"two.xhtml\"/></manifest>"
            + "<spine><itemref idref=\"b\"/><itemref idref=\"a\"/></spine></package>",
        "OEBPS/one.xhtml", String.format(chapter, "The Flood",
            "The river rose in 1862 and covered 40 farms."),
        "OEBPS/two.xhtml", String.format(chapter, "The Settlers",
            "The first families came in 1798, about 30 of them.")));
    DocumentLoader.Loaded l = load(p);
    Document d = l.doc();
    assertEquals(DocumentFormat.EPUB, l.format());
    assertEquals("Annals of the Valley", d.layout().title());
    assertTrue(d.text().indexOf("The Settlers") < d.text().indexOf("The Flood"), "spine order");
    assertEquals(LineClass.HEADING, classOf(d, "The Flood"));
    assertEquals(LineClass.PROSE, classOf(d, "The river rose"));
  }

  // ---- Markdown

  @Test
  void markdownMarksRemovedAndStructureKept() throws Exception {
    Path p = dir.resolve("notes.md");
    Files.writeString(p, "# The Long March\n\nThe march began in **October 1934** and covered "
        + "about [9,000 km](https://example.org) in 370 days.[^1]\n\n| Start | 1934 |\n|---|---|\n"
        + "| End | 1935 |\n\n![Map of the route, 1935](map.png)\n\n[^1]: Figures vary by source.\n");
    Document d = load(p).doc();
    assertEquals("The Long March", d.layout().title());
    assertTrue(d.text().contains("began in October 1934 and covered about 9,000 km in 370 days."),
        d.text());
    assertEquals(LineClass.INFOBOX, classOf(d, "Start\t1934"));
    assertEquals(LineClass.CAPTION, classOf(d, "Map of the route"));
    assertEquals(LineClass.FOOTNOTE, classOf(d, "Figures vary"));
  }

  // ---- legacy encodings and mis-decoded text

  @Test
  void hebrewInWindows1255IsDetectedAndNamed() throws Exception {
    Path p = dir.resolve("he.txt");
    String he = "מלחמת העצמאות החלה בשנת 1948 ונמשכה כחמישה עשר חודשים. במלחמה נהרגו כ-6,000 "
        + "לוחמים ואזרחים, והיא הסתיימה בהסכמי שביתת הנשק בשנת 1949.\n";
    Files.write(p, he.repeat(3).getBytes(Charset.forName("windows-1255")));
    DocumentLoader.Loaded l = load(p);
    assertTrue(l.encoding().equals("windows-1255") || l.encoding().equals("ISO-8859-8"),
        l.encoding());
    assertEquals(Language.HE, l.doc().lang());
    assertTrue(l.doc().text().startsWith("מלחמת העצמאות"));
  }

  @Test
  void vietnameseInWindows1258IsDetectedAndNamed() throws Exception {
    Path p = dir.resolve("vi.txt");
    String vi = "Chiến dịch Điện Biên Phủ kết thúc ngày 7 tháng 5 năm 1954 sau 56 ngày đêm "
        + "chiến đấu của khoảng 50.000 người.\n";
    byte[] bytes = cp1258(vi);
    Files.write(p, bytes);
    DocumentLoader.Loaded l = load(p);
    assertEquals("windows-1258", l.encoding());
    assertEquals(vi, l.doc().text());
    assertEquals(Language.VI, l.doc().lang());
  }

  /** Windows-1258 as Vietnamese writers used it: letters with ê ơ ư etc. precomposed, tones apart. */
  private static byte[] cp1258(String s) {
    Charset cs = Charset.forName("windows-1258");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      String c = String.valueOf(s.charAt(i));
      if (cs.newEncoder().canEncode(c)) {
        out.writeBytes(c.getBytes(cs));
        continue;
      }
      String d = java.text.Normalizer.normalize(c, java.text.Normalizer.Form.NFD);
      String tones = d.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
      String base = java.text.Normalizer.normalize(d.replaceAll("[\u0300\u0301\u0303\u0309\u0323]",
          ""), java.text.Normalizer.Form.NFC);
      out.writeBytes((base + tones).getBytes(cs));
    }
    return out.toByteArray();
  }

  @Test
  void encodingOverrideWins() throws Exception {
    Path p = dir.resolve("x.txt");
    Files.write(p, "caf\u00e9 1999".getBytes(StandardCharsets.ISO_8859_1));
    DocumentLoader.Loaded l = new DocumentLoader(Optional.of("ISO-8859-1"), Optional.empty(),
        false).load(p, "x.txt");
    assertEquals("ISO-8859-1", l.encoding());
    assertEquals("caf\u00e9 1999", l.doc().text());
    TextReadException e = assertThrows(TextReadException.class, () ->
        new DocumentLoader(Optional.of("no-such-code-page"), Optional.empty(), false)
            .load(p, "x.txt"));
    assertTrue(e.getMessage().startsWith("unknown encoding 'no-such-code-page'"));
  }

  @Test
  void utf8ReadAsWindows1252IsRepairedLineByLine() throws Exception {
    String good = "Việt Nam tuyên bố độc lập ngày 2 tháng 9 năm 1945.\nA plain line.\n";
    String broken = new String(good.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    Path p = dir.resolve("moji.txt");
    Files.writeString(p, broken);
    DocumentLoader.Loaded l = load(p);
    assertEquals(good, l.doc().text());
    assertTrue(l.notes().get(0).startsWith("1 line(s) of UTF-8 that had been read as windows-1252"),
        l.notes().toString());
  }

  @Test
  void hebrewWindows1255ReadAsLatin1IsRepaired() throws Exception {
    String good = "המדינה הוכרזה בשנת 1948 בתל אביב.\n";
    String broken = new String(good.getBytes(Charset.forName("windows-1255")),
        StandardCharsets.ISO_8859_1);
    Path p = dir.resolve("hemoji.txt");
    Files.writeString(p, broken);
    DocumentLoader.Loaded l = load(p);
    assertEquals(good, l.doc().text());
    assertEquals(Language.HE, l.doc().lang());
    assertTrue(l.notes().get(0).contains("windows-1255 Hebrew"), l.notes().toString());
  }

  @Test
  void aDirectoryMeansEverySupportedFile() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.writeString(dir.resolve("b.html"), "<p>x</p>");
    Files.writeString(dir.resolve("c.png"), "x");
    Files.writeString(dir.resolve("d.md"), "x");
    List<String> names = InputFiles.expand(List.of(dir)).stream()
        .map(q -> q.getFileName().toString()).toList();
    assertEquals(List.of("a.txt", "b.html", "d.md"), names);
  }

  // ---- golden helpers

  static String blocks(Document d) {
    StringBuilder b = new StringBuilder();
    b.append("title: ").append(d.layout().title()).append('\n');
    b.append("date: ").append(d.layout().date().map(DocDate::iso).orElse("-")).append('\n');
    for (Block k : d.layout().blocks()) {
      String s = k.of(d.text()).replace('\t', '|');
      b.append(String.format("%-9s %s%n", k.cls().json(), s.length() > 90 ? s.substring(0, 90)
          + "…" : s));
    }
    return b.toString();
  }

  static void assertGolden(String name, String actual) throws IOException {
    Path golden = resource(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(golden), golden + " is missing; run with -Dgolden.update=true");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
        "golden file " + golden + " differs; if intended, rerun with -Dgolden.update=true");
    assertNotNull(actual);
  }
}
