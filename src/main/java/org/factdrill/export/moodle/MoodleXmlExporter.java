package org.factdrill.export.moodle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.factdrill.bank.Question;
import org.factdrill.export.ExportOptions;
import org.factdrill.export.ExportResult;
import org.factdrill.export.Expected;
import org.factdrill.export.Exporter;
import org.factdrill.export.FormatVisitor;
import org.factdrill.export.Items;
import org.factdrill.export.Unsupported;
import org.factdrill.export.Xml;

/**
 * Moodle XML: multichoice, truefalse, numerical (with tolerance), shortanswer (dates and ranges)
 * and ordering (timelines). Fractions are 100 and 0 only, both on Moodle's allowed list;
 * question text is HTML (escaped, right-to-left for Hebrew) and the source is the general
 * feedback; language, kind and source become tags and the question id the idnumber.
 */
public final class MoodleXmlExporter implements Exporter {

  @Override
  public String name() {
    return "moodle-xml";
  }

  @Override
  public String extension() {
    return "xml";
  }

  @Override
  public boolean binary() {
    return false;
  }

  @Override
  public ExportResult write(List<Question> questions, ExportOptions options, OutputStream out)
      throws IOException {
    Xml x = new Xml();
    x.open("quiz");
    x.open("question", "type", "category").open("category")
        .leaf("text", "$course$/top/" + Items.oneLine(options.fullTitle()).replace('/', '-'))
        .close("category").close("question");
    Exporter.Rendered<Question> done = Exporter.each(questions, q -> {
      long mark = x.mark();
      try {
        question(q, x, options);
      } catch (Unsupported e) {
        x.rollback(mark); // nothing of a skipped question stays in the file
        throw e;
      }
      return q;
    });
    x.close("quiz");
    out.write(x.toString().getBytes(StandardCharsets.UTF_8));
    return new ExportResult(done.items().size(), done.skipped());
  }

  private static void question(Question q, Xml x, ExportOptions options) throws Unsupported {
    q.accept(new FormatVisitor<Void>() {
      @Override
      public Void choice(Question.Choice c) throws Unsupported {
        head(options, c, x, "multichoice", c.prompt(), "0.3333333");
        x.leaf("single", "true").leaf("shuffleanswers", "true").leaf("answernumbering", "abc");
        for (String o : c.options()) {
          if (o == null || o.isBlank()) {
            throw new Unsupported("has an empty option");
          }
          answer(x, o.equals(c.answer().text()) ? "100" : "0", Items.htmlLines(o), "html");
        }
        return null;
      }

      @Override
      public Void trueFalse(Question.TrueFalse t) {
        head(options, t, x, "truefalse", t.prompt(), "1");
        answer(x, t.truth() ? "100" : "0", "true", "moodle_auto_format");
        answer(x, t.truth() ? "0" : "100", "false", "moodle_auto_format");
        return null;
      }

      @Override
      public Void timeline(Question.Timeline t) throws Unsupported {
        head(options, t, x, "ordering", t.prompt().strip() + "\n" + Items.messages(t).orderEvents(),
            "0.3333333");
        List<String> events = Items.eventTexts(t);
        List<Integer> order = Items.chronology(t);
        if (order.size() != events.size()) {
          throw new Unsupported("timeline has no usable order (answer or event dates)");
        }
        x.leaf("layouttype", "VERTICAL").leaf("selecttype", "ALL").leaf("selectcount", "0")
            .leaf("gradingtype", "ABSOLUTE_POSITION").leaf("showgrading", "SHOW")
            .leaf("numberingstyle", "none");
        // qtype_ordering reads the items in their correct order; "fraction" is the position.
        for (int k = 0; k < order.size(); k++) {
          String text = events.get(order.get(k));
          if (text.isBlank()) {
            throw new Unsupported("has an event without text");
          }
          answer(x, String.valueOf(k + 1), Items.htmlLines(text), "html");
        }
        return null;
      }

      @Override
      protected Void typed(Question c) {
        Expected e = Items.expected(c);
        head(options, c, x, e instanceof Expected.Numeric ? "numerical" : "shortanswer", c.prompt(),
            "0.3333333");
        if (e instanceof Expected.Numeric n) {
          x.open("answer", "fraction", "100").leaf("text", n.plain())
              .leaf("tolerance", n.plainTolerance()).open("feedback", "format", "html")
              .leaf("text", "").close("feedback").close("answer");
          for (String other : n.plainAlso()) { // accepted alternatives, each full credit
            x.open("answer", "fraction", "100").leaf("text", other).leaf("tolerance", "0")
                .open("feedback", "format", "html").leaf("text", "").close("feedback")
                .close("answer");
          }
          x.leaf("unitgradingtype", "0").leaf("unitpenalty", "0.1000000").leaf("showunits", "3")
              .leaf("unitsleft", "0");
        } else {
          x.leaf("usecase", "0");
          Set<String> seen = new LinkedHashSet<>();
          for (String s : ((Expected.Text) e).accepted()) {
            // '*' is shortanswer's wildcard; "\*" is Moodle's literal star.
            seen.add(Items.oneLine(s).replace("*", "\\*"));
          }
          for (String s : seen) {
            answer(x, "100", s, "moodle_auto_format");
          }
        }
        return null;
      }
    });
    x.open("tags");
    for (String tag : tags(q)) {
      x.open("tag").leaf("text", tag).close("tag");
    }
    x.close("tags");
    x.close("question");
  }

  /** The part every question type shares, up to its answers. */
  private static void head(ExportOptions options, Question q, Xml x, String type,
      String stem, String penalty) {
    x.open("question", "type", type);
    x.open("name").leaf("text", Items.shortName(q)).close("name");
    x.open("questiontext", "format", "html").leaf("text", Items.htmlParagraph(q, stem))
        .close("questiontext");
    x.open("generalfeedback", "format", "html")
        .leaf("text", Items.sourceNote(q, options).map(s -> Items.htmlParagraph(q, s)).orElse(""))
        .close("generalfeedback");
    x.leaf("defaultgrade", "1");
    x.leaf("penalty", penalty);
    x.leaf("hidden", "0");
    x.leaf("idnumber", q.id().length() > 100 ? q.id().substring(0, 100) : q.id());
  }

  private static void answer(Xml x, String fraction, String text, String format) {
    x.open("answer", "fraction", fraction, "format", format).leaf("text", text)
        .open("feedback", "format", "html").leaf("text", "").close("feedback").close("answer");
  }

  /** Tags a teacher can filter on in the question bank: language, kind and source file. */
  static List<String> tags(Question q) {
    Set<String> tags = new LinkedHashSet<>();
    tags.add("factdrill");
    if (q.lang() != null) {
      tags.add("lang-" + q.lang());
    }
    tags.add("type-" + q.type().json());
    for (Question.FactRef f : q.facts()) {
      if (f.kind() != null) {
        tags.add("kind-" + f.kind());
      }
      if (f.source() != null) {
        tags.add("source-" + f.source());
      }
    }
    return new ArrayList<>(tags);
  }
}
