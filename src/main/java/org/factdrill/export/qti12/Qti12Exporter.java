package org.factdrill.export.qti12;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.factdrill.export.Messages;
import org.factdrill.export.Unsupported;
import org.factdrill.export.Xml;
import org.factdrill.export.Zip;

/**
 * IMS QTI 1.2 in the layout Canvas Classic Quizzes import: a zip with imsmanifest.xml and one
 * questestinterop file, each item tagged with Canvas's {@code question_type}: choice
 * multiple_choice_question, true/false true_false_question, numeric clozes numerical_question
 * (exact or a range), other clozes short_answer_question, timelines matching_question (events
 * matched to their place in time; Classic Quizzes have no ordering type). Sources go in the
 * general feedback.
 */
public final class Qti12Exporter implements Exporter {
  static final String NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2";
  static final String FOLDER = "factdrill_quiz";

  @Override
  public String name() {
    return "qti12";
  }

  @Override
  public String extension() {
    return "zip";
  }

  @Override
  public boolean binary() {
    return true;
  }

  @Override
  public ExportResult write(List<Question> questions, ExportOptions options, OutputStream out)
      throws IOException {
    Xml x = new Xml();
    x.open("questestinterop", "xmlns", NS, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation", NS + " http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd");
    x.open("assessment", "ident", FOLDER, "title", Items.oneLine(options.fullTitle()));
    x.open("qtimetadata").open("qtimetadatafield").leaf("fieldlabel", "cc_maxattempts")
        .leaf("fieldentry", "1").close("qtimetadatafield").close("qtimetadata");
    x.open("section", "ident", "root_section");
    Set<String> idents = new LinkedHashSet<>();
    Exporter.Rendered<Question> done = Exporter.each(questions, q -> {
      String ident = Zip.ident(q.id());
      if (!idents.add(ident)) {
        throw new Unsupported("its id gives the same QTI identifier as another question");
      }
      long mark = x.mark();
      try {
        item(q, ident, x, options);
      } catch (Unsupported e) {
        x.rollback(mark); // nothing of a skipped question stays in the file
        throw e;
      }
      return q;
    });
    x.close("section").close("assessment").close("questestinterop");
    Zip zip = new Zip();
    zip.add("imsmanifest.xml", manifest());
    zip.add(FOLDER + "/" + FOLDER + ".xml", x.toString());
    zip.writeTo(out);
    return new ExportResult(done.items().size(), done.skipped());
  }

  private static String manifest() {
    Xml x = new Xml();
    x.open("manifest", "identifier", "factdrill_manifest", "xmlns",
        "http://www.imsglobal.org/xsd/imscp_v1p1");
    x.open("metadata").leaf("schema", "IMS Content").leaf("schemaversion", "1.1.3")
        .close("metadata");
    x.empty("organizations");
    x.open("resources").open("resource", "identifier", FOLDER, "type", "imsqti_xmlv1p2", "href",
        FOLDER + "/" + FOLDER + ".xml");
    x.empty("file", "href", FOLDER + "/" + FOLDER + ".xml");
    x.close("resource").close("resources").close("manifest");
    return x.toString();
  }

  private static void mattext(Xml x, String html) {
    x.open("material").leaf("mattext", html, "texttype", "text/html").close("material");
  }

  /** A single-choice response (choice, true/false) and its condition. */
  private static void single(Question q, Xml x, List<String> labels, int correct,
      List<String[]> conditions) throws Unsupported {
    if (correct < 0) {
      throw new Unsupported("the answer is not among the options");
    }
    mattext(x, Items.htmlParagraph(q, q.prompt()));
    x.open("response_lid", "ident", "response1", "rcardinality", "Single").open("render_choice");
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).isBlank()) {
        throw new Unsupported("has an empty option");
      }
      x.open("response_label", "ident", "a" + (i + 1));
      x.open("material").leaf("mattext", Items.oneLine(labels.get(i)), "texttype",
          "text/plain").close("material");
      x.close("response_label");
    }
    x.close("render_choice").close("response_lid");
    conditions.add(new String[] {"<varequal respident=\"response1\">a" + (correct + 1)
        + "</varequal>", "Set", "100"});
  }

  private static void item(Question q, String ident, Xml x, ExportOptions options)
      throws Unsupported {
    Messages m = Items.messages(q);
    String type = q.accept(new FormatVisitor<String>() {
      @Override
      public String choice(Question.Choice c) {
        return "multiple_choice_question";
      }

      @Override
      public String trueFalse(Question.TrueFalse t) {
        return "true_false_question";
      }

      @Override
      public String timeline(Question.Timeline t) {
        return "matching_question";
      }

      @Override
      protected String typed(Question c) {
        return Items.expected(c) instanceof Expected.Numeric ? "numerical_question"
            : "short_answer_question";
      }
    });
    x.open("item", "ident", ident, "title", Items.shortName(q));
    x.open("itemmetadata").open("qtimetadata");
    field(x, "question_type", type);
    field(x, "points_possible", "1.0");
    field(x, "original_answer_ids", "");
    field(x, "assessment_question_identifierref", ident);
    x.close("qtimetadata").close("itemmetadata");
    x.open("presentation");
    List<String[]> conditions = new ArrayList<>(); // {conditionvar xml, setvar action, value}
    q.accept(new FormatVisitor<Void>() {
      @Override
      public Void choice(Question.Choice c) throws Unsupported {
        single(q, x, c.options(), c.options().indexOf(c.answer().text()), conditions);
        return null;
      }

      @Override
      public Void trueFalse(Question.TrueFalse t) throws Unsupported {
        single(q, x, List.of(m.trueWord(), m.falseWord()), t.truth() ? 0 : 1, conditions);
        return null;
      }

      @Override
      public Void timeline(Question.Timeline t) throws Unsupported {
        List<String> events = Items.eventTexts(t);
        int[] places = Items.places(t);
        if (places.length != events.size()) {
          throw new Unsupported("timeline has no usable order (answer or event dates)");
        }
        mattext(x, Items.htmlParagraph(t, t.prompt().strip() + "\n" + m.matchEvents()));
        String share = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(events.size()), 2,
            RoundingMode.DOWN).toPlainString();
        StringBuilder all = new StringBuilder("<and>");
        for (int i = 0; i < events.size(); i++) {
          if (events.get(i).isBlank()) {
            throw new Unsupported("has an event without text");
          }
          x.open("response_lid", "ident", "response_E" + (i + 1));
          x.open("material").leaf("mattext", Items.oneLine(events.get(i)), "texttype",
              "text/plain").close("material");
          x.open("render_choice");
          for (int p = 1; p <= events.size(); p++) {
            x.open("response_label", "ident", "P" + p);
            x.open("material").leaf("mattext", String.valueOf(p), "texttype", "text/plain")
                .close("material");
            x.close("response_label");
          }
          x.close("render_choice").close("response_lid");
          String eq = "<varequal respident=\"response_E" + (i + 1) + "\">P" + places[i]
              + "</varequal>";
          conditions.add(new String[] {eq, "Add", share});
          all.append(eq);
        }
        // Partial credit per pair as Canvas writes it, then full marks when all pairs match.
        conditions.add(new String[] {all.append("</and>").toString(), "Set", "100"});
        return null;
      }

      @Override
      protected Void typed(Question c) throws Unsupported {
        Expected expected = Items.expected(c);
        var parts = Items.splitAtBlank(c.prompt());
        mattext(x, Items.htmlParagraph(c, c.prompt()));
        x.open("response_str", "ident", "response1", "rcardinality", "Single");
        x.open("render_fib", "fibtype", expected instanceof Expected.Numeric ? "Decimal" : "String");
        x.empty("response_label", "ident", "answer1", "rshuffle", "No");
        x.close("render_fib").close("response_str");
        if (expected instanceof Expected.Numeric n) {
          String exact = "<varequal respident=\"response1\">" + n.plain() + "</varequal>";
          String range = "<and><vargte respident=\"response1\">" + Items.plain(n.low())
              + "</vargte><varlte respident=\"response1\">" + Items.plain(n.high())
              + "</varlte></and>";
          StringBuilder others = new StringBuilder(); // accepted alternatives
          for (String other : n.plainAlso()) {
            others.append("<varequal respident=\"response1\">").append(other)
                .append("</varequal>");
          }
          conditions.add(new String[] {"<or>" + exact + range + others + "</or>", "Set", "100"});
        } else {
          StringBuilder or = new StringBuilder("<or>");
          for (String a : ((Expected.Text) expected).accepted()) {
            or.append("<varequal respident=\"response1\">").append(Xml.escape(Items.oneLine(a)))
                .append("</varequal>");
          }
          conditions.add(new String[] {or.append("</or>").toString(), "Set", "100"});
        }
        if (parts.isEmpty() && c.prompt().isBlank()) {
          throw new Unsupported("empty prompt");
        }
        return null;
      }
    });
    x.close("presentation");
    x.open("resprocessing").open("outcomes");
    x.empty("decvar", "maxvalue", "100", "minvalue", "0", "varname", "SCORE", "vartype",
        "Decimal");
    x.close("outcomes");
    boolean feedback = Items.sourceNote(q, options).isPresent();
    if (feedback) {
      x.open("respcondition", "continue", "Yes").leafRaw("conditionvar", "<other/>")
          .empty("displayfeedback", "feedbacktype", "Response", "linkrefid", "general_fb")
          .close("respcondition");
    }
    for (String[] c : conditions) {
      x.open("respcondition", "continue", "Add".equals(c[1]) ? "Yes" : "No");
      x.leafRaw("conditionvar", c[0]);
      x.leaf("setvar", c[2], "action", c[1], "varname", "SCORE");
      x.close("respcondition");
    }
    x.close("resprocessing");
    if (feedback) {
      x.open("itemfeedback", "ident", "general_fb").open("flow_mat");
      mattext(x, Items.htmlParagraph(q, Items.sourceNote(q, options).get()));
      x.close("flow_mat").close("itemfeedback");
    }
    x.close("item");
  }

  private static void field(Xml x, String label, String entry) {
    x.open("qtimetadatafield").leaf("fieldlabel", label).leaf("fieldentry", entry)
        .close("qtimetadatafield");
  }
}
