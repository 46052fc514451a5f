package org.factdrill.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factdrill.srs.ReviewEvent;
import org.factdrill.srs.SyntheticLearner;
import org.factdrill.store.Store;
import org.factdrill.store.TestAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during {@code factdrill optimize}: the packaged jar, fitting a 100,000-review log with
 * {@code --yes} (so it would save if let run), gets SIGINT once its progress bar is up. It must
 * save nothing (the database file byte for byte as before, no fitted parameters), exit non-zero
 * and say so in one line, without a stack trace. Skipped where {@code kill} is missing.
 */
class OptimizeInterruptIT {
  @TempDir Path tmp;

  @Test
  void sigintDuringTheFitSavesNothingAndSaysSoInOneLine() throws Exception {
    assumeTrue(run(List.of("kill", "-l")) == 0, "no kill command");
    Path jar = Path.of(System.getProperty("factdrill.jar", "target/factdrill.jar"));
    assumeTrue(Files.isRegularFile(jar), "packaged jar not found at " + jar);
    Path db = tmp.resolve("progress.db");
    int reviews = 100_000;
    fill(db, reviews);
    byte[] before = sha256(db);

    List<String> cmd = new ArrayList<>();
    // A JVM started from a background job may inherit SIGINT ignored, and then never sees it;
    // GNU env can put the default disposition back before java starts.
    if (run(List.of("env", "--default-signal=INT", "true")) == 0) {
      cmd.addAll(List.of("env", "--default-signal=INT"));
    }
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(org.factdrill.testing.ShortJvms.LAUNCHER);
    cmd.addAll(List.of("-Dfile.encoding=UTF-8", "-jar", jar.toString(), "optimize", "--db",
        db.toString(), "--profile", "ana", "--yes"));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().remove("FACTDRILL_DB");
    Process p = pb.start();
    StringBuilder err = new StringBuilder();
    Thread errReader = pump(p.getErrorStream(), err);
    StringBuilder out = new StringBuilder();
    Thread outReader = pump(p.getInputStream(), out);

    // Interrupt once the fit has started (its progress bar is on stderr).
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!text(err).contains("fitting [")) {
      assertTrue(p.isAlive(), "optimize ended before fitting: " + text(out) + text(err));
      assertTrue(System.nanoTime() < end, "no progress bar within 120 s: " + text(err));
      Thread.sleep(5);
    }
    assertEquals(0, run(List.of("kill", "-INT", Long.toString(p.pid()))));
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "optimize did not stop after SIGINT");
    errReader.join(5000);
    outReader.join(5000);

    String stderr = text(err);
    String stdout = text(out);
    assertTrue(p.exitValue() != 0, "exit code " + p.exitValue());
    assertEquals(130, p.exitValue(), stderr);
    // The progress bar redraws with \r; what is left on the screen are the lines after it.
    List<String> lines = Arrays.stream(stderr.split("[\r\n]+")).map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("fitting [") && !l.startsWith("simulating ["))
        .toList();
    assertEquals(List.of("factdrill: optimize interrupted; nothing saved"), lines, stderr);
    assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), stderr);
    assertFalse(stdout.contains("Saved"), stdout);

    assertArrayEquals(before, sha256(db), "the database file changed");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
         Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM fsrs_parameters")) {
        rs.next();
        assertEquals(0, rs.getInt(1), "fitted parameters were saved");
      }
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM review_log")) {
        rs.next();
        assertEquals(reviews, rs.getInt(1));
      }
    }
  }

  /** A database whose profile "ana" answered {@code reviews} times as a simulated learner. */
  private static void fill(Path db, int reviews) throws Exception {
    List<ReviewEvent> log = SyntheticLearner.log(SyntheticLearner.TRUE_WEIGHTS, reviews, 3);
    org.factdrill.store.TestAccess.reviewLog(db, "ana", log);
  }

  private static byte[] sha256(Path file) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
  }

  private static Thread pump(InputStream in, StringBuilder into) {
    Thread t = new Thread(() -> {
      byte[] buf = new byte[4096];
      try {
        int n;
        while ((n = in.read(buf)) > 0) {
          synchronized (into) {
            into.append(new String(buf, 0, n, StandardCharsets.UTF_8));
          }
        }
      } catch (IOException e) {
        // the process ended
      }
    });
    t.start();
    return t;
  }

  private static String text(StringBuilder b) {
    synchronized (b) {
      return b.toString();
    }
  }

  private static int run(List<String> cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(20, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (IOException | InterruptedException e) {
      return -1;
    }
  }
}
