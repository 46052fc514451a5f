package org.factdrill.export.gift;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.export.ExportOptions;
import org.factdrill.export.ExportResult;
import org.factdrill.export.Expected;
import org.factdrill.export.Exporter;
import org.factdrill.export.FormatVisitor;
import org.factdrill.export.Items;
import org.factdrill.export.Skipped;
import org.factdrill.export.Unsupported;

/**
 * Moodle's GIFT text import. Choice becomes multiple choice, a cloze on a number or year becomes
 * a numerical question with a tolerance ({@code {#1993:0}}, {@code {#23000:500}}), other clozes
 * short answer, true/false {@code {T}}/{@code {F}}, and a timeline matching (GIFT has no
 * ordering type). Text is HTML ({@code [html]}, so Hebrew can be marked right-to-left) with GIFT's
 * special characters escaped; the source goes in the general feedback.
 */
public final class GiftExporter implements Exporter {

  @Override
  public String name() {
    return "gift";
  }

  @Override
  public String extension() {
    return "gift";
  }

  @Override
  public boolean binary() {
    return false;
  }

  @Override
  public ExportResult write(List<Question> questions, ExportOptions options, OutputStream out)
      throws IOException {
    StringBuilder b = new StringBuilder();
    List<Skipped> skipped = new ArrayList<>();
    b.append("// ").append(Items.oneLine(options.fullTitle())).append(" (exported by factdrill)\n");
    b.append("$CATEGORY: $course$/top/").append(category(options.fullTitle())).append("\n\n");
    int written = 0;
    Exporter.Rendered<String> done = Exporter.each(questions,
        q -> "// " + Items.oneLine(q.id()) + "\n" + question(q, options) + "\n\n");
    done.items().forEach(b::append);
    written += done.items().size();
    skipped.addAll(done.skipped());
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    return new ExportResult(written, skipped);
  }

  /** One question in GIFT, without the trailing blank line. */
  static String question(Question q) throws Unsupported {
    return question(q, new ExportOptions(null, null, 0));
  }

  /** One question in GIFT, its feedback naming each source text by its title. */
  static String question(Question q, ExportOptions options) throws Unsupported {
    String feedback = Items.sourceNote(q, options).map(s -> " ####" + text(q, s)).orElse("");
    String head = "::" + escape(Items.oneLine(q.id())) + "::[html]";
    return q.accept(new FormatVisitor<String>() {
      @Override
      public String choice(Question.Choice c) throws Unsupported {
        StringBuilder a = new StringBuilder("{");
        for (String o : c.options()) {
          requireText(o, "an empty option");
          a.append(o.equals(c.answer().text()) ? '=' : '~').append(text(c, o)).append(' ');
        }
        return head + paragraph(c, c.prompt()) + " " + a.toString().stripTrailing() + feedback
            + "}";
      }

      @Override
      public String trueFalse(Question.TrueFalse t) {
        return head + paragraph(t, t.prompt()) + " {" + (t.truth() ? "T" : "F") + feedback + "}";
      }

      @Override
      public String timeline(Question.Timeline t) throws Unsupported {
        List<String> events = Items.eventTexts(t);
        int[] places = Items.places(t);
        if (places.length != events.size()) {
          throw new Unsupported("timeline has no usable order (answer or event dates)");
        }
        StringBuilder a = new StringBuilder("{");
        for (int i = 0; i < events.size(); i++) {
          requireText(events.get(i), "an event without text");
          // "->" separates the pair in GIFT and has no escape; an arrow reads the same.
          a.append('=').append(text(t, events.get(i).replace("->", "\u2192"))).append(" -> ")
              .append(places[i]).append(' ');
        }
        return head + paragraph(t, t.prompt().strip() + "\n" + Items.messages(t).matchEvents())
            + " " + a.toString().stripTrailing() + feedback + "}";
      }

      @Override
      protected String typed(Question c) throws Unsupported {
        return GiftExporter.cloze(c, head, feedback);
      }
    });
  }

  private static String cloze(Question q, String head, String feedback) throws Unsupported {
    Expected e = Items.expected(q);
    String answer;
    if (e instanceof Expected.Numeric n) {
      // With accepted alternatives, GIFT's numeric form lists each as a full-credit answer.
      StringBuilder a = new StringBuilder(n.also().isEmpty() ? "{#" + n.plain() + ":"
          + n.plainTolerance() : "{#=" + n.plain() + ":" + n.plainTolerance());
      for (String other : n.plainAlso()) {
        a.append(" =").append(other).append(":0");
      }
      answer = a + feedback + "}";
    } else {
      Expected.Text t = (Expected.Text) e;
      StringBuilder a = new StringBuilder("{");
      for (String s : t.accepted()) {
        if (s.contains("*")) {
          throw new Unsupported("short answer \"" + s + "\" contains '*', Moodle's wildcard");
        }
        a.append('=').append(escape(Items.oneLine(s))).append(' ');
      }
      answer = a.toString().stripTrailing() + feedback + "}";
    }
    // Moodle shows the answer braces as a blank where they stand, so they replace the blank.
    return Items.splitAtBlank(q.prompt())
        .map(p -> head + open(q) + lines(p[0].stripLeading()) + answer
            + lines(p[1].stripTrailing()) + "</p>")
        .orElseGet(() -> head + paragraph(q, q.prompt()) + " " + answer);
  }

  private static void requireText(String s, String what) throws Unsupported {
    if (s == null || s.isBlank()) {
      throw new Unsupported("has " + what);
    }
  }

  private static String open(Question q) {
    return Items.rightToLeft(q) ? "<p dir\\=\"rtl\" lang\\=\"he\">" : "<p>";
  }

  private static String paragraph(Question q, String s) {
    return open(q) + lines(s.strip()) + "</p>";
  }

  /** HTML-escaped, line breaks as {@code <br>}, then GIFT-escaped. */
  private static String lines(String s) {
    return escape(Items.html(s).replaceAll("\\r\\n|\\r|\\n", "<br>"));
  }

  private static String text(Question q, String s) {
    return lines(s.strip());
  }

  /** Backslash before each of GIFT's special characters: ~ = # { } : and the backslash. */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == '~' || c == '=' || c == '#' || c == '{' || c == '}' || c == ':') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  private static String category(String title) {
    // '/' would start a sub-category; line breaks would end the command.
    return Items.oneLine(title).replace('/', '-');
  }
}
