package org.factdrill.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command: with no subcommand it studies. Its subcommands are added by {@link Cli} (only
 * when the arguments can need them, which keeps the TUI's start-up fast).
 */
@Command(name = "factdrill", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Turns history texts into quiz questions and drills them with spaced repetition.")
final class FactdrillCommand implements Callable<Integer> {
  /** The subcommands, in the order help lists them. */
  static final List<Class<?>> SUBCOMMANDS = List.of(StudyCommand.class, GenerateCommand.class,
      ExtractCommand.class, BankCommand.class, ExportCommand.class, StatsCommand.class,
      ProfileCommand.class, SettingsCommand.class, SyncCommand.class, ClassCommand.class,
      OptimizeCommand.class, WarmUpCommand.class,
      CommandLine.HelpCommand.class);

  private final Env env;

  @CommandLine.Mixin
  CommonOptions common = new CommonOptions();

  @CommandLine.Option(names = "--plain", description = "Study over stdin/stdout without the TUI.")
  boolean plain;

  FactdrillCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    StudyCommand study = new StudyCommand(env);
    study.common = common;
    study.plain = plain;
    return study.call();
  }
}
