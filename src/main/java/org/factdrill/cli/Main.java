package org.factdrill.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.factdrill.store.NativeLibraryCache;

/** Entry point: wires the real streams, environment and clock, runs, exits. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (Boolean.getBoolean("factdrill.trace")) {
      // For the start-up trace (tui.TerminalUi): when main began, as a System.nanoTime() mark.
      System.setProperty("factdrill.trace.main", Long.toString(System.nanoTime()));
    }
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Env env = new Env(System.getenv(), System.getProperty("factdrill.home"), System.in, out, err,
        java.time.Clock.systemDefaultZone(), System.getProperty("user.name"));
    // SQLite's native library and classes load on the second core while picocli parses: most
    // commands open the database, and the TUI must show its first frame within 300 ms.
    Thread warmUp = new Thread(() -> NativeLibraryCache.warmUp(env.paths().cache()), "sqlite-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
    int code = Cli.run(env, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
