package org.factdrill.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged TUI in a real terminal (tmux): signal keys are ordinary keys (Ctrl-Z does not
 * suspend it, Ctrl-\ dumps no thread stacks), and SIGTERM ends it cleanly with the terminal
 * restored. Skipped where tmux is not installed.
 */
class TerminalKeysIT {
  @TempDir Path tmp;
  private String session;

  @BeforeEach
  void needsTmux() throws Exception {
    assumeTrue(run("tmux", "-V").exitValue() == 0, "tmux is not installed");
    session = "factdrill-it-" + ProcessHandle.current().pid();
  }

  @AfterEach
  void killSession() throws Exception {
    if (session != null) {
      run("tmux", "kill-session", "-t", session);
    }
  }

  private static Process run(String... cmd) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    } catch (IOException e) {
      p = new ProcessBuilder("false").start();
    }
    p.waitFor(20, TimeUnit.SECONDS);
    return p;
  }

  private String screen() throws Exception {
    Process p = new ProcessBuilder("tmux", "capture-pane", "-p", "-t", session)
        .redirectErrorStream(true).start();
    String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(10, TimeUnit.SECONDS);
    return s;
  }

  private String waitFor(String text) throws Exception {
    String s = "";
    for (int i = 0; i < 150; i++) {
      s = screen();
      if (s.contains(text)) {
        return s;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("screen never showed '" + text + "':\n" + s);
  }

  private void keys(String... keys) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("tmux", "send-keys", "-t", session));
    cmd.addAll(List.of(keys));
    assertEquals(0, run(cmd.toArray(String[]::new)).exitValue());
  }

  @Test
  void signalKeysAreKeysAndSigtermRestoresTheTerminal() throws Exception {
    Path home = Path.of(System.getProperty("factdrill.home", ".")).toAbsolutePath();
    Path jar = Path.of(System.getProperty("factdrill.jar", "target/factdrill.jar"))
        .toAbsolutePath();
    Path bank = tmp.resolve("seeds.json");
    Files.copy(home.resolve("question-banks/seeds.json"), bank);
    Path script = tmp.resolve("tui.sh");
    Path after = tmp.resolve("after.txt");
    Files.writeString(script, "#!/bin/sh\n"
        + "java " + String.join(" ", org.factdrill.testing.ShortJvms.LAUNCHER) + " -Dfile.encoding=UTF-8 -jar '" + jar + "' --bank '" + bank + "' --db '"
        + tmp.resolve("p.db") + "' --profile it\n"
        + "echo \"exit=$?\" > '" + after + "'\n"
        + "stty -a >> '" + after + "'\n"
        + "sleep 30\n");
    script.toFile().setExecutable(true);
    assertEquals(0, run("tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "30",
        script.toString()).exitValue());
    waitFor("Enter");
    keys("Enter");
    waitFor("remaining");
    keys("C-z");
    keys("C-\\");
    Thread.sleep(800);
    String now = screen();
    assertFalse(now.contains("Stopped") || now.contains("Full thread dump"), now);
    assertFalse(Files.exists(after), "the TUI is still running, not suspended");
    assertTrue(now.contains("remaining"), "still on the study screen:\n" + now);
    long pid = ProcessHandle.allProcesses()
        .filter(h -> h.info().commandLine().orElse("").contains(bank.toString()))
        .filter(h -> h.info().command().orElse("").endsWith("java"))
        .findFirst().orElseThrow().pid();
    assertEquals(0, run("kill", "-TERM", String.valueOf(pid)).exitValue());
    // The script writes the exit code, then the terminal's settings: wait for the last of them
    // (the line-mode flag stty prints late) instead of sleeping and hoping both are there.
    String out = "";
    for (int i = 0; i < 150 && !out.contains("icanon"); i++) {
      Thread.sleep(100);
      out = Files.exists(after) ? Files.readString(after) : "";
    }
    assertTrue(out.startsWith("exit=143"), out);
    assertTrue(out.matches("(?s).*(^|\\s)isig(\\s|;).*"), "signal keys back on: " + out);
    assertTrue(out.matches("(?s).*(^|\\s)icanon(\\s|;).*"), "line mode back: " + out);
    assertFalse(screen().contains("Exception"), screen());
  }
}
