package org.factdrill.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.factdrill.srs.Card;
import org.factdrill.srs.CardState;
import org.factdrill.store.Database;
import org.factdrill.store.Profile;
import org.factdrill.store.ProgressQueries;
import org.factdrill.store.ReviewRecord;
import org.factdrill.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `stats` lists the leeches (text and JSON, valid against docs/stats.schema.json). */
class LeechStatsTest {
  @TempDir Path dir;

  private static StatsReport report(Path db) throws Exception {
    try (Database d = Database.openReadOnly(db)) {
      return new StatsCalculator(ProgressQueries.of(d), StatsFixture.CLOCK)
          .compute(new StatsScope("ana", null, 10));
    }
  }

  @Test
  void aSuspendedLeechIsListedWithItsFailuresAndNoLeechesMeansNoSection() throws Exception {
    Path db = dir.resolve("p.db");
    Instant t = StatsFixture.NOW.minus(Duration.ofDays(2));
    try (Store s = Store.open(db)) {
      Profile p = s.profile("ana", t);
      Card before = null;
      for (int i = 0; i < 3; i++) {
        Card after = new Card(CardState.RELEARNING, 0, 1.0, 8.0, t.plus(Duration.ofMinutes(10)),
            t);
        s.recordReview(new ReviewRecord(p.id(), "q1", "c1", 1, "1990", false, "wrong", 900, t,
            before == null ? null : before.state(), after, null, new ReviewRecord.CardMeta(
                "a.txt", "en", "date", "The war ended in 1994.")), 3);
        before = after;
        t = t.plus(Duration.ofMinutes(11));
      }
      s.recordReview(new ReviewRecord(p.id(), "q2", "c2", 3, "1991", true, "correct", 900, t,
          null, new Card(CardState.LEARNING, 0, 2.0, 5.0, t.plus(Duration.ofMinutes(10)), t),
          null, null), 3);
    }
    StatsReport r = report(db);
    assertEquals(1, r.leeches().size());
    StatsReport.Leech l = r.leeches().get(0);
    assertEquals("ana", l.profile());
    assertEquals("c1", l.cardId());
    assertEquals(3, l.failures());
    assertTrue(l.suspended());
    StringWriter text = new StringWriter();
    TextReport.write(r, new PrintWriter(text));
    assertTrue(text.toString().contains("Leeches (failed leech_threshold times"), text.toString());
    assertTrue(text.toString().contains("     3      0  suspended The war ended in 1994."),
        text.toString());
    ObjectMapper m = new ObjectMapper();
    JsonNode json = m.readTree(JsonReport.toJson(r));
    assertEquals(3, json.at("/leeches/0/failures").asInt());
    JsonNode schema = m.readTree(Files.readString(JsonSchemaTest.SCHEMA));
    assertEquals(List.of(), JsonSchemaTest.check(schema, schema, json, "$"));

    try (Store s = Store.open(db)) {
      s.unsuspend(1, "c1", java.time.Instant.parse("2026-03-20T12:00:00Z"));
    }
    assertFalse(report(db).leeches().get(0).suspended(), "unsuspended, still tagged");
    Path none = dir.resolve("none.db");
    try (Store s = Store.open(none)) {
      s.profile("ana", t);
    }
    StatsReport empty = report(none);
    StringWriter t2 = new StringWriter();
    TextReport.write(empty, new PrintWriter(t2));
    assertFalse(t2.toString().contains("Leeches"));
    assertFalse(JsonReport.toJson(empty).contains("\"leeches\""), "left out when empty");
  }
}
