package org.factdrill.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * A fact's normalized value, in the JSON conventions of the extractor contract: dates as reduced
 * precision ISO-8601 strings, numbers as JSON numbers, ranges as [lo, hi], money as
 * {"amount", "currency"}.
 */
public sealed interface Value permits Value.Date, Value.Num, Value.NumRange, Value.Money {

  JsonNode toJson();

  /** A date such as "1993", "1993-11", "1991-12-26", "--11", "199" (decade) or "1992/1994". */
  record Date(String iso) implements Value {
    public boolean isRange() {
      return iso.contains("/");
    }

    /** The year when the date states one (the first year of a range), else -1. */
    public int year() {
      String first = iso.split("/")[0];
      if (first.startsWith("--") || first.length() < 4) {
        return -1;
      }
      try {
        return Integer.parseInt(first.substring(0, first.startsWith("-") ? 5 : 4));
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    @Override
    public JsonNode toJson() {
      return JsonNodeFactory.instance.textNode(iso);
    }
  }

  /** A single number (counts, percentages, amounts). */
  record Num(BigDecimal value) implements Value {
    public static Num of(long v) {
      return new Num(BigDecimal.valueOf(v));
    }

    @Override
    public JsonNode toJson() {
      return JsonNodeFactory.instance.numberNode(Values.canonical(value));
    }
  }

  /** A closed numeric range, low first. */
  record NumRange(BigDecimal lo, BigDecimal hi) implements Value {
    @Override
    public JsonNode toJson() {
      ArrayNode a = JsonNodeFactory.instance.arrayNode();
      a.add(Values.canonical(lo));
      a.add(Values.canonical(hi));
      return a;
    }
  }

  /** An amount (a number or a range) in an ISO 4217 currency, or "$"/"unknown" when unstated. */
  record Money(Value amount, String currency) implements Value {
    public Money {
      if (!(amount instanceof Num) && !(amount instanceof NumRange)) {
        throw new IllegalArgumentException("money amount must be a number or range");
      }
    }

    @Override
    public JsonNode toJson() {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.set("amount", amount.toJson());
      o.put("currency", currency);
      return o;
    }
  }
}
