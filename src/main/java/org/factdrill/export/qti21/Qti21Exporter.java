package org.factdrill.export.qti21;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * An IMS QTI 2.1 content package: one assessmentItem file per question, an assessmentTest that
 * holds them all, and imsmanifest.xml. Choice and true/false use choiceInteraction, clozes
 * textEntryInteraction (float with a tolerance for numbers, case-insensitive string match for
 * text), timelines orderInteraction. The source is a modal feedback shown after answering.
 */
public final class Qti21Exporter implements Exporter {
  static final String NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
  static final String XSD = "http://www.imsglobal.org/xsd/imsqti_v2p1 "
      + "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  @Override
  public String name() {
    return "qti21";
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
    Map<String, String> items = new LinkedHashMap<>();
    Exporter.Rendered<String> done = Exporter.each(questions, q -> {
      String ident = Zip.ident(q.id());
      String path = "items/" + ident + ".xml";
      if (items.containsKey(path)) {
        throw new Unsupported("its id gives the same QTI identifier as another question");
      }
      items.put(path, item(q, ident, options));
      return path;
    });
    Zip zip = new Zip();
    zip.add("imsmanifest.xml", manifest(items, options));
    zip.add("test.xml", test(items, options));
    items.forEach(zip::add);
    zip.writeTo(out);
    return new ExportResult(items.size(), done.skipped());
  }

  /** Escaped text with line breaks as XHTML {@code <br/>}, for item bodies. */
  static String text(String s) {
    return Xml.escape(s.strip()).replaceAll("\\r\\n|\\r|\\n|&#13;\\n?", "<br/>");
  }

