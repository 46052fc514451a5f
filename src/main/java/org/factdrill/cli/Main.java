package org.factdrill.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.factdrill.store.NativeLibraryCache;

/** Entry point: wires the real streams, environment and clock, runs, exits. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (Boolean.getBoolean("factdrill.trace")) {
      // For the start-up trace (tui.TerminalUi): when main began, as a System.nanoTime() mark.
      System.setProperty("factdrill.trace.main", Long.toString(System.nanoTime()));
    }
    Map<String, String> vars = System.getenv();
    // SQLite's native library and classes load on the second core from the very start: most
    // commands open the database, and it is the longest step before the TUI's first frame.
    Thread warmUp = new Thread(() -> NativeLibraryCache.warmUp(AppPaths.cache(vars)),
        "sqlite-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Env env = new Env(vars, System.getProperty("factdrill.home"), System.in, out, err,
        java.time.Clock.systemDefaultZone(), System.getProperty("user.name"));
    int code = Cli.run(env, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
