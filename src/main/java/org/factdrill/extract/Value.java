package org.factdrill.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * A fact's normalized value, in the JSON conventions of the extractor contract: dates as reduced
 * precision ISO-8601 strings, numbers as JSON numbers, ranges as [lo, hi], money as
 * {"amount", "currency"}.
 */
public sealed interface Value permits Value.Date, Value.Num, Value.NumRange, Value.Money {

  /** Writes the value's JSON form to a streaming generator (the jsonl contract's "value"). */
  void write(JsonGenerator g) throws IOException;

  /** The value's compact JSON text, e.g. {@code "1993-11"}, {@code 12.5} or {@code [1,2]}. */
  default String json() {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Json.FACTORY.createGenerator(w)) {
      write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

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
    public void write(JsonGenerator g) throws IOException {
      g.writeString(iso);
    }
  }

  /** A single number (counts, percentages, amounts). */
  record Num(BigDecimal value) implements Value {
    public static Num of(long v) {
      return new Num(BigDecimal.valueOf(v));
    }

    @Override
    public void write(JsonGenerator g) throws IOException {
      g.writeNumber(Values.canonical(value));
    }
  }

  /** A closed numeric range, low first. */
  record NumRange(BigDecimal lo, BigDecimal hi) implements Value {
    @Override
    public void write(JsonGenerator g) throws IOException {
      g.writeStartArray();
      g.writeNumber(Values.canonical(lo));
      g.writeNumber(Values.canonical(hi));
      g.writeEndArray();
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
    public void write(JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeFieldName("amount");
      amount.write(g);
      g.writeStringField("currency", currency);
      g.writeEndObject();
    }
  }

  /** The shared, immutable generator factory (jackson-core; no tree model needed here). */
  final class Json {
    static final JsonFactory FACTORY = new JsonFactory();

    private Json() {}
  }
}
