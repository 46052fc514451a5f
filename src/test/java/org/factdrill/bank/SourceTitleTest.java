package org.factdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sources carry their text's title; banks written before titles still load and name the file. */
class SourceTitleTest {
  @Test
  void titleIsWrittenReadAndUsedInsteadOfTheFileName() {
    Bank b = new Bank(Bank.SCHEMA_VERSION, new Bank.GeneratorInfo("factdrill", "t"),
        List.of(new Bank.SourceInfo("001_ab12.txt", null, "en", "The Fall of the Wall"),
            new Bank.SourceInfo("002_cd34.txt", null, "en")), List.of());
    String json = new BankJson().toJson(b);
    assertTrue(json.contains("\"title\" : \"The Fall of the Wall\""), json);
    assertFalse(json.contains("\"title\" : null"), json);
    List<BankProblem> problems = new ArrayList<>();
    Bank back = new BankJson().parse("b.json", json, problems);
    assertEquals(List.of(), problems);
    assertEquals("The Fall of the Wall", back.titleOf("001_ab12.txt"));
    assertEquals("002_cd34.txt", back.titleOf("002_cd34.txt"));
  }

  @Test
  void aBankWithoutTitlesLoads() {
    String old = "{\"schemaVersion\":1,\"generator\":{\"name\":\"factdrill\",\"version\":\"0\"},"
        + "\"sources\":[{\"file\":\"001_ab12.txt\",\"lang\":\"en\"}],\"questions\":[]}";
    List<BankProblem> problems = new ArrayList<>();
    Bank b = new BankJson().parse("old.json", old, problems);
    assertEquals(List.of(), problems);
    assertEquals("001_ab12.txt", b.titleOf("001_ab12.txt"));
  }
}
