package org.factdrill.export;

import java.util.List;
import java.util.Optional;
import org.factdrill.export.anki.AnkiTextExporter;
import org.factdrill.export.anki.ApkgExporter;
import org.factdrill.export.csv.CsvExporter;
import org.factdrill.export.csv.QuizletExporter;
import org.factdrill.export.gift.GiftExporter;
import org.factdrill.export.kahoot.KahootExporter;
import org.factdrill.export.moodle.MoodleXmlExporter;
import org.factdrill.export.print.HtmlExporter;
import org.factdrill.export.print.MarkdownExporter;
import org.factdrill.export.qti12.Qti12Exporter;
import org.factdrill.export.qti21.Qti21Exporter;

/** Every export format, by its command-line name. */
public final class Formats {
  private Formats() {}

  /** A new instance of every exporter, in the order help lists them. */
  public static List<Exporter> all() {
    return List.of(new GiftExporter(), new MoodleXmlExporter(), new Qti21Exporter(),
        new Qti12Exporter(), new ApkgExporter(), new AnkiTextExporter(), new QuizletExporter(),
        new CsvExporter(), new KahootExporter(), new HtmlExporter(), new MarkdownExporter());
  }

  public static List<String> names() {
    return all().stream().map(Exporter::name).toList();
  }

  public static Optional<Exporter> byName(String name) {
    return all().stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
