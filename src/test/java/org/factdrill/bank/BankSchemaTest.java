package org.factdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/bank.schema.json is valid JSON and describes every field the code writes. */
class BankSchemaTest {
  private static final Path HOME = Path.of(System.getProperty("factdrill.home", "."));

  private static JsonNode schema() throws Exception {
    return new ObjectMapper().readTree(Files.readString(HOME.resolve("docs/bank.schema.json")));
  }

  @Test
  void schemaIsDraft202012() throws Exception {
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema().get("$schema").asText());
  }

  @Test
  void schemaNamesEveryFieldOfTheBankRecords() throws Exception {
    JsonNode s = schema();
    JsonNode q = s.at("/$defs/question/properties");
    List<String> missing = new ArrayList<>();
    check(Bank.class, s.get("properties"), missing);
    check(Bank.GeneratorInfo.class, s.at("/properties/generator/properties"), missing);
    check(Bank.SourceInfo.class, s.at("/properties/sources/items/properties"), missing);
    check(Question.Header.class, q, missing);
    for (Class<?> type : Question.class.getPermittedSubclasses()) {
      for (RecordComponent c : type.getRecordComponents()) {
        if (!c.getName().equals("header") && !q.has(c.getName())) {
          missing.add(type.getSimpleName() + "." + c.getName());
        }
      }
    }
    check(Question.Answer.class, q.at("/answer/properties"), missing);
    check(Question.Period.class, q.at("/period/properties"), missing);
    check(Question.Event.class, q.at("/events/items/properties"), missing);
    check(Question.FactRef.class, q.at("/facts/items/properties"), missing);
    assertEquals(List.of(), missing);
    List<String> types = new ArrayList<>();
    q.at("/type/enum").forEach(t -> types.add(t.asText()));
    for (QuestionType t : QuestionType.values()) {
      assertTrue(types.contains(t.json()), t.json());
    }
  }

  private static void check(Class<?> record, JsonNode props, List<String> missing) {
    for (RecordComponent c : record.getRecordComponents()) {
      if (props == null || !props.has(c.getName())) {
        missing.add(record.getSimpleName() + "." + c.getName());
      }
    }
  }

  @Test
  void formatDocumentLinksTheSchema() throws Exception {
    String doc = Files.readString(HOME.resolve("docs/bank-format.md"));
    assertTrue(doc.contains("bank.schema.json"));
  }
}
