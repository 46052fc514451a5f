package org.factdrill.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: with no subcommand it studies. */
@Command(name = "factdrill", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Turns history texts into quiz questions and drills them with spaced repetition.",
    subcommands = {StudyCommand.class, GenerateCommand.class, ExtractCommand.class,
        BankCommand.class, ExportCommand.class, StatsCommand.class, ProfileCommand.class,
        SettingsCommand.class, CommandLine.HelpCommand.class})
final class FactdrillCommand implements Callable<Integer> {
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
