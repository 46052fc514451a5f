package org.factdrill.export.csv;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
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
import org.factdrill.export.Papers;
import org.factdrill.export.Skipped;
import org.factdrill.export.Unsupported;

/**
 * Generic CSV for spreadsheets and LMS importers: a header row, one question per row, RFC 4180
 * quoting (by Jackson's CSV writer) and CRLF line ends. Options and events are one cell each,
 * one per line; "correct" holds the 1-based option number or the event numbers in order.
 */
public final class CsvExporter implements Exporter {
  static final String[] HEADER = {"id", "type", "lang", "question", "answer", "accepted",
      "options", "correct", "tolerance", "source", "sentence"};

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public boolean binary() {
    return false;
  }

  @Override
  public ExportResult write(List<Question> questions, ExportOptions options, OutputStream out)
      throws IOException {
    List<String[]> rows = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    Exporter.Rendered<String[]> done = Exporter.each(questions, CsvExporter::row);
    rows.addAll(done.items());
    skipped.addAll(done.skipped());
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (SequenceWriter seq = mapper.writer(schema).writeValues(w)) {
      seq.write(HEADER);
      for (String[] r : rows) {
        seq.write(r);
      }
    }
    return new ExportResult(rows.size(), skipped);
  }

  private static String[] row(Question q) throws Unsupported {
    // answer, accepted, options, correct, tolerance
    String[] cols = q.accept(new FormatVisitor<String[]>() {
      @Override
      public String[] choice(Question.Choice c) {
        return new String[] {c.answer().text(), "", String.join("\n", c.options()),
            String.valueOf(c.options().indexOf(c.answer().text()) + 1), ""};
      }

      @Override
      public String[] trueFalse(Question.TrueFalse t) {
        return new String[] {String.valueOf(t.truth()), "", "", "", ""};
      }

      @Override
      public String[] timeline(Question.Timeline t) throws Unsupported {
        List<String> nums = new ArrayList<>();
        for (int i : Items.chronology(t)) {
          nums.add(String.valueOf(i + 1));
        }
        return new String[] {String.join("\n", Papers.eventsInOrder(t)), "",
            String.join("\n", Items.eventTexts(t)), String.join(",", nums), ""};
      }

      @Override
      protected String[] typed(Question c) {
        Expected e = Items.expected(c);
        if (e instanceof Expected.Numeric n) {
          List<String> accepted = new java.util.ArrayList<>(List.of(n.plain()));
          accepted.addAll(n.plainAlso());
          return new String[] {e.shown(), String.join("\n", accepted), "", "",
              n.plainTolerance()};
        }
        return new String[] {e.shown(), String.join("\n", ((Expected.Text) e).accepted()), "",
            "", ""};
      }
    });
    String sentence = q.facts().stream().map(Question.FactRef::sentence)
        .filter(s -> s != null).distinct().reduce((a, b) -> a + "\n" + b).orElse("");
    return new String[] {q.id(), q.type().json(), q.lang() == null ? "" : q.lang(), q.prompt(),
        cols[0], cols[1], cols[2], cols[3], cols[4], Items.sourceFile(q), sentence};
  }
}
