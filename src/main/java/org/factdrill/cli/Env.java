package org.factdrill.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/** Everything from outside the program, passed in so tests can supply their own. */
record Env(Map<String, String> vars, String home, InputStream in, PrintWriter out,
    PrintWriter err, Clock clock, String userName) {

  AppPaths paths() {
    return AppPaths.resolve(vars, home);
  }
}
