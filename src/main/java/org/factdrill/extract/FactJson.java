package org.factdrill.extract;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
    o.writeStringField("class", doc.classAt(f.start()).json());
    o.writeEndObject();
  }

  /** The fact's jsonl line, without the line break. */
  public static String line(Document doc, Fact f, int line) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Value.Json.FACTORY.createGenerator(w)) {
      write(g, doc, f, line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
