package org.factdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SQL resource files: named statements, comments dropped, every table's file present. */
class StatementsTest {
  @Test
  void namedStatementsRunToTheNextNameWithoutCommentsOrSemicolon() {
    Map<String, String> m = Statements.parse("-- a file comment\n-- name: one\n-- why\nSELECT 1\n"
        + "FROM t;\n\n-- name: two\nSELECT 2\n");
    assertEquals(Map.of("one", "SELECT 1\nFROM t", "two", "SELECT 2"), m);
  }

  @Test
  void everyTableHasItsStatementsInTheSqliteDialect() {
    for (String table : List.of("cards", "review_log", "profiles", "settings", "progress")) {
      Statements s = Statements.load(Dialect.SQLITE, table);
      assertFalse(s.get(table.equals("settings") ? "all" : table.equals("profiles") ? "names"
          : table.equals("cards") ? "one" : table.equals("review_log") ? "insert" : "span")
          .isBlank());
    }
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Statements.load(Dialect.SQLITE, "cards").get("nope"));
    assertTrue(e.getMessage().contains("cards.sql"), e.getMessage());
  }

  @Test
  void metricsBucketsFollowTheBounds() {
    assertEquals(-1, Metrics.bucket(null));
    assertEquals(0, Metrics.bucket(0L));
    assertEquals(1, Metrics.bucket(6L));
    assertEquals(2, Metrics.bucket(7L));
    assertEquals(5, Metrics.bucket(365L));
    assertFalse(Metrics.recalled(1));
    assertTrue(Metrics.recalled(2));
  }
}
