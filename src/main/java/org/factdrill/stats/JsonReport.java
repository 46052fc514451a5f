package org.factdrill.stats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * Writes a report as JSON: the {@link StatsReport} tree field by field, dates as ISO-8601
 * strings, absent values as null. The layout is documented in docs/stats.md and
 * docs/stats.schema.json; {@code meta.schemaVersion} rises on incompatible changes.
 */
public final class JsonReport {
  // Immutable once built (thread-safe); "\n" line ends on every platform for byte-stable output.
  private static final ObjectWriter WRITER = new ObjectMapper()
      .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance))
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .writer(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private JsonReport() {}

  /** Writes UTF-8 JSON with a final newline; {@code out} is left open. */
  public static void write(StatsReport report, Writer out) throws IOException {
    WRITER.writeValue(out, report);
    out.write('\n');
    out.flush();
  }

  /** The JSON as a string (for tests and small outputs). */
  public static String toJson(StatsReport report) {
    try {
      return WRITER.writeValueAsString(report) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("a report is always serializable", e);
    }
  }
}
