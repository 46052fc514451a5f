package org.factdrill.study;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.junit.jupiter.api.Assumptions;

/**
 * The packaged jar run as {@code study --plain} in its own process, for the reliability tests:
 * feeds answers, collects stdout as it comes, and tells which answers were confirmed.
 */
final class PlainJar {
  final Process process;
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  private final StringBuilder partial = new StringBuilder();
  private final Thread reader;
  private final Thread errReader;
  private final StringBuilder err = new StringBuilder();

  private PlainJar(Process p) {
    this.process = p;
    this.reader = new Thread(() -> pump(new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)), lines, null));
    this.errReader = new Thread(() -> pump(new BufferedReader(
        new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8)), null, err));
    reader.start();
    errReader.start();
  }

  private void pump(BufferedReader r, List<String> into, StringBuilder text) {
    try {
      String l;
      while ((l = r.readLine()) != null) {
        if (into != null) {
          into.add(l);
        } else {
          synchronized (text) {
            text.append(l).append('\n');
          }
        }
      }
    } catch (IOException e) {
      // the process was killed: what was read so far is what counts
    }
  }

  static Path jar() {
    String j = System.getProperty("factdrill.jar", "target/factdrill.jar");
    Path p = Path.of(j);
    Assumptions.assumeTrue(Files.isRegularFile(p), "packaged jar not found at " + p
        + "; run with mvn verify");
    return p;
  }

  static PlainJar start(Path bank, Path db, String profile) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xshare:auto"));
    cmd.addAll(org.factdrill.testing.ShortJvms.LAUNCHER);
    cmd.addAll(org.factdrill.testing.PlainSessionArchive.options(jar(), bank));
    cmd.addAll(List.of("-Dfile.encoding=UTF-8", "-jar", jar().toString(), "study", "--plain",
        "--bank", bank.toString(), "--db", db.toString(), "--profile", profile));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    Map<String, String> env = pb.environment();
    env.remove("FACTDRILL_DB");
    return new PlainJar(pb.start());
  }

  /** Sends lines to the session's stdin (answers and grades). */
  void send(List<String> input, boolean close) throws IOException {
    OutputStream in = process.getOutputStream();
    in.write((String.join("\n", input) + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
    if (close) {
      in.close();
    }
  }

  /** Waits until {@code n} answers have been confirmed ("saved, ..." lines). */
  void awaitConfirmations(int n, long seconds) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    while (lines().stream().filter(l -> l.contains("saved, next in ")).count() < n) {
      if (System.nanoTime() > end || !process.isAlive()) {
        throw new AssertionError("no confirmation " + n + " within " + seconds + " s; output:\n"
            + String.join("\n", lines()) + "\nstderr: " + stderr());
      }
      Thread.sleep(2);
    }
  }

  void waitFor(long seconds) throws Exception {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("session did not end within " + seconds + " s; output:\n"
          + String.join("\n", lines));
    }
    joinReaders();
  }

  void kill() throws Exception {
    process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flushing
    if (!process.waitFor(READ_CEILING_SECONDS, TimeUnit.SECONDS)) {
      throw new AssertionError("the session outlived SIGKILL for " + READ_CEILING_SECONDS + " s");
    }
    // Once the process is gone its pipes end, so the readers finish: wait for them to, however
    // loaded the machine is (a 5 s limit once lost the last "saved" lines of a run at load 14,
    // so two committed answers looked unconfirmed).
    joinReaders();
  }

  /** How long the readers may take to drain a dead process's pipes before the test gives up. */
  private static final long READ_CEILING_SECONDS = 120;

  private void joinReaders() throws InterruptedException {
    reader.join(READ_CEILING_SECONDS * 1000);
    errReader.join(READ_CEILING_SECONDS * 1000);
    if (reader.isAlive() || errReader.isAlive()) {
      throw new AssertionError("the session's output was not read to its end within "
          + READ_CEILING_SECONDS + " s");
    }
  }

  List<String> lines() {
    synchronized (lines) {
      return new ArrayList<>(lines);
    }
  }

  String stderr() {
    synchronized (err) {
      return err.toString();
    }
  }

  /**
   * The question ids of the confirmed answers, in order: each "saved, next in" line belongs to
   * the last prompt shown before it (prompts are unique in the test banks).
   */
  List<String> confirmed(Bank bank) {
    List<String> out = new ArrayList<>();
    String prompt = null;
    for (String l : lines()) {
      if (l.matches("^\\[\\d+/\\d+\\] .*")) {
        prompt = l.substring(l.indexOf("] ") + 2);
      }
      if (l.contains("saved, next in ")) {
        String p = prompt;
        out.add(bank.questions().stream().filter(q -> q.prompt().equals(p)).map(Question::id)
            .findFirst().orElseThrow(() -> new AssertionError("unknown prompt " + p)));
      }
    }
    return out;
  }

  static List<String> loggedQuestions(Path db, String profile) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
         Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT r.question_id FROM review_log r JOIN profiles p "
             + "ON p.id = r.profile_id WHERE p.name = '" + profile + "' ORDER BY r.id")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  static String integrity(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
         Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** Cards whose reps disagree with their review_log rows (should be none: one transaction). */
  static int inconsistentCards(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
         Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT count(*) FROM cards c WHERE c.reps != "
             + "(SELECT count(*) FROM review_log r WHERE r.profile_id = c.profile_id "
             + "AND r.card_id = c.card_id)")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
