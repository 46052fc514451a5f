package org.factdrill.cli;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.factdrill.bank.BankJson;
import org.factdrill.bank.BankProblem;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code factdrill bank ...}: work on bank files. */
@Command(name = "bank", mixinStandardHelpOptions = true,
    description = "Work on question bank files.",
    subcommands = {BankCommand.Validate.class, BankAuditCommand.class})
final class BankCommand implements Callable<Integer> {
  private final Env env;

  BankCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    env.err().println("factdrill: bank: missing subcommand (try 'factdrill bank validate FILE')");
    return 2;
  }

  /** {@code factdrill bank validate FILE}: every problem with file:line:column, exit 1 if any. */
  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = {"Check a bank file: JSON syntax (with line:column), duplicate ids, answers "
          + "missing from options, unknown types, fact offsets outside their source text.",
          "Exit status 0 when valid, 1 when any problem is found."})
  static final class Validate implements Callable<Integer> {
    private final Env env;

    @Parameters(paramLabel = "FILE", description = "The bank file to check.")
    Path file;

    Validate(Env env) {
      this.env = env;
    }

    @Override
    public Integer call() {
      BankJson.Checked c = new BankJson().check(file, List.of(env.paths().seeds()));
      if (!c.ok()) {
        Speech speech = Speech.of(env, null, null);
        for (BankProblem p : c.problems()) {
          env.err().println(p.formatWithContext(c.text(), speech.words()));
        }
        env.err().println(speech.say(c.problems().size() == 1
            ? "cli.bank.problem" : "cli.bank.problems", file, c.problems().size()));
        env.err().flush();
        return 1;
      }
      Map<QuestionType, Integer> byType = new EnumMap<>(QuestionType.class);
      int disabled = 0;
      for (Question q : c.bank().questions()) {
        byType.merge(q.type(), 1, Integer::sum);
        disabled += q.isDisabled() ? 1 : 0;
      }
      Speech speech = Speech.of(env, null, null);
      StringBuilder b = new StringBuilder(speech.say("cli.bank.valid", file,
          c.bank().questions().size()) + " (");
      String sep = "";
      for (var e : byType.entrySet()) {
        b.append(sep).append(e.getKey().json()).append(' ').append(e.getValue());
        sep = ", ";
      }
      b.append(") ").append(speech.say("cli.bank.from_texts", c.bank().sources().size()));
      if (disabled > 0) {
        b.append(", ").append(speech.say("cli.bank.disabled", disabled));
      }
      env.out().println(b);
      env.out().flush();
      return 0;
    }
  }
}
