package org.factdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link BankJson}'s translation between a question and its JSON object, by hand so the typed
 * model keeps the file format of docs/bank-format.md exactly (field order, which fields appear,
 * the extractor's value conventions). Package-private: only {@link BankJson} calls it.
 */
final class BankJsonCodec {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private BankJsonCodec() {}

  /** A field of a question that cannot be read: where, and what is wrong. */
  static final class Bad extends Exception {
    private static final long serialVersionUID = 1L;
    final String field;

    Bad(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }

    static Bad wrongType(String field, String path) {
      return new Bad(field, "wrong type at " + path);
    }
  }

  // ---------------------------------------------------------------- reading

  static Question read(JsonNode q, QuestionType type) throws Bad {
    List<Question.FactRef> facts = facts(q.get("facts"));
    String kind = facts.isEmpty() ? null : facts.get(0).kind();
    Question.Header h = new Question.Header(str(q, "id"), str(q, "card"), str(q, "sibling"),
        str(q, "lang"), str(q, "context"), str(q, "prompt"), facts, bool(q, "disabled"),
        bool(q, "edited"));
    JsonNode an = q.get("answer");
    boolean ordered = type == QuestionType.TIMELINE || type == QuestionType.WHICHFIRST;
    Question.Answer answer = null;
    if (an != null && !an.isNull()) {
      if (!an.isObject()) {
        throw Bad.wrongType("answer", "answer");
      }
      answer = new Question.Answer(ordered ? order(an.get("value")) : value(kind, an.get("value")),
          str(an, "text", "answer", "answer.text"),
          an.has("also") ? strings(an.get("also"), "answer.also") : List.of());
    }
    switch (type) {
      case CLOZE:
        return new Question.Cloze(h, answer);
      case CHOICE:
        return new Question.Choice(h, answer, strings(q.get("options"), "options"));
      case TRUEFALSE: {
        JsonNode t = q.get("truth");
        if (t == null || t.isNull()) {
          throw new Bad(null, "truefalse question needs \"truth\"");
        }
        if (!t.isBoolean()) {
          throw Bad.wrongType("truth", "truth");
        }
        return new Question.TrueFalse(h, answer, t.booleanValue());
      }
      case TIMELINE:
        return new Question.Timeline(h, answer, events(q.get("events")));
      case WHICHFIRST:
        return new Question.WhichFirst(h, answer, events(q.get("events")));
      case YEARSBETWEEN:
        return new Question.YearsBetween(h, answer, events(q.get("events")));
      case DURATION: {
        JsonNode p = q.get("period");
        if (p == null || p.isNull()) {
          throw new Bad("period", "duration question needs \"period\" (text, start, end)");
        }
        if (!p.isObject()) {
          throw Bad.wrongType("period", "period");
        }
        return new Question.Duration(h, answer, new Question.Period(
            str(p, "text", "period", "period.text"), str(p, "start", "period", "period.start"),
            str(p, "end", "period", "period.end")));
      }
      default:
        throw new Bad("type", "unknown type " + type);
    }
  }

  private static String str(JsonNode o, String name) throws Bad {
    return str(o, name, name, name);
  }

  private static String str(JsonNode o, String name, String field, String path) throws Bad {
    JsonNode n = o.get(name);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isValueNode()) {
      throw Bad.wrongType(field, path);
    }
    return n.asText();
  }

  private static boolean bool(JsonNode o, String name) throws Bad {
    JsonNode n = o.get(name);
    if (n == null || n.isNull()) {
      return false;
    }
    if (!n.isBoolean()) {
      throw Bad.wrongType(name, name);
    }
    return n.booleanValue();
  }

  private static List<String> strings(JsonNode a, String field) throws Bad {
    if (a == null || a.isNull()) {
      return null;
    }
    if (!a.isArray()) {
      throw Bad.wrongType(field, field);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).isValueNode() || a.get(i).isNull()) {
        throw Bad.wrongType(field, field + "[" + i + "]");
      }
      out.add(a.get(i).asText());
    }
    return out;
  }

  private static List<Question.Event> events(JsonNode a) throws Bad {
    if (a == null || a.isNull()) {
      return List.of();
    }
    if (!a.isArray()) {
      throw Bad.wrongType("events", "events");
    }
    List<Question.Event> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      JsonNode e = a.get(i);
      if (!e.isObject()) {
        throw Bad.wrongType("events", "events[" + i + "]");
      }
      out.add(new Question.Event(str(e, "text", "events", "events[" + i + "].text"),
          str(e, "date", "events", "events[" + i + "].date")));
    }
    return out;
  }

  private static List<Question.FactRef> facts(JsonNode a) throws Bad {
    if (a == null || a.isNull()) {
      return List.of();
    }
    if (!a.isArray()) {
      throw Bad.wrongType("facts", "facts");
    }
    List<Question.FactRef> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      JsonNode f = a.get(i);
      String at = "facts[" + i + "].";
      if (!f.isObject()) {
        throw Bad.wrongType("facts", "facts[" + i + "]");
      }
      String kind = str(f, "kind", "facts", at + "kind");
      JsonNode v = f.get("value");
      JsonNode approx = f.get("approx");
      if (approx != null && !approx.isNull() && !approx.isBoolean()) {
        throw Bad.wrongType("facts", at + "approx");
      }
      Integer sentenceStart = f.hasNonNull("sentenceStart") ? integer(f, "sentenceStart", at)
          : null;
      out.add(new Question.FactRef(str(f, "source", "facts", at + "source"),
          integer(f, "start", at), integer(f, "end", at), str(f, "text", "facts", at + "text"),
          kind, v == null || v.isNull() ? null : value(kind, v), str(f, "unit", "facts",
          at + "unit"), approx == null || approx.isNull() ? null : approx.booleanValue(),
          str(f, "sentence", "facts", at + "sentence"), sentenceStart,
          resolved(f.get("resolved"), kind, at + "resolved")));
    }
    return out;
  }

  /** A relative time made absolute: {"value", "from", "times": [{"text", "year", "from"}]}. */
  private static Question.Resolved resolved(JsonNode r, String kind, String at) throws Bad {
    if (r == null || r.isNull()) {
      return null;
    }
    if (!r.isObject()) {
      throw Bad.wrongType("facts", at);
    }
    JsonNode v = r.get("value");
    JsonNode ts = r.get("times");
    List<Question.Time> times = null;
    if (ts != null && !ts.isNull()) {
      if (!ts.isArray()) {
        throw Bad.wrongType("facts", at + ".times");
      }
      times = new ArrayList<>();
      for (int i = 0; i < ts.size(); i++) {
        JsonNode t = ts.get(i);
        String tat = at + ".times[" + i + "]";
        if (!t.isObject()) {
          throw Bad.wrongType("facts", tat);
        }
        times.add(new Question.Time(str(t, "text", "facts", tat + ".text"),
            integer(t, "year", tat + "."), str(t, "from", "facts", tat + ".from")));
      }
    }
    return new Question.Resolved(v == null || v.isNull() ? null : value(kind, v),
        str(r, "from", "facts", at + ".from"), times);
  }

  private static int integer(JsonNode o, String name, String at) throws Bad {
    JsonNode n = o.get(name);
    if (n == null || n.isNull()) {
      return 0;
    }
    if (n.canConvertToInt() && n.isIntegralNumber()) {
      return n.intValue();
    }
    if (n.isTextual() && n.asText().matches("-?\\d{1,9}")) {
      return Integer.parseInt(n.asText());
    }
    throw Bad.wrongType("facts", at + name);
  }

  /** A timeline's or which-first's order; anything else is kept as text for the validator. */
  static AnswerValue order(JsonNode v) {
    if (v != null && v.isArray()) {
      List<Integer> out = new ArrayList<>();
      for (JsonNode e : v) {
        if (!e.isInt()) {
          return text(v);
        }
        out.add(e.intValue());
      }
      return new AnswerValue.Order(out);
    }
    return text(v);
  }

  /**
   * A value by the fact's kind when the shape fits it, else by its shape alone (hand-written
   * questions have no facts): a number, a [lo, hi] range, an ISO date string, money.
   */
  static AnswerValue value(String kind, JsonNode v) {
    if (v == null || v.isNull()) {
      return text(v);
    }
    if ("percent".equals(kind) && v.isNumber()) {
      return new AnswerValue.Percent(v.decimalValue());
    }
    if (v.isTextual() && ("date".equals(kind)
        || (!"number".equals(kind) && AnswerValue.Date.looksIso(v.asText())))) {
      return new AnswerValue.Date(v.asText());
    }
    AnswerValue num = numeric(v);
    if (num != null) {
      return num;
    }
    if (v.isObject() && v.has("amount") && !"date".equals(kind)) {
      AnswerValue amount = numeric(v.get("amount"));
      JsonNode cur = v.get("currency");
      boolean onlyKnownKeys = v.size() == (cur == null ? 1 : 2);
      if (amount != null && onlyKnownKeys && (cur == null || cur.isTextual())) {
        return new AnswerValue.Money(amount, cur == null ? null : cur.asText());
      }
    }
    return text(v);
  }

  private static AnswerValue numeric(JsonNode v) {
    if (v.isNumber()) {
      return new AnswerValue.Number(v.decimalValue());
    }
    if (v.isArray() && v.size() == 2 && v.get(0).isNumber() && v.get(1).isNumber()) {
      return new AnswerValue.Range(v.get(0).decimalValue(), v.get(1).decimalValue());
    }
    return null;
  }

  private static AnswerValue text(JsonNode v) {
    if (v == null || v.isNull()) {
      return AnswerValue.Text.NULL;
    }
    return new AnswerValue.Text(v.toString(), v.isTextual() ? v.asText() : null);
  }

  // ---------------------------------------------------------------- writing

  static ObjectNode write(Question q, JsonReader raw) {
    Question.Header h = q.header();
    ObjectNode o = F.objectNode();
    putStr(o, "id", h.id());
    putStr(o, "card", h.card());
    putStr(o, "sibling", h.sibling());
    o.put("type", q.type().json());
    putStr(o, "lang", h.lang());
    putStr(o, "context", h.context());
    putStr(o, "prompt", h.prompt());
    if (q.answer() != null) {
      ObjectNode a = o.putObject("answer");
      a.set("value", value(q.answer().value(), raw));
      a.put("text", q.answer().text());
      if (!q.answer().also().isEmpty()) {
        q.answer().also().forEach(a.putArray("also")::add);
      }
    }
    q.accept(new Question.Visitor<Void, RuntimeException>() {
      @Override
      public Void cloze(Question.Cloze c) {
        return null;
      }

      @Override
      public Void choice(Question.Choice c) {
        ArrayNode a = o.putArray("options");
        c.options().forEach(a::add);
        return null;
      }

      @Override
      public Void trueFalse(Question.TrueFalse t) {
        o.put("truth", t.truth());
        return null;
      }

      @Override
      public Void timeline(Question.Timeline t) {
        events(o, t.events());
        return null;
      }

      @Override
      public Void whichFirst(Question.WhichFirst w) {
        events(o, w.events());
        return null;
      }

      @Override
      public Void yearsBetween(Question.YearsBetween y) {
        events(o, y.events());
        return null;
      }

      @Override
      public Void duration(Question.Duration d) {
        if (d.period() != null) {
          ObjectNode p = o.putObject("period");
          p.put("text", d.period().text());
          p.put("start", d.period().start());
          p.put("end", d.period().end());
        }
        return null;
      }
    });
    ArrayNode facts = o.putArray("facts");
    for (Question.FactRef f : h.facts()) {
      ObjectNode n = facts.addObject();
      putStr(n, "source", f.source());
      n.put("start", f.start());
      n.put("end", f.end());
      putStr(n, "text", f.text());
      putStr(n, "kind", f.kind());
      if (f.value() != null) {
        n.set("value", value(f.value(), raw));
      }
      putStr(n, "unit", f.unit());
      if (f.approx() != null) {
        n.put("approx", f.approx());
      }
      putStr(n, "sentence", f.sentence());
      if (f.sentenceStart() != null) {
        n.put("sentenceStart", f.sentenceStart());
      }
      if (f.resolved() != null) {
        ObjectNode r = n.putObject("resolved");
        if (f.resolved().value() != null) {
          r.set("value", value(f.resolved().value(), raw));
        }
        putStr(r, "from", f.resolved().from());
        if (f.resolved().times() != null) {
          ArrayNode ts = r.putArray("times");
          for (Question.Time t : f.resolved().times()) {
            ObjectNode tn = ts.addObject();
            tn.put("text", t.text());
            tn.put("year", t.year());
            tn.put("from", t.from());
          }
        }
      }
    }
    if (h.disabled()) {
      o.put("disabled", true);
    }
    if (h.edited()) {
      o.put("edited", true);
    }
    return o;
  }

  private static void events(ObjectNode o, List<Question.Event> events) {
    ArrayNode a = o.putArray("events");
    for (Question.Event e : events) {
      ObjectNode n = a.addObject();
      n.put("text", e.text());
      n.put("date", e.date());
    }
  }

  private static void putStr(ObjectNode o, String name, String v) {
    if (v != null) {
      o.put(name, v);
    }
  }

  /** Parses the JSON text a {@link AnswerValue.Text} keeps. */
  interface JsonReader {
    JsonNode read(String json);
  }

  static JsonNode value(AnswerValue v, JsonReader raw) {
    if (v == null) {
      return F.nullNode();
    }
    return v.accept(new AnswerValue.Visitor<JsonNode>() {
      @Override
      public JsonNode date(AnswerValue.Date d) {
        return F.textNode(d.iso());
      }

      @Override
      public JsonNode number(AnswerValue.Number n) {
        return BankJsonCodec.number(n.value());
      }

      @Override
      public JsonNode range(AnswerValue.Range r) {
        return F.arrayNode().add(BankJsonCodec.number(r.lo())).add(BankJsonCodec.number(r.hi()));
      }

      @Override
      public JsonNode money(AnswerValue.Money m) {
        ObjectNode o = F.objectNode();
        o.set("amount", value(m.amount(), raw));
        if (m.currency() != null) {
          o.put("currency", m.currency());
        }
        return o;
      }

      @Override
      public JsonNode percent(AnswerValue.Percent p) {
        return BankJsonCodec.number(p.value());
      }

      @Override
      public JsonNode order(AnswerValue.Order o) {
        ArrayNode a = F.arrayNode();
        o.indices().forEach(a::add);
        return a;
      }

      @Override
      public JsonNode text(AnswerValue.Text t) {
        return raw.read(t.json());
      }
    });
  }

  /** Whole numbers as JSON integers (23000, never 2.3E+4), others as written. */
  private static JsonNode number(BigDecimal d) {
    if (d.scale() <= 0) {
      try {
        return F.numberNode(d.longValueExact());
      } catch (ArithmeticException e) {
        return F.numberNode(d.toBigIntegerExact());
      }
    }
    return F.numberNode(d);
  }
}