  /** A single-choice interaction (choice, true/false); returns the response condition. */
  private static String single(Xml x, List<String> labels, int correct, boolean shuffle,
      String prompt) throws Unsupported {
    if (correct < 0) {
      throw new Unsupported("the answer is not among the options");
    }
    x.open("responseDeclaration", "identifier", "RESPONSE", "cardinality", "single",
        "baseType", "identifier").open("correctResponse").leaf("value", "C" + (correct + 1))
        .close("correctResponse").close("responseDeclaration");
    outcomes(x);
    x.open("itemBody").open("choiceInteraction", "responseIdentifier", "RESPONSE",
        "shuffle", shuffle ? "true" : "false", "maxChoices", "1");
    x.leafRaw("prompt", text(prompt));
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).isBlank()) {
        throw new Unsupported("has an empty option");
      }
      x.leafRaw("simpleChoice", text(labels.get(i)), "identifier", "C" + (i + 1));
    }
    x.close("choiceInteraction").close("itemBody");
    return match();
  }

  static String item(Question q, String ident) throws Unsupported {
    return item(q, ident, new ExportOptions(null, null, 0));
  }

  /** One QTI 2.1 item, its feedback naming each source text by its title. */
  static String item(Question q, String ident, ExportOptions options) throws Unsupported {
    Xml x = new Xml();
    x.open("assessmentItem", "xmlns", NS, "xmlns:xsi", XSI, "xsi:schemaLocation", XSD,
        "identifier", ident, "title", Items.shortName(q), "adaptive", "false",
        "timeDependent", "false", "xml:lang", q.lang());
    Messages m = Items.messages(q);
    String condition = q.accept(new FormatVisitor<String>() {
      @Override
      public String choice(Question.Choice c) throws Unsupported {
        return single(x, c.options(), c.options().indexOf(c.answer().text()), true, c.prompt());
      }

      @Override
      public String trueFalse(Question.TrueFalse t) throws Unsupported {
        return single(x, List.of(m.trueWord(), m.falseWord()), t.truth() ? 0 : 1, false,
            m.trueOrFalse() + " " + t.prompt().strip());
      }

      @Override
      public String timeline(Question.Timeline t) throws Unsupported {
        List<String> events = Items.eventTexts(t);
        List<Integer> order = Items.chronology(t);
        if (order.size() != events.size()) {
          throw new Unsupported("timeline has no usable order (answer or event dates)");
        }
        x.open("responseDeclaration", "identifier", "RESPONSE", "cardinality", "ordered",
            "baseType", "identifier").open("correctResponse");
        for (int i : order) {
          x.leaf("value", "E" + (i + 1));
        }
        x.close("correctResponse").close("responseDeclaration");
        outcomes(x);
        x.open("itemBody").open("orderInteraction", "responseIdentifier", "RESPONSE",
            "shuffle", "true");
        x.leafRaw("prompt", text(t.prompt().strip() + "\n" + m.orderEvents()));
        for (int i = 0; i < events.size(); i++) {
          if (events.get(i).isBlank()) {
            throw new Unsupported("has an event without text");
          }
          x.leafRaw("simpleChoice", text(events.get(i)), "identifier", "E" + (i + 1));
        }
        x.close("orderInteraction").close("itemBody");
        return match();
      }

      @Override
      protected String typed(Question c) {
        Expected e = Items.expected(c);
        boolean numeric = e instanceof Expected.Numeric;
        x.open("responseDeclaration", "identifier", "RESPONSE", "cardinality", "single",
            "baseType", numeric ? "float" : "string").open("correctResponse")
            .leaf("value", numeric ? ((Expected.Numeric) e).plain()
                : ((Expected.Text) e).accepted().get(0))
            .close("correctResponse").close("responseDeclaration");
        outcomes(x);
        int length = Math.max(4, Math.min(40, e.shown().length() + 2));
        String entry = Xml.inline("textEntryInteraction", null, "responseIdentifier", "RESPONSE",
            "expectedLength", String.valueOf(length));
        x.open("itemBody");
        var parts = Items.splitAtBlank(c.prompt());
        if (parts.isPresent()) {
          String before = parts.get()[0];
          String after = parts.get()[1];
          x.leafRaw("p", text(before) + (before.endsWith(" ") ? " " : "") + entry
              + (after.startsWith(" ") ? " " : "") + text(after));
        } else {
          x.leafRaw("p", text(c.prompt()));
          x.leafRaw("p", entry);
        }
        x.close("itemBody");
        if (e instanceof Expected.Numeric n && !n.also().isEmpty()) {
          // QTI wants a positive tolerance, so an exact answer is compared exactly.
          StringBuilder or = new StringBuilder("<or><equal toleranceMode=\"" + (n.tolerance()
              .signum() == 0 ? "exact\"" : "absolute\" tolerance=\"" + n.plainTolerance() + " "
              + n.plainTolerance() + "\"") + "><variable identifier=\"RESPONSE\"/><correct "
              + "identifier=\"RESPONSE\"/></equal>");
          for (String other : n.plainAlso()) { // accepted alternatives
            or.append("<equal toleranceMode=\"exact\"><variable identifier=\"RESPONSE\"/>")
                .append("<baseValue baseType=\"float\">").append(other)
                .append("</baseValue></equal>");
          }
          return or.append("</or>").toString();
        } else if (e instanceof Expected.Numeric n) {
          return n.tolerance().signum() == 0
              ? "<equal toleranceMode=\"exact\"><variable identifier=\"RESPONSE\"/>"
                  + "<correct identifier=\"RESPONSE\"/></equal>"
              : "<equal toleranceMode=\"absolute\" tolerance=\"" + n.plainTolerance() + " "
                  + n.plainTolerance() + "\"><variable identifier=\"RESPONSE\"/>"
                  + "<correct identifier=\"RESPONSE\"/></equal>";
        } else {
          StringBuilder or = new StringBuilder("<or>");
          for (String a : ((Expected.Text) e).accepted()) {
            or.append("<stringMatch caseSensitive=\"false\"><variable identifier=\"RESPONSE\"/>")
                .append("<baseValue baseType=\"string\">").append(Xml.escape(Items.oneLine(a)))
                .append("</baseValue></stringMatch>");
          }
          return or.append("</or>").toString();
        }
      }
    });
    x.open("responseProcessing").open("responseCondition").open("responseIf");
    x.leafRaw("isNull", "<variable identifier=\"RESPONSE\"/>");
    x.leafRaw("setOutcomeValue", "<baseValue baseType=\"float\">0</baseValue>", "identifier",
        "SCORE");
    x.close("responseIf").open("responseElseIf");
    appendRaw(x, condition);
    x.leafRaw("setOutcomeValue", "<baseValue baseType=\"float\">1</baseValue>", "identifier",
        "SCORE");
    x.close("responseElseIf").open("responseElse");
    x.leafRaw("setOutcomeValue", "<baseValue baseType=\"float\">0</baseValue>", "identifier",
        "SCORE");
    x.close("responseElse").close("responseCondition");
    x.leafRaw("setOutcomeValue", "<baseValue baseType=\"identifier\">SOURCE</baseValue>",
        "identifier", "FEEDBACK");
    x.close("responseProcessing");
    String note = Items.sourceNote(q, options).orElse(m.source() + ": \u2014");
    x.leafRaw("modalFeedback", text(note), "outcomeIdentifier", "FEEDBACK", "identifier",
        "SOURCE", "showHide", "show", "title", m.source());
    x.close("assessmentItem");
    return x.toString();
  }

  private static void appendRaw(Xml x, String xml) {
    // A condition element is written as one line inside the current element.
    int open = xml.indexOf(' ') > 0 && xml.indexOf(' ') < xml.indexOf('>') ? xml.indexOf(' ')
        : xml.indexOf('>');
    String tag = xml.substring(1, open);
    String attrsAndBody = xml.substring(open, xml.length() - ("</" + tag + ">").length());
    int gt = attrsAndBody.indexOf('>');
    String attrs = attrsAndBody.substring(0, gt).strip();
    String body = attrsAndBody.substring(gt + 1);
    x.leafRawWithAttributes(tag, attrs, body);
  }

  private static void outcomes(Xml x) {
    x.open("outcomeDeclaration", "identifier", "SCORE", "cardinality", "single", "baseType",
        "float").open("defaultValue").leaf("value", "0").close("defaultValue")
        .close("outcomeDeclaration");
    x.open("outcomeDeclaration", "identifier", "MAXSCORE", "cardinality", "single", "baseType",
        "float").open("defaultValue").leaf("value", "1").close("defaultValue")
        .close("outcomeDeclaration");
    x.empty("outcomeDeclaration", "identifier", "FEEDBACK", "cardinality", "single", "baseType",
        "identifier");
  }

  private static String match() {
    return "<match><variable identifier=\"RESPONSE\"/><correct identifier=\"RESPONSE\"/></match>";
  }

  static String test(Map<String, String> items, ExportOptions options) {
    Xml x = new Xml();
    x.open("assessmentTest", "xmlns", NS, "xmlns:xsi", XSI, "xsi:schemaLocation", XSD,
        "identifier", "factdrill_test", "title", Items.oneLine(options.fullTitle()));
    x.open("outcomeDeclaration", "identifier", "SCORE", "cardinality", "single", "baseType",
        "float").open("defaultValue").leaf("value", "0").close("defaultValue")
        .close("outcomeDeclaration");
    x.open("testPart", "identifier", "factdrill_part", "navigationMode", "nonlinear",
        "submissionMode", "simultaneous");
    x.open("assessmentSection", "identifier", "factdrill_section", "title",
        Items.oneLine(options.fullTitle()), "visible", "true");
    for (String href : items.keySet()) {
      String ident = href.substring("items/".length(), href.length() - ".xml".length());
      x.empty("assessmentItemRef", "identifier", ident, "href", href);
    }
    x.close("assessmentSection").close("testPart");
    x.open("outcomeProcessing").open("setOutcomeValue", "identifier", "SCORE").open("sum")
        .empty("testVariables", "variableIdentifier", "SCORE").close("sum")
        .close("setOutcomeValue").close("outcomeProcessing");
    x.close("assessmentTest");
    return x.toString();
  }

  static String manifest(Map<String, String> items, ExportOptions options) {
    Xml x = new Xml();
    x.open("manifest", "xmlns", "http://www.imsglobal.org/xsd/imscp_v1p1", "identifier",
        "factdrill_manifest");
    x.open("metadata").leaf("schema", "QTIv2.1 Package").leaf("schemaversion", "1.0.0")
        .close("metadata");
    x.empty("organizations");
    x.open("resources");
    x.open("resource", "identifier", "res_test", "type", "imsqti_test_xmlv2p1", "href",
        "test.xml");
    x.empty("file", "href", "test.xml");
    for (String href : items.keySet()) {
      x.empty("dependency", "identifierref", "res_" + ident(href));
    }
    x.close("resource");
    for (String href : items.keySet()) {
      x.open("resource", "identifier", "res_" + ident(href), "type", "imsqti_item_xmlv2p1",
          "href", href);
      x.empty("file", "href", href);
      x.close("resource");
    }
    x.close("resources").close("manifest");
    return x.toString();
  }

  private static String ident(String href) {
    return href.substring("items/".length(), href.length() - ".xml".length());
  }
}
