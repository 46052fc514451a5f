package org.factdrill.export.anki;

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
import org.factdrill.export.Exporter;
import org.factdrill.export.Items;
import org.factdrill.export.Skipped;
import org.factdrill.export.Unsupported;

/**
 * Anki's "Import File" text format: {@code #separator}, {@code #html} and column headers, then
 * one note per line (guid, note type, deck, two fields, tags), tab-separated with quoting for
 * fields that need it. Uses Anki's stock "Cloze" and "Basic" note types (fields Text/Back Extra
 * and Front/Back), so it imports into any profile; the back holds the answer and the source.
 */
public final class AnkiTextExporter implements Exporter {

  @Override
  public String name() {
    return "anki-txt";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public boolean binary() {
    return false;
  }

  @Override
  public ExportResult write(List<Question> questions, ExportOptions options, OutputStream out)
      throws IOException {
    List<Skipped> skipped = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    String deck = deckName(options);
    Exporter.Rendered<AnkiNote> done = Exporter.each(questions, q -> AnkiNote.of(q, options));
    for (AnkiNote n : done.items()) {
      String back = n.source().isEmpty() ? n.back() : n.back() + "<br><small>" + n.source()
          + "</small>";
      rows.add(new String[] {n.guid(), n.kind().builtInName(), deck, n.front(), back,
          String.join(" ", n.tags())});
    }
    skipped.addAll(done.skipped());
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n"
        + "#tags column:6\n");
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator('\t').withLineSeparator("\n");
    try (SequenceWriter seq = new CsvMapper().writer(schema).writeValues(w)) {
      for (String[] r : rows) {
        seq.write(r);
      }
    }
    return new ExportResult(rows.size(), skipped, AnkiNote.alternativesLeftOut(questions,
        options));
  }

  /** One deck per bank: the title, "::" kept as Anki's sub-deck separator. */
  static String deckName(ExportOptions options) {
    return Items.oneLine(options.fullTitle());
  }
}
