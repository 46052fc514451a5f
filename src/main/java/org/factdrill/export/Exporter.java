package org.factdrill.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
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

  /** One question in a format, or {@link Unsupported} with the reason it cannot be written. */
  interface Render<T> {
    T apply(Question q) throws Unsupported;
  }

  /** What {@link #each} made: the items, the questions they came from, and the skipped ones. */
  record Rendered<T>(List<T> items, List<Question> kept, List<Skipped> skipped) {}

  /**
   * The loop every format shares: renders each question in order and collects the ones it cannot
   * express as {@link Skipped}, with their reason, instead of writing them.
   */
  static <T> Rendered<T> each(List<Question> questions, Render<T> render) {
    List<T> items = new ArrayList<>();
    List<Question> kept = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Question q : questions) {
      try {
        items.add(render.apply(q));
        kept.add(q);
      } catch (Unsupported e) {
        skipped.add(new Skipped(q.id(), e.getMessage()));
      }
    }
    return new Rendered<>(items, kept, skipped);
  }
}
