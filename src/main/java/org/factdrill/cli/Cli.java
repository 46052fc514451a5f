package org.factdrill.cli;

import picocli.CommandLine;

/** Builds the command line and maps failures to one-line messages and exit codes 0/1/2. */
final class Cli {
  private Cli() {}

  static int run(Env env, String... args) {
    CommandLine cl = commandLine(env);
    return cl.execute(args);
  }

  static CommandLine commandLine(Env env) {
    CommandLine cl = new CommandLine(new FactdrillCommand(env), new Factory(env));
    cl.setOut(env.out());
    cl.setErr(env.err());
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      boolean verbose = parsed.hasMatchedOption("--verbose")
          || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
          || hasVerbose(parsed);
      if (verbose) {
        ex.printStackTrace(env.err());
      }
      if (ex instanceof UserError ue) {
        env.err().println("factdrill: " + ue.getMessage());
        return ue.exitCode();
      }
      env.err().println("factdrill: unexpected error: " + ex
          + (verbose ? "" : " (run with --verbose for details)"));
      return 1;
    });
    cl.setParameterExceptionHandler((ex, params) -> {
      env.err().println("factdrill: " + ex.getMessage());
      env.err().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
          + " --help' for more information.");
      return 2;
    });
    return cl;
  }

  private static boolean hasVerbose(CommandLine.ParseResult pr) {
    for (CommandLine.ParseResult p = pr; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** Creates commands with the environment injected (no static state). */
  private record Factory(Env env) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        return cls.getDeclaredConstructor(Env.class).newInstance(env);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }
}
