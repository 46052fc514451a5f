package org.factdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The build's pre-parsed statements (PreparsedSql) say what each table's .sql file says. */
class PreparsedSqlMatchesItsSourceTest {
  private static final Path DIR = Path.of("src/main/resources/org/factdrill/store");

  @Test
  void everyTablesSqlFileIsPreparsedAsItParses() throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.walk(DIR)) {
      files = s.map(p -> DIR.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(".sql") && !n.replaceAll(".*/", "").matches("[A-Z]\\d+__.*"))
          .toList();
    }
    assertTrue(files.contains("cards.sql") && files.contains("postgresql/cards.sql"), files.toString());
    for (String f : files) {
      String[] kv = PreparsedSql.of(f);
      assertNotNull(kv, f);
      Map<String, String> pre = new HashMap<>();
      for (int i = 0; i < kv.length; i += 2) {
        pre.put(kv[i], kv[i + 1]);
      }
      assertEquals(Statements.parse(Statements.read(f, true)), pre, f);
    }
  }
}
