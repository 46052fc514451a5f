package org.factdrill.stats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a report as JSON: the {@link StatsReport} tree field by field in declaration order,
 * dates as ISO-8601 strings, absent values as null. The layout is documented in docs/stats.md
 * and docs/stats.schema.json; {@code meta.schemaVersion} rises on incompatible changes.
 *
 * <p>Written with Jackson's streaming generator walking the records, not with databind: the
 * output is the same, and a one-shot command does not pay databind's start-up (about 0.3 s).
 */
public final class JsonReport {
  private JsonReport() {}

  /** Writes UTF-8 JSON with a final newline; {@code out} is flushed, not closed. */
  public static void write(StatsReport report, Writer out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    // "\n" line ends on every platform, so the bytes are the same everywhere.
    g.setPrettyPrinter(new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    value(g, report);
    g.close();
    out.write('\n');
    out.flush();
  }

  /** The JSON as a string (for tests and small outputs). */
  public static String toJson(StatsReport report) {
    StringWriter sw = new StringWriter();
    try {
      write(report, sw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sw.toString();
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof LocalDate d) {
      g.writeString(d.toString());
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        value(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof Record r) {
      g.writeStartObject();
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        Object x;
        try {
          x = c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + c, e);
        }
        if (c.isAnnotationPresent(StatsReport.OmitWhenEmpty.class)
            && (x == null || (x instanceof List<?> l && l.isEmpty()))) {
          continue;
        }
        g.writeFieldName(c.getName());
        value(g, x);
      }
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("no JSON form for " + v.getClass());
    }
  }
}
