package org.factdrill.srs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The review log made by studying with the real program (a simulated learner driving
 * {@code study --plain} over 60 simulated days; see src/test/resources/srs/studied/README.md),
 * as {@code factdrill stats --format csv} exported it, read back as the optimizer gets it.
 */
final class StudiedLog {
  static final String RESOURCE = "/srs/studied/review-log.csv.gz";

  /** One exported row: the columns the optimizer and the oracle need. */
  record Row(String cardId, Instant at, int rating, String stateBefore) {}

  private StudiedLog() {}

  static List<Row> rows() {
    try (InputStream raw = StudiedLog.class.getResourceAsStream(RESOURCE);
         BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
             StandardCharsets.UTF_8))) {
      String[] header = in.readLine().split(",");
      Map<String, Integer> col = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        col.put(header[i].strip(), i);
      }
      List<Row> out = new ArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        List<String> f = fields(line);
        out.add(new Row(f.get(col.get("card_id")), Instant.parse(f.get(col.get("reviewed_at"))),
            Integer.parseInt(f.get(col.get("rating"))), f.get(col.get("state_before"))));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The log as {@code factdrill optimize} reads it: cards numbered in order of first answer. */
  static List<ReviewEvent> events() {
    Map<String, Long> ids = new HashMap<>();
    List<ReviewEvent> out = new ArrayList<>();
    for (Row r : rows()) {
      long id = ids.computeIfAbsent(r.cardId(), k -> (long) ids.size());
      out.add(new ReviewEvent(id, r.at(), Rating.of(r.rating())));
    }
    return out;
  }

  /** RFC 4180 fields of one line (the export quotes fields holding commas or quotes). */
  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
