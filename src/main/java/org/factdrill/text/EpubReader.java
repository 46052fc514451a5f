package org.factdrill.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdrill.lang.Phrase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads an EPUB: its package file's spine gives the chapters (XHTML), read in order with jsoup. */
final class EpubReader {
  Parsed read(Path path) throws TextReadException {
    try (ZipParts zip = new ZipParts(path, "EPUB")) {
      byte[] container = zip.read("META-INF/container.xml");
      if (container == null) {
        throw new TextReadException(path, TextReadException.Reason.CORRUPT, -1,
            Phrase.of("text.epub_no_container"));
      }
      Element rootfile = xml(container).selectFirst("rootfile[full-path]");
      String opfPath = rootfile == null ? null : rootfile.attr("full-path");
      byte[] opfBytes = opfPath == null ? null : zip.read(opfPath);
      if (opfBytes == null) {
        throw new TextReadException(path, TextReadException.Reason.CORRUPT, -1,
            Phrase.of("text.epub_no_package"));
      }
      org.jsoup.nodes.Document opf = xml(opfBytes);
      String base = opfPath.contains("/") ? opfPath.substring(0, opfPath.lastIndexOf('/') + 1)
          : "";
      Map<String, String> hrefs = new HashMap<>();
      for (Element item : opf.select("manifest > item")) {
        hrefs.put(item.attr("id"), item.attr("href"));
      }
      Element t = opf.selectFirst("metadata > dc|title, metadata > title");
      String title = t == null ? null : t.text().strip();
      TextAssembler out = new TextAssembler();
      HtmlReader html = new HtmlReader();
      List<String> notes = new ArrayList<>();
      int chapters = 0;
      for (Element ref : opf.select("spine > itemref")) {
        String href = hrefs.get(ref.attr("idref"));
        if (href == null) {
          continue;
        }
        byte[] page = zip.read(base + URLDecoder.decode(href, StandardCharsets.UTF_8));
        if (page == null) {
          notes.add("chapter " + href + " is missing from the archive");
          continue;
        }
        org.jsoup.nodes.Document d = Jsoup.parse(new ByteArrayInputStream(page), null, "",
            Parser.htmlParser().setTrackPosition(true));
        if (d.body() != null) {
          html.walkChildren(d.body(), out, false);
          chapters++;
        }
      }
      notes.add(chapters + " chapter(s) read");
      return new Parsed(out.text(), out.blocks(), title, "UTF-8", notes);
    } catch (IOException e) {
      throw new TextReadException(path, TextReadException.Reason.CORRUPT, -1,
          Phrase.of("text.epub_unreadable", e.getMessage()));
    }
  }

  private static org.jsoup.nodes.Document xml(byte[] b) throws IOException {
    return Jsoup.parse(new ByteArrayInputStream(b), "UTF-8", "", Parser.xmlParser());
  }
}
