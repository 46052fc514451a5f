package org.factdrill.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
  private static final ObjectMapper JSON = new ObjectMapper();
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
    JsonNode root;
    try {
      root = JSON.readTree(t);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    if (root == null || !root.isContainerNode()) {
      return Optional.empty();
    }
    String[] best = {null};
    String[] title = {null};
    walk(root, null, best, title);
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

  private static void walk(JsonNode node, String key, String[] best, String[] title) {
    if (node.isTextual()) {
      String v = node.textValue();
      if ("title".equals(key) && title[0] == null && !v.isBlank() && v.length() < 300) {
        title[0] = v.strip();
      } else if (content(v) && (best[0] == null || words(v) > words(best[0]))) {
        best[0] = v;
      }
      return;
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        // {"title": {"rendered": "…"}}: the string inside a title object is the title
        walk(e.getValue(), "title".equals(key) ? "title" : e.getKey(), best, title);
      }
    } else if (node.isArray()) {
      for (JsonNode c : node) {
        walk(c, key, best, title);
      }
    }
  }

  private static boolean content(String v) {
    return TAGS.matcher(v).find() || words(v) >= MIN_WORDS;
  }

  private static int words(String v) {
    return v.isBlank() ? 0 : v.strip().split("\\s+").length;
  }
}
