package org.factdrill.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Test helpers that read {@link Value}s back from JSON (main code only writes them). */
public final class ValueJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ValueJson() {}

  /** The value's JSON form as a tree, for assertions such as {@code node(v).asText()}. */
  public static JsonNode node(Value v) {
    try {
      return MAPPER.readTree(v.json());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a value written by {@link Value#json()} for a fact of the given kind. */
  public static Optional<Value> fromJson(FactKind kind, JsonNode node) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    switch (kind) {
      case DATE:
        return node.isTextual() ? Optional.of(new Value.Date(node.asText())) : Optional.empty();
      case MONEY:
        if (!node.isObject() || !node.has("amount")) {
          return Optional.empty();
        }
        return numeric(node.get("amount")).map(a -> new Value.Money(a,
            node.path("currency").asText("unknown")));
      default:
        return numeric(node);
    }
  }

  private static Optional<Value> numeric(JsonNode node) {
    if (node.isNumber()) {
      return Optional.of(new Value.Num(node.decimalValue()));
    }
    if (node.isArray() && node.size() == 2 && node.get(0).isNumber() && node.get(1).isNumber()) {
      return Optional.of(new Value.NumRange(node.get(0).decimalValue(), node.get(1).decimalValue()));
    }
    return Optional.empty();
  }
}
