package org.factdrill.extract;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.text.Document;

/** The jsonl contract of {@code factdrill extract}: one object per fact, keys in a fixed order. */
public final class FactJson {
  private FactJson() {}

  /**
   * The fact as written by {@code factdrill extract}: source, lang, [line], start, end, text,
   * kind, value, [unit], [approx], sentence, class (prose, heading, caption, byline, infobox,
   * links, reference or footnote: the line the fact stands in).
   *
   * @param line the 1-based line with {@code --lines}, or 0 to leave it out
   */
  public static void write(JsonGenerator o, Document doc, Fact f, int line) throws IOException {
    write(o, doc, f, line, null);
  }

  /**
   * The fact as above; for one of a period's two ends ({@code period} not null) two keys follow
   * "class": "part" ("from" for the earlier end, "to" for the later) and "period" (the period's
   * {start, end}). An end overlaps its period: it is the only fact that does.
   */
  public static void write(JsonGenerator o, Document doc, Fact f, int line, Fact period)
      throws IOException {
    o.writeStartObject();
    o.writeStringField("source", doc.source());
    o.writeStringField("lang", doc.lang().code());
    if (line > 0) {
      o.writeNumberField("line", line);
    }
    o.writeNumberField("start", f.start());
    o.writeNumberField("end", f.end());
    o.writeStringField("text", f.text());
    o.writeStringField("kind", f.kind().json());
    o.writeFieldName("value");
    f.value().write(o);
    if (f.unit() != null) {
      o.writeStringField("unit", f.unit());
    }
    if (f.approx()) {
      o.writeBooleanField("approx", true);
    }
    if (f.sentence() != null) {
      o.writeObjectFieldStart("sentence");
      o.writeNumberField("start", f.sentence().start());
      o.writeNumberField("end", f.sentence().end());
      o.writeEndObject();
    }
    if (f.calendar() != null) {
      o.writeStringField("calendar", f.calendar());
    }
    o.writeStringField("class", doc.classAt(f.start()).json());
    if (period != null) {
      String earliest = ((Value.Date) period.value()).iso().split("/")[0];
      o.writeStringField("part", f.value() instanceof Value.Date d && d.iso().equals(earliest)
          ? "from" : "to");
      o.writeObjectFieldStart("period");
      o.writeNumberField("start", period.start());
      o.writeNumberField("end", period.end());
      o.writeEndObject();
    }
    o.writeEndObject();
  }

  /** The jsonl lines of a fact and, for a period, of its two ends after it. */
  public static List<String> lines(Document doc, Fact f, int line) {
    List<String> out = new ArrayList<>(1 + f.ends().size());
    out.add(line(doc, f, line, null));
    for (Fact end : f.ends()) {
      out.add(line(doc, end, line, f));
    }
    return out;
  }

  /** The fact's jsonl line, without the line break. */
  public static String line(Document doc, Fact f, int line) {
    return line(doc, f, line, null);
  }

  private static String line(Document doc, Fact f, int line, Fact period) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Value.Json.FACTORY.createGenerator(w)) {
      write(g, doc, f, line, period);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
