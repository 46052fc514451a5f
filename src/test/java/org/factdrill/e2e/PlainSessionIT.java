package org.factdrill.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the packaged jar as a user would and studies three questions in --plain mode. */
class PlainSessionIT {
  @TempDir Path tmp;

  @Test
  void threeAnswersGiveReviewedThreeAndThreeRows() throws Exception {
    Path home = Path.of(System.getProperty("factdrill.home", "."));
    Path jar = Path.of(System.getProperty("factdrill.jar", "target/factdrill.jar"));
    Path bank = tmp.resolve("seeds.json");
    Files.copy(home.resolve("question-banks/seeds.json"), bank);
    Path db = tmp.resolve("progress.db");
    List<String> cmd = new java.util.ArrayList<>(List.of("java"));
    cmd.addAll(org.factdrill.testing.ShortJvms.LAUNCHER);
    cmd.addAll(List.of("-jar", jar.toString(), "study", "--plain",
        "--bank", bank.toString(), "--db", db.toString(), "--profile", "e2e"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try (OutputStream in = p.getOutputStream()) {
      // Answer, take the suggested grade, three times; then quit.
      in.write("1991\n\n23000\n\n1993\n\nq\n".getBytes(StandardCharsets.UTF_8));
    } catch (IOException ignored) {
      // The process may exit before reading everything; the assertions below tell.
    }
    // A ceiling, not a pause: the wait ends when the session exits. As generous as the other
    // end-to-end tests' (180 s), since a loaded machine can take tens of seconds to start a JVM:
    // at load 40 the session took over 60 s and the test failed with the behaviour intact.
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "factdrill did not finish");
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out);
    List<String> lines = out.strip().lines().toList();
    assertEquals("reviewed 3", lines.get(lines.size() - 1), out);
    assertEquals(3, out.lines().filter(l -> l.contains("saved, next in")).count(), out);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
         Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT count(*) FROM review_log")) {
      rs.next();
      assertEquals(3, rs.getInt(1));
    }
  }
}
