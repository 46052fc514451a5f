package org.factdrill.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The golden reports conform to docs/stats.schema.json. The checker below covers the keywords
 * that schema uses (type, required, properties, additionalProperties, items, $ref, enum, const,
 * minimum, maximum, format date); the schema itself was also checked with Python jsonschema.
 */
class JsonSchemaTest {
  static final ObjectMapper M = new ObjectMapper();
  static final Path SCHEMA = Path.of("docs/stats.schema.json");

  @Test
  void goldenReportsConform() throws Exception {
    JsonNode schema = M.readTree(Files.readString(SCHEMA));
    for (String name : List.of("alice", "class", "empty")) {
      JsonNode doc = M.readTree(Files.readString(ReportGoldenTest.GOLDEN.resolve(name + ".json")));
      assertEquals(List.of(), check(schema, schema, doc, "$"), name);
    }
  }

  @Test
  void checkerCatchesAMissingFieldAWrongTypeAndAnUnknownField() throws Exception {
    JsonNode schema = M.readTree(Files.readString(SCHEMA));
    ObjectNode doc = (ObjectNode) M.readTree(Files.readString(ReportGoldenTest.GOLDEN.resolve("alice.json")));
    ((ObjectNode) doc.get("summary")).remove("reviews");
    ((ObjectNode) doc.get("meta")).put("today", "20.03.2026");
    doc.put("extra", 1);
    List<String> errors = check(schema, schema, doc, "$");
    assertEquals(3, errors.size(), errors.toString());
    assertFalse(check(schema, schema.at("/$defs/count"), M.readTree("-1"), "$").isEmpty());
  }

  static List<String> check(JsonNode root, JsonNode s, JsonNode v, String at) {
    List<String> errors = new ArrayList<>();
    if (s.has("$ref")) {
      return check(root, root.at(s.get("$ref").asText().substring(1)), v, at);
    }
    if (s.has("const") && !s.get("const").equals(v)) {
      errors.add(at + ": not " + s.get("const"));
    }
    if (s.has("enum")) {
      boolean ok = false;
      for (JsonNode e : s.get("enum")) {
        ok |= e.equals(v);
      }
      if (!ok) {
        errors.add(at + ": not one of " + s.get("enum"));
      }
    }
    if (s.has("type")) {
      List<String> types = new ArrayList<>();
      if (s.get("type").isArray()) {
        s.get("type").forEach(t -> types.add(t.asText()));
      } else {
        types.add(s.get("type").asText());
      }
      if (types.stream().noneMatch(t -> is(t, v))) {
        errors.add(at + ": not " + types);
        return errors;
      }
    }
    if (v.isNumber() && s.has("minimum") && v.asDouble() < s.get("minimum").asDouble()) {
      errors.add(at + ": below minimum");
    }
    if (v.isNumber() && s.has("maximum") && v.asDouble() > s.get("maximum").asDouble()) {
      errors.add(at + ": above maximum");
    }
    if (v.isTextual() && "date".equals(s.path("format").asText())) {
      try {
        LocalDate.parse(v.asText());
      } catch (DateTimeParseException e) {
        errors.add(at + ": not a date");
      }
    }
    if (v.isObject()) {
      for (JsonNode r : s.path("required")) {
        if (!v.has(r.asText())) {
          errors.add(at + ": missing " + r.asText());
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        JsonNode ps = s.path("properties").get(f.getKey());
        if (ps != null) {
          errors.addAll(check(root, ps, f.getValue(), at + "." + f.getKey()));
        } else if (s.path("additionalProperties").isBoolean()
            && !s.get("additionalProperties").asBoolean()) {
          errors.add(at + ": unknown field " + f.getKey());
        }
      }
    }
    if (v.isArray() && s.has("items")) {
      for (int i = 0; i < v.size(); i++) {
        errors.addAll(check(root, s.get("items"), v.get(i), at + "[" + i + "]"));
      }
    }
    return errors;
  }

  private static boolean is(String type, JsonNode v) {
    return switch (type) {
      case "object" -> v.isObject();
      case "array" -> v.isArray();
      case "string" -> v.isTextual();
      case "integer" -> v.isIntegralNumber();
      case "number" -> v.isNumber();
      case "boolean" -> v.isBoolean();
      case "null" -> v.isNull();
      default -> false;
    };
  }
}
