package org.factdrill.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.factdrill.bank.Question;

/**
 * One export format. An exporter writes every question it can express and reports the others as
 * {@link Skipped} with a reason; it never writes a question it cannot express correctly.
 */
public interface Exporter {

  /** The format name used on the command line ("gift", "moodle-xml", ...). */
  String name();

  /** The usual file extension, without the dot. */
  String extension();

  /** True for zip/xlsx formats that cannot go to a terminal. */
  boolean binary();

  /** Writes {@code questions} (already selected and ordered) to {@code out}. */
  ExportResult write(List<Question> questions, ExportOptions options, OutputStream out)
      throws IOException;
}
