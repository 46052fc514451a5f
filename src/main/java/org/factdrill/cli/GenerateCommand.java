package org.factdrill.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankJson;
import org.factdrill.extract.FactExtractor;
import org.factdrill.generate.BankGenerator;
import org.factdrill.generate.GenerateOptions;
import org.factdrill.generate.SourceLoader;
import org.factdrill.generate.SourceText;
import org.factdrill.text.Language;
import org.factdrill.text.TextReadException;
import org.factdrill.text.TextReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code factdrill generate}: texts in, question bank out. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate a question bank from history texts (default: seeds/ -> question-banks/seeds.json).")
final class GenerateCommand implements Callable<Integer> {
  private final Env env;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Text files or directories of *.txt files (default: seeds/).")
  List<Path> paths;

  @Option(names = "--out", paramLabel = "FILE", description = "Bank file to write.")
  Path out;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed for distractors and shuffling (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--verbose", description = "Show stack traces for errors.")
  boolean verbose;

  GenerateCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    AppPaths p = env.paths();
    List<Path> inputs = paths == null || paths.isEmpty() ? List.of(p.seeds()) : paths;
    Path target = out != null ? out : p.defaultBank();
    Bank bank = generate(env, inputs, seed);
    write(bank, target);
    env.err().println("wrote " + bank.questions().size() + " questions from "
        + bank.sources().size() + " texts to " + target);
    return 0;
  }

  static Bank generate(Env env, List<Path> inputs, long seed) {
    List<SourceText> sources;
    try {
      sources = new SourceLoader(TextReader.strict(), w -> env.err().println("factdrill: warning: " + w),
          Optional.empty()).load(inputs);
    } catch (NoSuchFileException e) {
      throw new UserError(e.getFile() + ": no such file or directory", 2, e);
    } catch (TextReadException e) {
      throw new UserError(e.getMessage(), 1, e);
    } catch (IOException e) {
      throw new UserError("cannot read input: " + e.getMessage(), 1, e);
    }
    GenerateOptions opts = new GenerateOptions(GenerateOptions.defaults().types(),
        EnumSet.allOf(Language.class), seed);
    return new BankGenerator(new FactExtractor(), VersionProvider.version()).generate(sources, opts);
  }

  static void write(Bank bank, Path target) {
    try {
      new BankJson().write(bank, target);
    } catch (IOException e) {
      throw new UserError(target + ": cannot write the bank (" + e.getMessage() + ")", 1, e);
    }
  }
}
