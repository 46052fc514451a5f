package org.factdrill.extract;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
  public static ObjectNode of(Document doc, Fact f, int line) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("source", doc.source());
    o.put("lang", doc.lang().code());
    if (line > 0) {
      o.put("line", line);
    }
    o.put("start", f.start());
    o.put("end", f.end());
    o.put("text", f.text());
    o.put("kind", f.kind().json());
    o.set("value", f.value().toJson());
    if (f.unit() != null) {
      o.put("unit", f.unit());
    }
    if (f.approx()) {
      o.put("approx", true);
    }
    if (f.sentence() != null) {
      ObjectNode s = o.putObject("sentence");
      s.put("start", f.sentence().start());
      s.put("end", f.sentence().end());
    }
    o.put("class", doc.classAt(f.start()).json());
    return o;
  }
}
