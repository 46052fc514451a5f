package org.factdrill.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A text file that is one JSON value (a page as a site's API returns it: ids, timestamps, links,
 * and the page's HTML inside a string) is a data record, not prose: only its content is read, the
 * longest string value that is a page or a paragraph (HTML through {@link HtmlReader}, else as
 * plain text), with a string field named "title" (or a "title" object's string) as its title.
 * The record's own ids, dates, links and style values give no facts. A text that does not parse
 * as JSON, or holds no such string, is read as text.
 */
final class JsonRecords {
  /** Jackson's streaming reader: the record is walked token by token, no tree is built. */
  private static final JsonFactory JSON = new JsonFactory();
  /** Words a plain string needs to be read as the record's content. */
  private static final int MIN_WORDS = 12;
  private static final Pattern TAGS = Pattern.compile("(?i)<(?:p|div|h[1-6]|br|span|a|li|table)\\b[^>]*>");

  private JsonRecords() {}

  /** The record's content when {@code text} is a JSON object or array; empty otherwise. */
  static Optional<Parsed> read(Path path, String text, String encoding, List<String> notes)
      throws TextReadException {
    String t = text.strip();
    if (t.isEmpty() || t.charAt(0) != '{' && t.charAt(0) != '[') {
      return Optional.empty();
    }
    String[] best = {null};
    String[] title = {null};
    try (JsonParser p = JSON.createParser(t)) {
      if (!walk(p, best, title)) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty(); // not one JSON value: read as text
    }
    if (best[0] == null) {
      return Optional.empty();
    }
    List<String> n = new ArrayList<>(notes);
    n.add("read as a JSON data record: only its text content");
    if (TAGS.matcher(best[0]).find()) {
      Parsed html = new HtmlReader().read(path, best[0].getBytes(StandardCharsets.UTF_8),
          Optional.of("UTF-8"));
      n.addAll(html.notes());
      return Optional.of(new Parsed(html.text(), html.blocks(),
          title[0] != null ? title[0] : html.title(), encoding, n));
    }
    return Optional.of(new Parsed(best[0], List.of(), title[0], encoding, n));
  }

  /**
   * Walks the value {@code p} opens, keeping the longest content string in {@code best} and the
   * first title string in {@code title} ({"title": "…"} or {"title": {"rendered": "…"}}); false
   * when the text is not one object or array.
   */
  private static boolean walk(JsonParser p, String[] best, String[] title) throws IOException {
    JsonToken first = p.nextToken();
    if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
      return false;
    }
    int depth = 1;
    int titleDepth = -1; // the depth of a "title" object being read, or -1
    while (depth > 0) {
      JsonToken tok = p.nextToken();
      if (tok == null) {
        return false; // cut off before its end
      }
      switch (tok) {
        case START_OBJECT, START_ARRAY -> {
          if (titleDepth < 0 && "title".equals(p.currentName())) {
            titleDepth = depth;
          }
          depth++;
        }
        case END_OBJECT, END_ARRAY -> {
          depth--;
          if (depth == titleDepth) {
            titleDepth = -1;
          }
        }
        case VALUE_STRING -> {
          String v = p.getText();
          if ((titleDepth >= 0 || "title".equals(p.currentName())) && title[0] == null) {
            if (!v.isBlank() && v.length() < 300) {
              title[0] = v.strip();
            }
          } else if (content(v) && (best[0] == null || words(v) > words(best[0]))) {
            best[0] = v;
          }
        }
        default -> { }
      }
    }
    return p.nextToken() == null; // nothing after the value
  }

  private static boolean content(String v) {
    return TAGS.matcher(v).find() || words(v) >= MIN_WORDS;
  }

  private static int words(String v) {
    return v.isBlank() ? 0 : v.strip().split("\\s+").length;
  }
}
