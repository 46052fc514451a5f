package org.factdrill.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdrill.lang.WordPatterns;
import org.factdrill.lang.Phrase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads HTML and saved web pages with jsoup: finds the main content (Wikipedia's article body,
 * else {@code article}/{@code main}, else the element richest in paragraphs), drops menus,
 * scripts and navigation boxes, and turns what remains into pieces with their layout class:
 * headings, paragraphs, infobox rows as "label: value", table rows, captions, link lists and the
 * reference list. Citation marks ("[12]") are removed from the prose and counted.
 */
final class HtmlReader {
  /** Elements that start a new piece of text. */
  static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2",
      "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
      "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "blockquote", "pre", "header",
      "footer", "aside", "nav", "hr", "address", "center", "details", "summary");
  private static final Set<String> DROP = Set.of("script", "style", "noscript", "template", "nav",
      "form", "button", "svg", "iframe", "select", "input", "textarea", "link", "meta", "object",
      "embed", "canvas", "audio", "video", "map");
  /** Class or id words of page furniture that is never the text. */
  private static final Pattern FURNITURE = Pattern.compile("(?i)(?:^|[\\s_-])(?:nav|navbar|navbox|"
      + "vertical-navbox|menu|footer|sidebar|comment|comments|share|social|breadcrumbs?|cookie|"
      + "advert|ads|promo|banner|mw-editsection|mw-jump-link|toc|catlinks|printfooter|mw-footer|"
      + "sistersitebox|ambox|mbox-small|navigation-not-searchable|mw-cite-backlink|authority-control|"
      + "newsletter|subscribe|skip-link|mw-indicators|shortdescription)(?:$|[\\s_-])");
  static final Pattern TITLE_SUFFIX = Pattern.compile(
      "\\s+[-–—|]\\s+(?iu:" + WordPatterns.anyPack("site-names") + ")\\b.*$");

  /** A bracketed editorial mark: "[12]", "[a]", "[citation needed]". */
  private static final Pattern BRACKETED_MARK = Pattern.compile("\\[[^\\[\\]]{1,60}\\]");

  private final List<String> notes = new ArrayList<>();
  private int marks;
  private int bodyBlocks;

  /** Reads a page; {@code forced} is the encoding the user named, else the page's own. */
  Parsed read(Path path, byte[] bytes, Optional<String> forced) throws TextReadException {
    org.jsoup.nodes.Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), forced.orElse(null), "",
          Parser.htmlParser().setTrackPosition(true));
    } catch (IOException | IllegalArgumentException e) {
      throw new TextReadException(path, TextReadException.Reason.CORRUPT, -1,
          Phrase.of("text.html_unreadable", e.getMessage()));
    }
    TextAssembler out = new TextAssembler();
    String title = readPage(doc, out);
    if (bodyBlocks == 0) {
      throw new TextReadException(path, TextReadException.Reason.NO_TEXT, -1,
          Phrase.of("text.html_no_text"));
    }
    if (marks > 0) {
      notes.add(marks + " citation mark(s) kept apart from the sentences");
    }
    if (out.truncated()) {
      notes.add("text after " + TextAssembler.MAX_CHARS + " characters left out");
    }
    return new Parsed(out.text(), out.blocks(), title, doc.charset().name(), notes);
  }

  /**
   * Removes editorial marks set as superscripts in brackets that carry no class to know them by
   * ("[citation needed]" as REST/Parsoid HTML writes it: "[", a link, "]" in adjacent sup
   * elements): a run of directly adjacent sup elements whose joined text is one bracketed
   * phrase of at most five words. Returns how many marks it removed.
   */
  private static int removeBracketedMarks(org.jsoup.nodes.Document doc) {
    int removed = 0;
    for (Element sup : doc.select("sup")) {
      if (sup.parent() == null || isSup(sup.previousSibling())) {
        continue; // already removed, or not the first of its run
      }
      List<Element> run = new ArrayList<>(List.of(sup));
      Node next = sup.nextSibling();
      while (isSup(next)) {
        run.add((Element) next);
        next = next.nextSibling();
      }
      StringBuilder text = new StringBuilder();
      run.forEach(e -> text.append(e.text()));
      String t = text.toString().strip();
      if (BRACKETED_MARK.matcher(t).matches() && t.split("\\s+").length <= 5) {
        run.forEach(Element::remove);
        removed++;
      }
    }
    return removed;
  }

  private static boolean isSup(Node n) {
    return n instanceof Element e && e.tagName().equals("sup");
  }

  /** Reads one HTML document into {@code out}; returns its title (may be null). */
  String readPage(org.jsoup.nodes.Document doc, TextAssembler out) {
    boolean wiki = doc.selectFirst("#mw-content-text, .mw-parser-output") != null
        || doc.select("meta[name=generator]").attr("content").startsWith("MediaWiki");
    Element body = doc.body();
    if (wiki) {
      marks += doc.select("sup.reference, sup.noprint, .mw-ref").size();
      doc.select("sup.reference, sup.noprint, .mw-ref, .mw-editsection, .mw-cite-backlink, "
          + "#toc, .toc, .navbox, .vertical-navbox, .metadata, .ambox, .mw-empty-elt, "
          + "span.mw-reflink-text, .reference-accessdate + .noprint").remove();
      marks += removeBracketedMarks(doc);
    }
    String title = title(doc, wiki);
    Element root = wiki ? Optional.ofNullable(doc.selectFirst("#mw-content-text .mw-parser-output"))
        .or(() -> Optional.ofNullable(doc.selectFirst(".mw-parser-output")))
        .or(() -> Optional.ofNullable(doc.selectFirst("#mw-content-text")))
        .orElse(body) : mainContent(doc);
    if (root == null) {
      return title;
    }
    if (title != null && !title.isBlank()) {
      Element h1 = doc.selectFirst("h1");
      out.add(title, LineClass.HEADING, h1 != null ? h1.sourceRange().startPos() : -1);
    }
    published(doc).ifPresent(d -> out.add(d, LineClass.BYLINE, -1));
    int before = out.blocks().size();
    walkChildren(root, out, wiki); // the root itself is the content, whatever its class says
    bodyBlocks = out.blocks().size() - before;
    return title;
  }

  private static String title(org.jsoup.nodes.Document doc, boolean wiki) {
    Element h = doc.selectFirst(wiki ? "#firstHeading, h1" : "article h1, main h1, h1");
    if (h != null && !h.text().isBlank()) {
      return h.text().strip();
    }
    String og = doc.select("meta[property=og:title]").attr("content");
    String t = !og.isBlank() ? og : doc.title();
    t = TITLE_SUFFIX.matcher(t).replaceFirst("").strip();
    return t.isEmpty() ? null : t;
  }

  /** The publication date the page's metadata gives, as an ISO date line. */
  private static Optional<String> published(org.jsoup.nodes.Document doc) {
    for (String q : List.of("meta[property=article:published_time]", "meta[name=date]",
        "meta[itemprop=datePublished]", "meta[name=pubdate]")) {
      String v = doc.select(q).attr("content");
      if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return Optional.of(v.substring(0, 10));
      }
    }
    Element time = doc.selectFirst("article time[datetime], time[pubdate]");
    if (time != null && time.attr("datetime").matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return Optional.of(time.attr("datetime").substring(0, 10));
    }
    return Optional.empty();
  }

  /**
   * The element holding the page's text: {@code article} or {@code main} when they hold most of
   * its paragraphs, else the element whose own paragraphs have the most text.
   */
  private static Element mainContent(org.jsoup.nodes.Document doc) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    int total = paragraphText(body);
    for (String q : List.of("article", "main", "[role=main]", "#content", ".entry-content",
        ".post-content", ".article-body")) {
      for (Element e : doc.select(q)) {
        if (total > 0 && paragraphText(e) * 2 >= total) {
          return e;
        }
      }
    }
    Element best = null;
    int bestLen = 0;
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        int len = paragraphText(parent);
        if (len > bestLen) {
          best = parent;
          bestLen = len;
        }
      }
    }
    return best != null && bestLen * 2 >= total && bestLen >= 200 ? best : body;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  /** Walks an element, adding its pieces to {@code out}. */
  void walk(Element e, TextAssembler out, boolean wiki) {
    String tag = e.normalName();
    if (DROP.contains(tag) || furniture(e)) {
      return;
    }
    if (tag.equals("table")) {
      table(e, out);
      return;
    }
    if (tag.matches("h[1-6]")) {
      if (!(tag.equals("h1") && wiki)) {
        out.add(e.text(), LineClass.HEADING, e.sourceRange().startPos());
      }
      return;
    }
    if (tag.equals("figcaption") || tag.equals("caption") || e.hasClass("thumbcaption")
        || e.hasClass("gallerytext") || e.hasClass("wp-caption-text")) {
      out.add(e.text(), LineClass.CAPTION, e.sourceRange().startPos());
      return;
    }
    if (e.hasClass("hatnote") || e.hasClass("dablink")) {
      out.add(e.text(), LineClass.LINKS, e.sourceRange().startPos());
      return;
    }
    if (tag.equals("li") && inReferences(e)) {
      out.add(e.text(), LineClass.REFERENCE, e.sourceRange().startPos());
      return;
    }
    if (!hasBlockChild(e)) {
      LineClass cls = LineClass.PROSE;
      String t = e.text();
      if (tag.equals("li") && (linkShare(e) >= 0.6 || LayoutClassifier.words(t) <= 14
          && !LayoutClassifier.terminal(t)) || tag.equals("hr")) {
        cls = LineClass.LINKS; // a list of links, or items that are no sentences
      }
      out.add(e.text(), cls, e.sourceRange().startPos());
      return;
    }
    walkChildren(e, out, wiki);
  }

  /** Walks the children of {@code e}: inline runs become prose pieces, blocks are walked. */
  void walkChildren(Element e, TextAssembler out, boolean wiki) {
    StringBuilder inline = new StringBuilder();
    int inlineStart = -1;
    for (Node n : e.childNodes()) {
      if (n instanceof Element c && BLOCKS.contains(c.normalName())) {
        out.add(inline.toString(), LineClass.PROSE, inlineStart);
        inline.setLength(0);
        inlineStart = -1;
        walk(c, out, wiki);
      } else if (n instanceof Element c) {
        if (!DROP.contains(c.normalName()) && !furniture(c)) {
          if (inlineStart < 0) {
            inlineStart = c.sourceRange().startPos();
          }
          inline.append(c.text()).append(c.normalName().equals("br") ? "\n" : "");
        }
      } else if (n instanceof TextNode t) {
        if (inlineStart < 0 && !t.isBlank()) {
          inlineStart = t.sourceRange().startPos();
        }
        inline.append(t.text());
      }
    }
    out.add(inline.toString(), LineClass.PROSE, inlineStart);
  }

  /** An infobox row becomes "label: value"; any other table row its cells, tab-separated. */
  private void table(Element table, TextAssembler out) {
    boolean infobox = table.className().toLowerCase(Locale.ROOT).contains("infobox");
    Element caption = table.selectFirst("caption");
    if (caption != null) {
      out.add(caption.text(), infobox ? LineClass.INFOBOX : LineClass.CAPTION,
          caption.sourceRange().startPos());
    }
    for (Element tr : table.select("tr")) {
      if (tr.closest("table") != table) {
        continue; // rows of a nested table are read with their own table
      }
      List<String> cells = new ArrayList<>();
      for (Element cell : tr.children()) {
        if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
          String t = cell.text().strip();
          if (!t.isEmpty()) {
            cells.add(t);
          }
        }
      }
      if (cells.isEmpty()) {
        continue;
      }
      String row = infobox && cells.size() == 2 ? cells.get(0) + ": " + cells.get(1)
          : String.join("\t", cells);
      boolean image = infobox && cells.size() == 1 && tr.selectFirst("img") != null;
      out.add(row, image ? LineClass.CAPTION : LineClass.INFOBOX, tr.sourceRange().startPos());
    }
  }

  private static boolean furniture(Element e) {
    String cls = e.className();
    String id = e.id();
    return !cls.isEmpty() && FURNITURE.matcher(cls).find()
        || !id.isEmpty() && FURNITURE.matcher(id).find()
        || e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")
        || e.attr("style").replace(" ", "").contains("display:none")
        || e.attr("role").equals("navigation");
  }

  private static boolean inReferences(Element li) {
    for (Element p = li.parent(); p != null; p = p.parent()) {
      if (p.hasClass("references") || p.hasClass("reflist") || p.hasClass("refbegin")
          || p.hasClass("footnotes") || p.id().equals("references")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (BLOCKS.contains(c.normalName()) || hasBlockChild(c)) {
        return true;
      }
    }
    return false;
  }

  private static double linkShare(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return (double) links / all;
  }
}
