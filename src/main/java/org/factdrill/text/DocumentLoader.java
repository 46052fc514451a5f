package org.factdrill.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdrill.lang.Phrase;

/**
 * Reads any supported file into a {@link Document}: tells the format from the content, hands it
 * to its reader, settles the language and classifies the layout. One file at a time; memory is
 * bounded by the size caps here and in the readers.
 */
public final class DocumentLoader {
  /** Files larger than this are refused before reading (text formats; PDF has its own cap). */
  public static final long MAX_TEXT_BYTES = 64L << 20;
  /** PDFs larger than this are refused before parsing. */
  public static final long MAX_PDF_BYTES = 100L << 20;

  private final Optional<String> encoding;
  private final Optional<Language> language;
  private final boolean lenient;
  private final LanguageDetector detector = new LanguageDetector();

  /**
   * @param encoding the encoding the user named for text files (--encoding), if any
   * @param language the language the user named, else detected per document
   * @param lenient replace bytes that cannot be decoded instead of failing
   */
  public DocumentLoader(Optional<String> encoding, Optional<Language> language, boolean lenient) {
    this.encoding = encoding;
    this.language = language;
    this.lenient = lenient;
  }

  /** A document read, with what the report should say about it. */
  public record Loaded(Document doc, DocumentFormat format, String encoding, List<String> notes,
      String sha256) {}

  /** Reads {@code path}; the document is named {@code source}. */
  public Loaded load(Path path, String source) throws TextReadException {
    long size;
    try {
      if (Files.isDirectory(path)) {
        throw new TextReadException(path, TextReadException.Reason.UNREADABLE, -1,
            Phrase.of("text.directory"));
      }
      size = Files.size(path);
    } catch (NoSuchFileException e) {
      throw new TextReadException(path, TextReadException.Reason.MISSING, -1,
          Phrase.of("text.no_such_file"));
    } catch (IOException e) {
      throw new TextReadException(path, TextReadException.Reason.UNREADABLE, -1,
          Phrase.of("text.cannot_read", e.getMessage()));
    }
    byte[] head = head(path);
    DocumentFormat format = FormatSniffer.sniff(path, head);
    long cap = format == DocumentFormat.PDF ? MAX_PDF_BYTES : MAX_TEXT_BYTES;
    if (size > cap) {
      throw new TextReadException(path, TextReadException.Reason.TOO_LARGE, -1,
          Phrase.of("text.too_large", format.label(), size >> 20, cap >> 20));
    }
    // PDF, EPUB and DOCX are read from the file (PDFBox and ZipFile seek in it); the rest whole.
    boolean whole = format == DocumentFormat.HTML || format == DocumentFormat.MARKDOWN
        || format == DocumentFormat.TEXT;
    byte[] bytes = whole ? readAll(path) : null;
    String sha = whole ? Sha256.hex(bytes) : sha256(path);
    Parsed p = switch (format) {
      case PDF -> new PdfReader().read(path);
      case HTML -> new HtmlReader().read(path, bytes, encoding);
      case EPUB -> new EpubReader().read(path);
      case DOCX -> new DocxReader().read(path);
      case MARKDOWN -> MarkdownReader.read(path, bytes, encoding, lenient);
      case TEXT -> {
        if (looksBinary(bytes)) {
          throw new TextReadException(path, TextReadException.Reason.BINARY, -1,
              Phrase.of("text.binary"));
        }
        Encodings.Decoded d = Encodings.decode(path, bytes, encoding, lenient);
        Optional<Parsed> record = JsonRecords.read(path, d.text(), d.encoding(), d.notes());
        if (record.isPresent()) { // a page as an API returns it: its content only
          yield record.get();
        }
        // A right-to-left line a PDF copy gave in visual order is mended (same length).
        yield new Parsed(VisualOrderLines.mend(d.text()), List.of(), null, d.encoding(),
            d.notes());
      }
    };
    if (p.text().isBlank() && format != DocumentFormat.TEXT && format != DocumentFormat.MARKDOWN) {
      throw new TextReadException(path, TextReadException.Reason.NO_TEXT, -1,
          Phrase.of("text.no_text"));
    }
    Language lang = language.orElseGet(() -> detector.detect(p.text()));
    List<String> notes = new ArrayList<>(p.notes());
    // Letters of another block written for the language's own (same length, so blocks stay).
    String text = LookAlikes.of(lang).repair(p.text(), notes);
    // A plain text listing's row labels glued to their sentences get their line breaks back
    // (same length); a page or PDF reader has told its blocks' breaks already.
    LabelRows.Listing rows = format == DocumentFormat.TEXT ? LabelRows.find(text, lang)
        : new LabelRows.Listing(text, List.of(), List.of(), List.of());
    String title = p.title() == null ? null
        : LookAlikes.of(lang).repair(p.title(), new ArrayList<>());
    Layout layout = LayoutClassifier.classify(rows.text(), lang, source, p.blocks(), title,
        rows.headers(), rows.labels());
    if (VisualOrderPages.visual(rows.text(), lang)) {
      // Letters stored in visual order (final forms open the words): nothing is read from it.
      layout = layout.unreadable();
      notes.add("text skipped: its right-to-left letters are stored in visual order (reversed);"
          + " copy or export the text again from its source in logical (reading) order");
    } else if (UnaccentedPages.unaccented(rows.text(), lang)) {
      layout = layout.unreadable();
      notes.add("text skipped: it is written without the language's diacritics (tone marks),"
          + " so its words cannot be read; use a copy of the text with its diacritics");
    }
    return new Loaded(new Document(source, rows.text(), lang, layout), format, p.encoding(), notes,
        sha);
  }

  private static String sha256(Path path) throws TextReadException {
    try (InputStream in = Files.newInputStream(path)) {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return java.util.HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new TextReadException(path, TextReadException.Reason.UNREADABLE, -1,
          Phrase.of("text.cannot_read", e.getMessage()));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static byte[] head(Path path) throws TextReadException {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(8192);
    } catch (IOException e) {
      throw new TextReadException(path, TextReadException.Reason.UNREADABLE, -1,
          Phrase.of("text.cannot_read", e.getMessage()));
    }
  }

  private static byte[] readAll(Path path) throws TextReadException {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new TextReadException(path, TextReadException.Reason.UNREADABLE, -1,
          Phrase.of("text.cannot_read", e.getMessage()));
    }
  }

  private static boolean looksBinary(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE || (bytes[0] & 0xff) == 0xFF)) {
      return false; // UTF-16 has NUL bytes in every ASCII letter
    }
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
