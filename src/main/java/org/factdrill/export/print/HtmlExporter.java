package org.factdrill.export.print;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.export.ExportOptions;
import org.factdrill.export.ExportResult;
import org.factdrill.export.Exporter;
import org.factdrill.export.FormatVisitor;
import org.factdrill.export.Items;
import org.factdrill.export.Messages;
import org.factdrill.export.Papers;
import org.factdrill.export.Skipped;
import org.factdrill.export.Unsupported;

/**
 * A printable test: one self-contained HTML page (inline print CSS, no scripts or links) with
 * numbered questions, lines and boxes to answer on, Hebrew questions right-to-left, and the
 * answer key with each question's source on a page of its own.
 */
public final class HtmlExporter implements Exporter {

  static final String CSS = """
      body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 12pt;
        line-height: 1.5; margin: 2em auto; max-width: 46em; color: #000; }
      h1 { font-size: 18pt; margin-bottom: 0.2em; }
      .student { margin: 0 0 1.5em; }
      .student span { display: inline-block; min-width: 14em; border-bottom: 1px solid #000; }
      ol.questions > li { margin-bottom: 1.2em; break-inside: avoid; page-break-inside: avoid; }
      .blank { display: inline-block; min-width: 8em; border-bottom: 1px solid #000; }
      .answer-line { height: 2em; border-bottom: 1px solid #000; margin: 0.3em 0 0.6em; max-width: 24em; }
      .box { display: inline-block; width: 1.4em; height: 1.2em; border: 1px solid #000;
        vertical-align: middle; margin-inline-end: 0.5em; }
      .tf span { margin-inline-end: 2em; }
      ol.options, ol.events { margin-top: 0.2em; }
      .key { break-before: page; page-break-before: always; }
      .key .src { display: block; font-size: 9pt; color: #444; }
      @media print { body { margin: 0; max-width: none; } @page { margin: 2cm; } }
      """;

  @Override
  public String name() {
    return "html";
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public boolean binary() {
    return false;
  }

  @Override
  public ExportResult write(List<Question> questions, ExportOptions options, OutputStream out)
      throws IOException {
    List<Skipped> skipped = new ArrayList<>();
    List<Question> kept = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Exporter.Rendered<String[]> done = Exporter.each(questions, q -> {
      String key = Papers.answer(q);
      return new String[] {body(q), key};
    });
    for (String[] bk : done.items()) {
      bodies.add(bk[0]);
      keys.add(bk[1]);
    }
    kept.addAll(done.kept());
    skipped.addAll(done.skipped());
    Messages page = Papers.pageMessages(kept);
    String title = Items.html(Items.oneLine(options.fullTitle()));
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"").append(page.lang()).append('"')
        .append(page.rightToLeft() ? " dir=\"rtl\"" : "").append(">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(title).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(title).append("</h1>\n")
        .append("<p class=\"student\">").append(Items.html(page.name())).append(": <span></span> ")
        .append(Items.html(page.date())).append(": <span></span></p>\n</header>\n<main>\n")
        .append("<ol class=\"questions\">\n");
    for (int i = 0; i < kept.size(); i++) {
      b.append(li(kept.get(i))).append(bodies.get(i)).append("</li>\n");
    }
    b.append("</ol>\n</main>\n<section class=\"key\">\n<h2>").append(Items.html(page.answerKey()))
        .append(" \u2014 ").append(title).append("</h2>\n<ol>\n");
    for (int i = 0; i < kept.size(); i++) {
      Question q = kept.get(i);
      b.append(li(q)).append(Items.html(keys.get(i)));
      Items.sourceNote(q, options).ifPresent(s -> b.append("<span class=\"src\">")
          .append(Items.html(s)).append("</span>"));
      b.append("</li>\n");
    }
    b.append("</ol>\n</section>\n</body>\n</html>\n");
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    return new ExportResult(kept.size(), skipped);
  }

  private static String listStyle(Question q) {
    return Items.messages(q).listStyleAttribute();
  }

  private static String li(Question q) {
    return Items.rightToLeft(q) ? "<li dir=\"rtl\" lang=\"he\">"
        : q.lang() == null ? "<li>" : "<li lang=\"" + Items.html(q.lang()) + "\">";
  }

  private static String body(Question q) throws Unsupported {
    StringBuilder b = new StringBuilder();
    q.accept(new FormatVisitor<Void>() {
      @Override
      protected Void typed(Question c) {
        var parts = Items.splitAtBlank(c.prompt());
        if (parts.isPresent()) {
          b.append("<p>").append(Items.htmlPart(parts.get()[0].stripLeading()))
              .append("<span class=\"blank\"></span>")
              .append(Items.htmlPart(parts.get()[1].stripTrailing()))
              .append("</p>");
        } else {
          b.append("<p>").append(Items.htmlLines(c.prompt())).append("</p>")
              .append("<div class=\"answer-line\"></div>");
        }
        return null;
      }

      @Override
      public Void choice(Question.Choice c) {
        b.append("<p>").append(Items.htmlLines(c.prompt())).append("</p>\n<ol class=\"options\" type=\"a\"")
            .append(listStyle(c)).append('>');
        for (String o : c.options()) {
          b.append("<li>").append(Items.htmlLines(o)).append("</li>");
        }
        b.append("</ol>");
        return null;
      }

      @Override
      public Void trueFalse(Question.TrueFalse t) {
        Messages m = Items.messages(t);
        b.append("<p>").append(Items.html(m.trueOrFalse())).append(' ')
            .append(Items.htmlLines(t.prompt())).append("</p>\n<p class=\"tf\"><span><span class=\"box\"></span>")
            .append(Items.html(m.trueWord())).append("</span><span><span class=\"box\"></span>")
            .append(Items.html(m.falseWord())).append("</span></p>");
        return null;
      }

      @Override
      public Void timeline(Question.Timeline t) throws Unsupported {
        Papers.eventsInOrder(t); // skips a timeline without a usable order
        b.append("<p>").append(Items.htmlLines(t.prompt())).append("<br>")
            .append(Items.html(Items.messages(t).orderEvents()))
            .append("</p>\n<ol class=\"events\" type=\"A\"").append(listStyle(t)).append('>');
        for (String e : Items.eventTexts(t)) {
          b.append("<li><span class=\"box\"></span>").append(Items.htmlLines(e)).append("</li>");
        }
        b.append("</ol>");
        return null;
      }
    });
    return b.toString();
  }
}
