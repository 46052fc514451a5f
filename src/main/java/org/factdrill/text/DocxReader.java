package org.factdrill.text;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.factdrill.lang.Phrase;

/**
 * Reads a Word document (DOCX: zip of WordprocessingML) with the JDK's streaming XML parser:
 * paragraphs with their styles (title, headings, caption, footnote text), table rows as cells
 * separated by tabs, and the footnotes part as footnotes. DTDs and external entities are off.
 */
final class DocxReader {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  Parsed read(Path path) throws TextReadException {
    try (ZipParts zip = new ZipParts(path, "DOCX")) {
      byte[] main = zip.read("word/document.xml");
      if (main == null) {
        throw new TextReadException(path, TextReadException.Reason.UNSUPPORTED, -1, Phrase.of("text.not_docx"));
      }
      TextAssembler out = new TextAssembler();
      String[] title = new String[1];
      parse(path, main, out, false, title);
      byte[] notes = zip.read("word/footnotes.xml");
      if (notes != null) {
        parse(path, notes, out, true, title);
      }
      byte[] core = zip.read("docProps/core.xml");
      if (core != null) {
        String t = org.jsoup.Jsoup.parse(new String(core, java.nio.charset.StandardCharsets.UTF_8),
            "", org.jsoup.parser.Parser.xmlParser()).select("dc|title").text().strip();
        if (!t.isEmpty()) {
          title[0] = t;
        }
      }
      return new Parsed(out.text(), out.blocks(), title[0], "UTF-8", List.of());
    }
  }

  private static void parse(Path path, byte[] xml, TextAssembler out, boolean footnotes,
      String[] title) throws TextReadException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    StringBuilder para = new StringBuilder();
    List<String> cells = new ArrayList<>();
    String style = "";
    int tableDepth = 0;
    boolean inText = false;
    boolean skipNote = false;
    int paraStart = -1;
    try {
      XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
          switch (r.getLocalName()) {
            case "p" -> {
              para.setLength(0);
              style = "";
              paraStart = r.getLocation().getCharacterOffset();
            }
            case "pStyle" -> style = r.getAttributeValue(W, "val") == null ? ""
                : r.getAttributeValue(W, "val").toLowerCase(Locale.ROOT);
            case "t" -> inText = true;
            case "tab" -> para.append('\t');
            case "br", "cr" -> para.append(' ');
            case "tbl" -> tableDepth++;
            case "tr" -> cells.clear();
            case "footnote" -> {
              String id = r.getAttributeValue(W, "id");
              // ids -1 and 0 are the separator lines Word keeps in every footnotes part
              skipNote = id != null && (id.equals("-1") || id.equals("0"));
            }
            default -> { }
          }
        } else if (ev == XMLStreamConstants.CHARACTERS && inText) {
          para.append(r.getText());
        } else if (ev == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
          switch (r.getLocalName()) {
            case "t" -> inText = false;
            case "p" -> {
              if (tableDepth > 0) {
                cells.add(para.toString().strip());
              } else if (!skipNote) {
                LineClass cls = footnotes ? LineClass.FOOTNOTE : classOf(style);
                if (title[0] == null && style.equals("title")) {
                  title[0] = para.toString().strip();
                }
                out.add(para.toString(), cls, paraStart);
              }
              para.setLength(0);
            }
            case "tr" -> {
              cells.removeIf(String::isEmpty);
              out.add(String.join("\t", cells), cells.size() >= 2 ? LineClass.INFOBOX
                  : LineClass.PROSE, -1);
              cells.clear();
            }
            case "tbl" -> tableDepth--;
            default -> { }
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new TextReadException(path, TextReadException.Reason.CORRUPT, -1,
          Phrase.of("text.docx_xml", e.getMessage()));
    }
  }

  private static LineClass classOf(String style) {
    if (style.equals("title") || style.startsWith("heading") || style.equals("subtitle")) {
      return LineClass.HEADING;
    }
    if (style.equals("caption")) {
      return LineClass.CAPTION;
    }
    if (style.startsWith("footnote") || style.startsWith("endnote")) {
      return LineClass.FOOTNOTE;
    }
    if (style.contains("bibliography")) {
      return LineClass.REFERENCE;
    }
    return LineClass.PROSE;
  }
}
