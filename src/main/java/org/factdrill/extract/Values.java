package org.factdrill.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Optional;

/** Helpers for {@link Value}: JSON parsing and canonical number forms. */
public final class Values {
  private Values() {}

  /** Strips trailing zeros so 23000.0 prints as 23000 and 0.50 as 0.5. */
  public static BigDecimal canonical(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** Reads a value written by {@link Value#toJson()} for a fact of the given kind. */
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
