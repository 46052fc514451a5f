package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.factdrill.srs.FsrsParameters;
import org.factdrill.srs.FsrsScheduler;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainSessionTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

  @TempDir
  Path dir;

  private List<String> run(String input, Store store, Profile p) throws Exception {
    return run(input, store, p, "en");
  }

  private List<String> run(String input, Store store, Profile p, String lang) throws Exception {
    MutableClock clock = new MutableClock(T0);
    StudySession s = new StudySession(TestBanks.facts(3), store, p,
        new FsrsScheduler(FsrsParameters.defaults()), SessionSettings.defaults(), clock,
        new AnswerChecker(), 1);
    StringWriter out = new StringWriter();
    new PlainSession(s, new BufferedReader(new StringReader(input)), new PrintWriter(out), clock,
        lang).run();
    return out.toString().lines().toList();
  }

  @Test
  void eachGradedAnswerIsConfirmedWithItsNextDueTimeAndTheLastLineCounts() throws Exception {
    try (Store store = Store.open(dir.resolve("p.db"))) {
      Profile p = store.profile("ana", T0);
      List<String> out = run("1\n\n2\n1\n", store, p);
      assertEquals("[1/3] When did event f0 end?", out.get(0));
      assertEquals("  1) 1900", out.get(1));
      assertTrue(out.get(4).startsWith("answer> correct. answer: 1900"), out.get(4));
      assertTrue(out.get(5).matches("grade \\[1 Again 1m, 2 Hard 5m, 3 Good 10m, 4 Easy \\d+d\\] "
          + "\\(Enter = 3\\)> saved, next in 10m"), out.get(5));
      assertTrue(out.get(10).contains("wrong. answer: 1901"), out.get(10));
      assertTrue(out.get(11).endsWith("(Enter = 3)> saved, next in <1m") || out.get(11)
          .endsWith("saved, next in 1m"), out.get(11));
      assertEquals("answer> ", out.get(out.size() - 2), "end of input closes the prompt line");
      assertEquals("reviewed 2", out.get(out.size() - 1));
      assertEquals(2, store.reviewCount(p.id()));
    }
  }

  @Test
  void uTakesBackTheLastAnswerAndAsksItAgain() throws Exception {
    try (Store store = Store.open(dir.resolve("p.db"))) {
      Profile p = store.profile("ana", T0);
      List<String> out = run("u\n1\n4\nu\n1\n3\nq\n", store, p);
      String all = String.join("\n", out);
      assertTrue(all.contains("nothing to undo"), all);
      assertTrue(all.contains("undone"), all);
      assertEquals(3, out.stream().filter(l -> l.startsWith("[1/3] When did event f0")).count(),
          all);
      assertEquals("reviewed 1", out.get(out.size() - 1));
      assertEquals(1, store.reviewCount(p.id()));
    }
  }

  /** The session's own words in each interface language: none of the English ones is left. */
  @Test
  void theSessionSpeaksTheInterfaceLanguage() throws Exception {
    for (String lang : List.of("vi", "he", "ru")) {
      try (Store store = Store.open(dir.resolve(lang + ".db"))) {
        Profile p = store.profile("ana", T0);
        List<String> out = run("u\n1\n\n2\nx\n1\nq\n", store, p, lang);
        // The bank's content (prompts of TestBanks) is English: only the session's words count.
        String words = String.join("\n", out).replaceAll("When did event f\\d end\\?", "");
        for (String w : List.of("reviewed", "answer", "grade", "saved", "next in", "undo",
            "correct", "wrong", "Again", "Hard", "Good", "Easy", "type 1")) {
          assertTrue(!words.contains(w), lang + ": '" + w + "' in\n" + words);
        }
        assertTrue(out.get(out.size() - 1).contains("2"), words); // reviewed 2, in its words
      }
    }
  }
}
