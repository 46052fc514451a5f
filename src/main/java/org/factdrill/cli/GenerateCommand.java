package org.factdrill.cli;

import org.factdrill.lang.Phrase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankException;
import org.factdrill.bank.BankJson;
import org.factdrill.bank.QuestionType;
import org.factdrill.extract.Extractor;
import org.factdrill.extract.FactExtractor;
import org.factdrill.generate.BankGenerator;
import org.factdrill.generate.BankMerger;
import org.factdrill.generate.CardContinuity;
import org.factdrill.generate.GenerateOptions;
import org.factdrill.generate.KeptSources;
import org.factdrill.generate.Report;
import org.factdrill.generate.Result;
import org.factdrill.generate.SourceLoader;
import org.factdrill.generate.SourceText;
import org.factdrill.text.Language;
import org.factdrill.text.TextReadException;
import org.factdrill.text.DocumentLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code factdrill generate}: texts in, question bank out (merged into the existing bank). */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Generate a question bank from history texts (default: seeds/ -> "
        + "question-banks/seeds.json).",
        "An existing bank at the output path is merged: edited or disabled questions are kept, "
            + "new facts added, questions whose fact is gone dropped."})
final class GenerateCommand implements Callable<Integer> {
  private final Env env;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files (text, Markdown, HTML, PDF, EPUB, DOCX) or directories of them "
          + "(default: seeds/).")
  List<Path> paths;

  @Option(names = "--out", paramLabel = "FILE", description = "Bank file to write (and merge into).")
  Path out;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed for distractors and shuffling (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--types", paramLabel = "TYPES", split = ",",
      description = "Question types: cloze,choice,truefalse,timeline (default: all).")
  List<String> types;

  @Option(names = "--lang", paramLabel = "LANGS", split = ",",
      description = "Only texts in these languages: en,vi,he (default: all).")
  List<String> langs;

  @Option(names = "--report", description = "Print counts by type, language and kind, and the "
      + "skipped facts with reasons.")
  boolean report;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Read text files in this encoding (e.g. windows-1255, ISO-8859-8, "
          + "windows-1258, viscii, tcvn3, vni) instead of detecting it.")
  String encoding;

  @Option(names = "--verbose", description = "Show stack traces for errors.")
  boolean verbose;

  @Option(names = "--force", description = "Write the bank even when it would lose questions, "
      + "hand edits or source texts that the existing bank at the output path has.")
  boolean force;

  /** Makes the extractor: the real one, or in tests one that fails on a chosen text. */
  private final Supplier<? extends Extractor> extractors;

  GenerateCommand(Env env) {
    this(env, FactExtractor::new);
  }

  GenerateCommand(Env env, Supplier<? extends Extractor> extractors) {
    this.env = env;
    this.extractors = extractors;
  }

  @Override
  public Integer call() {
    AppPaths p = env.paths();
    List<Path> inputs = paths == null || paths.isEmpty() ? List.of(p.seeds()) : paths;
    Path target = out != null ? out : p.defaultBank();
    GenerateOptions opts = new GenerateOptions(parseTypes(types), parseLangs(langs), seed);
    Bank before = Files.exists(target) ? loadExisting(target) : null;
    Result r = generateAndMerge(env, extractors.get(), inputs, opts, target,
        Optional.ofNullable(encoding));
    if (r.bank().sources().isEmpty()) {
      if (!r.failures().isEmpty()) {
        DocumentFailures.print(env.err(), speech(), r.failures(), verbose);
        env.err().println("factdrill: " + speech().say("cli.generate.all_failed", target));
        return 1;
      }
      throw new UserError(Phrase.of("cli.generate.no_texts", describe(inputs)), 1);
    }
    if (before != null && !force) {
      BankLoss.of(before, r.bank()).ifPresent(loss -> {
        throw new UserError(Phrase.of("cli.generate.would_lose", target,
            loss.describe(speech())), 1);
      });
    }
    write(r.bank(), target);
    if (report) {
      env.out().print(r.report().format(r.bank(),
          reason -> reason.uiKey() == null ? reason.text() : speech().say(reason.uiKey())));
      env.out().flush();
    }
    env.err().println(speech().say("cli.generate.wrote", r.bank().questions().size(),
        r.bank().sources().size(), target));
    if (r.report().carriedNow() > 0) {
      env.err().println(speech().say("cli.generate.kept_progress", r.report().carriedNow()));
    }
    // Last, so a script's log ends with them; the exit code tells a script that texts are missing.
    DocumentFailures.print(env.err(), speech(), r.failures(), verbose);
    return r.failures().isEmpty() ? 0 : 1;
  }

  private Speech speech() {
    return Speech.of(env, null, null);
  }

  static Set<QuestionType> parseTypes(List<String> names) {
    if (names == null || names.isEmpty()) {
      return EnumSet.allOf(QuestionType.class);
    }
    Set<QuestionType> out = EnumSet.noneOf(QuestionType.class);
    for (String n : names) {
      out.add(QuestionType.parse(n.strip()).orElseThrow(() -> new UserError(Phrase.of(
          "cli.generate.unknown_type", n), 2)));
    }
    return out;
  }

  static Set<Language> parseLangs(List<String> codes) {
    if (codes == null || codes.isEmpty()) {
      return new java.util.LinkedHashSet<>(Language.values());
    }
    Set<Language> out = new java.util.LinkedHashSet<Language>();
    for (String c : codes) {
      out.add(Language.fromCode(c).orElseThrow(() -> new UserError(Phrase.of(
          "cli.generate.unknown_lang", c), 2)));
    }
    return out;
  }

  private static String describe(List<Path> inputs) {
    return inputs.size() == 1 ? inputs.get(0).toString() : inputs.size() + " paths";
  }

  private static Bank loadExisting(Path target) {
    try {
      return new BankJson().load(target);
    } catch (BankException e) {
      throw new UserError(Phrase.of("cli.generate.bad_bank", e.phrase()), 1, e);
    }
  }

  /** Generates and merges into the bank at {@code target} when there is one. */
  static Result generateAndMerge(Env env, List<Path> inputs, GenerateOptions opts, Path target) {
    return generateAndMerge(env, new FactExtractor(), inputs, opts, target, Optional.empty());
  }

  /**
   * As above, with {@code extractor}, text files read in {@code encoding} when given. A text a
   * fault left out keeps what the bank at {@code target} has of it, and is in the failures.
   */
  static Result generateAndMerge(Env env, Extractor extractor, List<Path> inputs,
      GenerateOptions opts, Path target, Optional<String> encoding) {
    List<SourceText> sources = load(env, inputs, encoding);
    Result r = new BankGenerator(extractor, VersionProvider.version(), env.clock())
        .run(sources, opts);
    if (!Files.exists(target)) {
      return r;
    }
    Bank existing = loadExisting(target);
    Set<String> failed = new HashSet<>();
    r.failures().forEach(f -> failed.add(f.source()));
    Bank generated = KeptSources.keep(existing, r.bank(), failed);
    // Before the merge, so edits, deletions and progress on a card whose sentence changed apply.
    Bank carried = new CardContinuity().carry(existing, generated, r.report());
    Bank merged = new BankMerger().merge(existing, carried, r.report());
    return new Result(merged, r.report(), r.failures());
  }

  /**
   * The default bank regenerated from {@code inputs} (used by study when seeds/ changed), merged
   * into the bank at the default path so hand edits survive.
   */
  static Bank generate(Env env, List<Path> inputs, long seed) {
    GenerateOptions opts = new GenerateOptions(GenerateOptions.defaults().types(),
        new java.util.LinkedHashSet<>(Language.values()), seed);
    Result r = generateAndMerge(env, inputs, opts, env.paths().defaultBank());
    DocumentFailures.print(env.err(), Speech.of(env, null, null), r.failures(), false);
    return r.bank();
  }

  private static List<SourceText> load(Env env, List<Path> inputs, Optional<String> encoding) {
    try {
      // Any unreadable document stops generation: merging without it would drop its questions.
      return new SourceLoader(new DocumentLoader(encoding, Optional.empty(), false),
          w -> env.err().println("factdrill: warning: " + w)).load(inputs);
    } catch (NoSuchFileException e) {
      throw new UserError(Phrase.of("cli.no_such_file", e.getFile()), 2, e);
    } catch (TextReadException e) {
      throw UserError.of(e, 1);
    } catch (IOException e) {
      throw new UserError(Phrase.of("cli.cannot_read_input", e.getMessage()), 1, e);
    }
  }

  static void write(Bank bank, Path target) {
    try {
      new BankJson().write(bank, target);
    } catch (IOException e) {
      throw new UserError(Phrase.of("cli.generate.cannot_write", target, e.getMessage()), 1,
          e);
    }
  }
}
