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
 * The printable test as Markdown (CommonMark): numbered questions with blanks, lettered options,
 * a page break (inline HTML) and the answer key with sources. Text is escaped so no prompt turns
 * into a heading, a list or emphasis; Hebrew questions are wrapped in {@code dir="rtl"} spans.
 */
public final class MarkdownExporter implements Exporter {
  private static final String BLANK = "\\_\\_\\_\\_\\_\\_\\_\\_";

  @Override
  public String name() {
    return "markdown";
  }

  @Override
  public String extension() {
    return "md";
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
    List<String[]> items = new ArrayList<>();
    Exporter.Rendered<String[]> done = Exporter.each(questions,
        q -> new String[] {stem(q), Papers.answer(q)});
    items.addAll(done.items());
    kept.addAll(done.kept());
    skipped.addAll(done.skipped());
    Messages page = Papers.pageMessages(kept);
    StringBuilder b = new StringBuilder();
    b.append("# ").append(escape(Items.oneLine(options.fullTitle()))).append("\n\n");
    b.append(escape(page.name())).append(": ").append(BLANK).append(BLANK).append(' ')
        .append(escape(page.date())).append(": ").append(BLANK).append("\n\n");
    for (int i = 0; i < kept.size(); i++) {
      String marker = (i + 1) + ". ";
      String indent = " ".repeat(marker.length());
      String[] lines = items.get(i)[0].split("\n");
      b.append(marker).append(lines[0]).append('\n');
      for (int k = 1; k < lines.length; k++) {
        b.append(lines[k].isEmpty() ? "" : indent + lines[k]).append('\n');
      }
      b.append('\n');
    }
    b.append("<div style=\"break-before: page; page-break-before: always\"></div>\n\n");
    b.append("## ").append(escape(page.answerKey())).append("\n\n");
    for (int i = 0; i < kept.size(); i++) {
      Question q = kept.get(i);
      String marker = (i + 1) + ". ";
      b.append(marker).append(rtl(q, escape(items.get(i)[1])));
      String note = Items.sourceNote(q, options).map(s -> rtl(q, "<small>" + escape(s) + "</small>"))
          .orElse(null);
      if (note != null) {
        b.append("<br>\n").append(" ".repeat(marker.length())).append(note);
      }
      b.append('\n');
    }
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    return new ExportResult(kept.size(), skipped);
  }

  /** The question as Markdown lines (the first goes after the number). */
  private static String stem(Question q) throws Unsupported {
    StringBuilder b = new StringBuilder();
    q.accept(new FormatVisitor<Void>() {
      @Override
      protected Void typed(Question c) {
        var parts = Items.splitAtBlank(c.prompt());
        if (parts.isPresent()) {
          String before = parts.get()[0];
          String after = parts.get()[1];
          b.append(rtl(c, text(before) + (before.endsWith(" ") ? " " : "") + BLANK
              + (after.startsWith(" ") ? " " : "") + text(after)));
        } else {
          b.append(rtl(c, text(c.prompt()))).append("\n\n").append(BLANK).append(BLANK);
        }
        return null;
      }

      @Override
      public Void choice(Question.Choice c) {
        b.append(rtl(c, text(c.prompt()))).append("\n\n");
        for (int i = 0; i < c.options().size(); i++) {
          b.append("- ").append(Papers.letter(c, i, false)).append(") ")
              .append(rtl(c, text(c.options().get(i)))).append('\n');
        }
        return null;
      }

      @Override
      public Void trueFalse(Question.TrueFalse t) {
        Messages m = Items.messages(t);
        b.append(rtl(t, escape(m.trueOrFalse()) + " " + text(t.prompt()))).append("\n\n")
            .append(rtl(t, "\u2610 " + escape(m.trueWord()) + " \u2003 \u2610 "
                + escape(m.falseWord())));
        return null;
      }

      @Override
      public Void timeline(Question.Timeline t) throws Unsupported {
        Papers.eventsInOrder(t);
        b.append(rtl(t, text(t.prompt()) + "<br>" + escape(Items.messages(t).orderEvents())))
            .append("\n\n");
        List<String> events = Items.eventTexts(t);
        for (int i = 0; i < events.size(); i++) {
          b.append("- ").append(Papers.letter(t, i, true)).append(") \\[ \\] ")
              .append(rtl(t, text(events.get(i)))).append('\n');
        }
        return null;
      }
    });
    return b.toString().stripTrailing();
  }

  private static String rtl(Question q, String md) {
    return Items.rightToLeft(q) ? "<span dir=\"rtl\" lang=\"he\">" + md + "</span>" : md;
  }

  /** Escaped, with line breaks as {@code <br>} (a paper keeps the prompt's lines). */
  private static String text(String s) {
    String[] lines = s.strip().split("\\r\\n|\\r|\\n");
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(escape(l.strip()));
    }
    return String.join("<br>", out);
  }

  /**
   * Backslash-escapes the punctuation that makes Markdown markup anywhere (CommonMark allows a
   * backslash before any ASCII punctuation), plus list and heading markers at the start, and turns
   * tabs into spaces, so text never becomes markup.
   */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    String safe = Items.xmlSafe(s).replace('\t', ' ');
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      if ("\\`*_{}[]<>#|~&".indexOf(c) >= 0 || i == 0 && "-+=".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    // "1993. The war" or "3) ..." at the start would open an ordered list.
    return b.toString().replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
  }
}
