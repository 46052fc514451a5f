package org.factdrill.bank;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each question of a bank file starts, and where each of its fields is, so semantic
 * problems can point at a line and column like syntax errors do.
 */
public final class BankLocations {
  /** A line and column (1-based). */
  public record Pos(int line, int column) {}

  private final List<Pos> starts = new ArrayList<>();
  private final List<Map<String, Pos>> fields = new ArrayList<>();

  private BankLocations() {}

  /** No locations known (for banks built in memory). */
  public static BankLocations none() {
    return new BankLocations();
  }

  /** Scans well-formed bank JSON; a scan that fails part-way keeps what it found. */
  public static BankLocations of(String json) {
    BankLocations out = new BankLocations();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        JsonStreamContext ctx = p.getParsingContext();
        if (t == JsonToken.START_OBJECT && isQuestionsArray(ctx.getParent())) {
          out.starts.add(pos(p.currentTokenLocation()));
          out.fields.add(new HashMap<>());
        } else if (t == JsonToken.FIELD_NAME && isQuestionsArray(ctx.getParent())
            && !out.fields.isEmpty()) {
          out.fields.get(out.fields.size() - 1).putIfAbsent(p.currentName(),
              pos(p.currentTokenLocation()));
        }
      }
    } catch (IOException e) {
      // Syntax errors are reported by the tree parser; keep the positions found so far.
    }
    return out;
  }

  private static boolean isQuestionsArray(JsonStreamContext c) {
    return c != null && c.inArray() && c.getParent() != null && c.getParent().inObject()
        && "questions".equals(c.getParent().getCurrentName()) && c.getParent().getParent() != null
        && c.getParent().getParent().inRoot();
  }

  private static Pos pos(JsonLocation l) {
    return new Pos(l.getLineNr(), l.getColumnNr());
  }

  /** Where question {@code index} (in file order) has {@code field}, else where it starts. */
  public Pos of(int index, String field) {
    if (index < 0 || index >= starts.size()) {
      return new Pos(0, 0);
    }
    Pos f = field == null ? null : fields.get(index).get(field);
    return f != null ? f : starts.get(index);
  }

  /** The locations of a subset of the questions, in the given order of original indices. */
  BankLocations subset(List<Integer> indices) {
    BankLocations out = new BankLocations();
    for (int i : indices) {
      if (i < starts.size()) {
        out.starts.add(starts.get(i));
        out.fields.add(fields.get(i));
      }
    }
    return out;
  }
}
