package org.factdrill.cli;

import java.util.Arrays;
import java.util.Set;
import picocli.CommandLine;

/** Builds the command line and maps failures to one-line messages and exit codes 0/1/2. */
final class Cli {
  private Cli() {}

  /** Names that make picocli need the subcommands: theirs, and root help that lists them. */
  private static final Set<String> SUBCOMMAND_WORDS = Set.of("study", "generate", "extract",
      "bank", "export", "stats", "profile", "settings", "sync", "class", "optimize", "warm-up",
      "help", "-h", "--help");

  static int run(Env env, String... args) {
    if (args.length == 0) {
      // `factdrill` alone, the everyday command: there is nothing to parse, so the study screen
      // starts without building picocli's model, ~100 ms of a 300 ms start-up budget.
      try {
        return new FactdrillCommand(env).call();
      } catch (Exception ex) {
        return report(env, ex, false, Speech.of(env, null, null));
      }
    }
    if (Arrays.stream(args).anyMatch(Cli::mayNeedSubcommands)) {
      return commandLine(env, true).execute(args);
    }
    // Building the model of all ten subcommands (reflection over every option) is a third of
    // the TUI's start-up, and arguments without a subcommand's name cannot reach one: parse
    // with the root alone. On any usage error, run again with everything, so messages such as
    // "Did you mean: stats?" are exactly the same.
    CommandLine lean = commandLine(env, false);
    lean.setParameterExceptionHandler((ex, a) -> commandLine(env, true).execute(a));
    return lean.execute(args);
  }

  private static boolean mayNeedSubcommands(String arg) {
    return SUBCOMMAND_WORDS.contains(arg)
        || (arg.startsWith("-") && !arg.startsWith("--") && arg.indexOf('h') > 0);
  }

  private static CommandLine commandLine(Env env, boolean withSubcommands) {
    Factory factory = new Factory(env);
    CommandLine cl = new CommandLine(new FactdrillCommand(env), factory);
    if (withSubcommands) {
      for (Class<?> sub : FactdrillCommand.SUBCOMMANDS) {
        try {
          cl.addSubcommand(factory.create(sub));
        } catch (Exception e) {
          throw new IllegalStateException("cannot create " + sub.getSimpleName(), e);
        }
      }
    }
    cl.setOut(env.out());
    cl.setErr(env.err());
    cl.setExecutionStrategy(parsed -> {
      if (wantsHelp(parsed)) {
        // Only help needs the words: the language costs a look into the database's settings.
        HelpWords.apply(cl, speech(env, parsed).words());
      }
      return new CommandLine.RunLast().execute(parsed);
    });
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      boolean verbose = parsed.hasMatchedOption("--verbose")
          || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
          || hasVerbose(parsed);
      return report(env, ex, verbose, speech(env, parsed));
    });
    cl.setParameterExceptionHandler((ex, params) -> {
      Speech speech = speech(env, ex.getCommandLine().getParseResult());
      if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
        env.err().println("factdrill: " + speech.say("cli.unknown_argument",
            String.join(" ", unmatched.getUnmatched())));
        CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, env.err());
      } else if (ex instanceof CommandLine.MissingParameterException missing) {
        env.err().println("factdrill: " + speech.say("cli.missing_argument",
            String.join(", ", missing.getMissing().stream().map(Cli::argName).toList())));
      } else if (ex.getCause() instanceof CommandLine.TypeConversionException
          && ex.getArgSpec() != null) {
        env.err().println("factdrill: " + speech.say("cli.invalid_value",
            argName(ex.getArgSpec()), "'" + ex.getValue() + "'"));
      } else {
        env.err().println("factdrill: " + ex.getMessage()); // picocli's own words
      }
      env.err().println(speech.say("cli.try_help",
          ex.getCommandLine().getCommandSpec().qualifiedName() + " --help"));
      return 2;
    });
    return cl;
  }

  /** An option's longest name ("--count") or a positional parameter's label ("<file>"). */
  private static String argName(CommandLine.Model.ArgSpec a) {
    return a instanceof CommandLine.Model.OptionSpec o ? o.longestName() : a.paramLabel();
  }

  /** One line on stderr for a failed command (a stack trace too with --verbose); the exit code. */
  private static int report(Env env, Exception ex, boolean verbose, Speech speech) {
    if (verbose) {
      ex.printStackTrace(env.err());
    }
    if (ex instanceof UserError ue) {
      env.err().println("factdrill: " + (ue.phrase() != null ? speech.say(ue.phrase())
          : ue.getMessage()));
      return ue.exitCode();
    }
    env.err().println("factdrill: " + speech.say(verbose ? "cli.unexpected_verbose"
        : "cli.unexpected", ex));
    return 1;
  }

  /** The language of a run's messages, from the --db and --profile it was given, if any. */
  private static Speech speech(Env env, CommandLine.ParseResult parsed) {
    String db = null;
    String profile = null;
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      db = p.matchedOptionValue("--db", db);
      profile = p.matchedOptionValue("--profile", profile);
    }
    return Speech.of(env, db, profile);
  }

  /** Whether the run prints usage help: --help at any level, or the help command. */
  private static boolean wantsHelp(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.isUsageHelpRequested()
          || p.commandSpec().userObject() instanceof CommandLine.HelpCommand) {
        return true;
      }
    }
    return false;
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
