package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two --plain sessions of two profiles answering at the same time on one database (created by
 * whichever starts first): no error shown, no answer lost.
 */
class ConcurrentProfilesIT {
  @TempDir
  Path dir;

  private static int alternations(Path db) throws Exception {
    int n = 0;
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
         var st = c.createStatement();
         var rs = st.executeQuery("SELECT profile_id FROM review_log ORDER BY id")) {
      long prev = -1;
      while (rs.next()) {
        if (prev != -1 && rs.getLong(1) != prev) {
          n++;
        }
        prev = rs.getLong(1);
      }
    }
    return n;
  }

  @Test
  void twoProfilesAnsweringAtOnceLoseNothing() throws Exception {
    PlainJar.jar();
    Bank bank = TestBanks.facts(100);
    Path bankFile = dir.resolve("bank.json");
    new BankJson().write(bank, bankFile);
    for (int round = 0; round < 3; round++) {
      Path db = dir.resolve("shared-" + round + ".db"); // does not exist yet: both race to create it
      List<String> input = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        input.add("1");
        input.add(i % 3 == 0 ? "1" : "3");
      }
      // 60 answers each: 20 new cards (the default daily limit) and their learning steps.
      PlainJar ana = PlainJar.start(bankFile, db, "ana");
      PlainJar ben = PlainJar.start(bankFile, db, "ben");
      ana.send(input, true);
      ben.send(input, true);
      ana.waitFor(120);
      ben.waitFor(120);
      for (PlainJar p : List.of(ana, ben)) {
        assertEquals("", p.stderr(), "round " + round);
        assertEquals(0, p.process.exitValue(), "round " + round);
        List<String> out = p.lines();
        assertEquals("reviewed 60", out.get(out.size() - 1), "round " + round);
      }
      assertEquals(ana.confirmed(bank), PlainJar.loggedQuestions(db, "ana"));
      assertEquals(ben.confirmed(bank), PlainJar.loggedQuestions(db, "ben"));
      assertEquals(60, ana.confirmed(bank).size());
      assertEquals("ok", PlainJar.integrity(db));
      assertEquals(0, PlainJar.inconsistentCards(db));
      assertTrue(ana.lines().stream().noneMatch(l -> l.contains("error")));
      System.out.printf("round %d: the two sessions' answers alternate %d times in review_log%n",
          round, alternations(db));
    }
  }
}
