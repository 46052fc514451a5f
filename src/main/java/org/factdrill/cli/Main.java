package org.factdrill.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Entry point: wires the real streams, environment and clock, runs, exits. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (Boolean.getBoolean("factdrill.trace")) {
      // For the start-up trace (tui.TerminalUi): when main began, as a System.nanoTime() mark.
      System.setProperty("factdrill.trace.main", Long.toString(System.nanoTime()));
    }
    Map<String, String> vars = System.getenv();
    Root.warmUpSqlite(vars); // the composition root owns every background start-up task
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    java.time.Clock clock;
    try {
      clock = ClockOverride.from(vars, java.time.Clock.systemDefaultZone());
    } catch (IllegalArgumentException e) {
      err.println("factdrill: " + e.getMessage());
      System.exit(2);
      return;
    }
    Env env = new Env(vars, System.getProperty("factdrill.home"), System.in, out, err, clock,
        System.getProperty("user.name"));
    int code = Cli.run(env, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
