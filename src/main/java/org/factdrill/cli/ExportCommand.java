package org.factdrill.cli;

import org.factdrill.lang.Phrase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankException;
import org.factdrill.bank.BankJson;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.export.ExportOptions;
import org.factdrill.export.ExportResult;
import org.factdrill.export.Exporter;
import org.factdrill.export.Formats;
import org.factdrill.export.Selection;
import org.factdrill.export.Skipped;
import org.factdrill.text.AtomicWriter;
import org.factdrill.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code factdrill export}: a bank (or a selection of it) as a quiz file for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export questions for Moodle, Canvas, Anki, Kahoot, Quizlet or paper.")
final class ExportCommand implements Callable<Integer> {
  private final Env env;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      completionCandidates = FormatNames.class,
      description = "One of: ${COMPLETION-CANDIDATES}.")
  String format;

  @Option(names = "--bank", paramLabel = "FILE",
      description = "Question bank (default: question-banks/seeds.json).")
  Path bank;

  @Option(names = "--out", paramLabel = "PATH",
      description = "File to write (default: standard output; required for apkg, qti21, qti12, "
          + "kahoot, where '-' streams the binary to standard output, and for --variants above 1, "
          + "which writes PATH-v1.EXT, PATH-v2.EXT, ...). A symbolic link's target is written; a "
          + "FIFO or device is written as a stream; a regular file is replaced atomically.")
  Path out;

  @Option(names = "--count", paramLabel = "N", defaultValue = "0",
      description = "Draw N questions at random, spread evenly over the source texts (default: all).")
  int count;

  @Option(names = "--types", paramLabel = "TYPE", split = ",",
      description = "Only these question types: cloze, choice, truefalse, timeline.")
  List<String> types = new ArrayList<>();

  @Option(names = "--lang", paramLabel = "LANG", split = ",",
      description = "Only questions in these languages: en, vi, he.")
  List<String> langs = new ArrayList<>();

  @Option(names = "--source", paramLabel = "FILE", split = ",",
      description = "Only questions from these source texts (file names as in the bank).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed for --count and --variants (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--variants", paramLabel = "K", defaultValue = "1",
      description = "Write K versions with questions and options shuffled, each with its own key.")
  int variants;

  @Option(names = "--title", paramLabel = "TEXT",
      description = "Quiz title, Anki deck and Moodle category (default: the bank's file name).")
  String title;

  @Option(names = "--verbose", description = "Show stack traces for errors.")
  boolean verbose;

  ExportCommand(Env env) {
    this.env = env;
  }

  /** The format names, for help and completion. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Formats.names().iterator();
    }
  }

  @Override
  public Integer call() {
    Speech speech = Speech.of(env, null, null);
    Exporter exporter = Formats.byName(format).orElseThrow(() -> new UserError(
        Phrase.of("cli.export.unknown_format", format, String.join(", ", Formats.names())), 2));
    if (count < 0) {
      throw new UserError(Phrase.of("cli.export.bad_count", count), 2);
    }
    if (variants < 1) {
      throw new UserError(Phrase.of("cli.export.bad_variants", variants), 2);
    }
    if (out == null && exporter.binary()) {
      throw new UserError(Phrase.of("cli.export.binary", format, exporter.extension()), 2);
    }
    if ((out == null || AtomicWriter.isStdout(out)) && variants > 1) {
      throw new UserError(Phrase.of("cli.export.variants_need_out", variants), 2);
    }
    Selection selection = new Selection(parseTypes(), parseLangs(), new LinkedHashSet<>(sources),
        count, seed);
    Path bankPath = bank != null ? bank : env.paths().defaultBank();
    Bank b;
    try {
      b = new BankJson().load(bankPath);
    } catch (BankException e) {
      throw UserError.of(e, 1);
    }
    checkSources(b, selection);
    List<Question> chosen = selection.apply(b.questions()).stream()
        .map(org.factdrill.export.Items::withContext).toList();
    if (chosen.isEmpty()) {
      throw new UserError(Phrase.of("cli.export.none", bankPath, b.questions().size()), 1);
    }
    String quizTitle = title != null && !title.isBlank() ? title : stem(bankPath);
    List<Path> targets = new ArrayList<>();
    for (int v = 1; v <= variants; v++) {
      boolean textToStdout = out == null || AtomicWriter.isStdout(out) && !exporter.binary();
      targets.add(textToStdout ? null : variants == 1 ? out : variantPath(out, v));
    }
    for (Path t : targets) {
      UserError.requireWritable(t);
    }
    ExportResult first = null;
    for (int v = 1; v <= variants; v++) {
      List<Question> paper = variants == 1 ? chosen : Selection.variant(chosen, seed, v);
      ExportOptions options = new ExportOptions(quizTitle, env.clock().instant(),
          variants == 1 ? 0 : v, titles(b));
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      ExportResult result;
      try {
        result = exporter.write(paper, options, buffer);
      } catch (IOException e) {
        throw new UserError(Phrase.of("cli.export.cannot_build", format, e.getMessage()), 1, e);
      }
      if (first == null) {
        first = result;
        for (Skipped s : result.skipped()) {
          env.err().println("factdrill: " + speech.say("cli.export.skipped", s.format()));
        }
      }
      if (result.written() == 0) {
        throw new UserError(Phrase.of("cli.export.all_skipped", chosen.size(), format), 1);
      }
      Path target = targets.get(v - 1);
      if (target == null) {
        env.out().print(buffer.toString(StandardCharsets.UTF_8));
        env.out().flush();
      } else {
        try {
          AtomicWriter.write(target, buffer.toByteArray());
        } catch (IOException e) {
          throw e.getMessage().startsWith(target.toString())
              ? new UserError(e.getMessage(), 1, e)
              : new UserError(Phrase.of("cli.cannot_write", target, e.getMessage()), 1, e);
        }
      }
    }
    String where = out == null || AtomicWriter.isStdout(out) ? speech.say("cli.export.stdout")
        : variants == 1 ? out.toString() : speech.say("cli.export.files", variants,
            targets.get(0) + " .. " + targets.get(variants - 1));
    env.err().println(speech.say("cli.export.exported", first.written(), chosen.size(), format,
        where, first.skipped().size()));
    if (first.alternativesLeftOut() > 0) {
      env.err().println("factdrill: " + speech.say("cli.export.alternatives_left_out",
          first.alternativesLeftOut(), format));
    }
    return 0;
  }

  private Set<QuestionType> parseTypes() {
    Set<QuestionType> set = EnumSet.noneOf(QuestionType.class);
    for (String t : types) {
      set.add(QuestionType.parse(t.strip().toLowerCase(java.util.Locale.ROOT)).orElseThrow(() ->
          new UserError(Phrase.of("cli.export.unknown_type", t), 2)));
    }
    return set;
  }

  private Set<String> parseLangs() {
    Set<String> set = new LinkedHashSet<>();
    for (String l : langs) {
      set.add(Language.fromCode(l).orElseThrow(() ->
          new UserError(Phrase.of("cli.export.unknown_lang", l), 2)).code());
    }
    return set;
  }

  /** Each source file's title, for the exports' source lines. */
  private static java.util.Map<String, String> titles(Bank b) {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    for (Bank.SourceInfo s : b.sources()) {
      if (s != null && s.file() != null) {
        m.put(s.file(), b.titleOf(s.file()));
      }
    }
    return m;
  }

  private void checkSources(Bank b, Selection selection) {
    Set<String> known = new TreeSet<>();
    b.sources().forEach(s -> known.add(s.file()));
    b.questions().forEach(q -> q.facts().forEach(f -> {
      if (f.source() != null) {
        known.add(f.source());
      }
    }));
    for (String s : selection.sources()) {
      if (!known.contains(s)) {
        throw new UserError(Phrase.of("cli.export.no_source", s, String.join(", ", known)), 2);
      }
    }
  }

  static Path variantPath(Path out, int v) {
    String name = out.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String file = dot > 0 ? name.substring(0, dot) + "-v" + v + name.substring(dot)
        : name + "-v" + v;
    return out.resolveSibling(file);
  }

  private static String stem(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
