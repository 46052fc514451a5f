package org.factdrill.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.factdrill.extract.Extractor;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactExtractor;
import org.factdrill.extract.FactJson;
import org.factdrill.generate.DocumentFailure;
import org.factdrill.text.Document;
import org.factdrill.text.InputFiles;
import org.factdrill.text.Language;
import org.factdrill.text.LanguageDetector;
import org.factdrill.text.TextReadException;
import org.factdrill.text.DocumentFormat;
import org.factdrill.text.DocumentLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code factdrill extract}: prints the dates and figures found in texts, one JSON object per fact. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Print the dates, numbers, amounts of money and percentages found in texts.")
final class ExtractCommand implements Callable<Integer> {
  private final Env env;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Files (text, Markdown, HTML, PDF, EPUB, DOCX; told apart by content), or "
          + "directories meaning their files of those kinds (sorted).")
  List<Path> paths;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "auto",
      description = "auto (detect per document), en, vi or he (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (one fact per line, the documented contract) or table (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--lines", description = "Treat each line as its own document; adds \"line\".")
  boolean lines;

  @Option(names = "--lenient",
      description = "Replace bytes that are not UTF-8 with U+FFFD and warn, instead of failing.")
  boolean lenient;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Read text files in this encoding (e.g. windows-1255, ISO-8859-8, "
          + "windows-1258, viscii, tcvn3, vni) instead of detecting it.")
  String encoding;

  @Option(names = "--verbose", description = "Show stack traces for errors.")
  boolean verbose;

  /** Makes the extractor: the real one, or in tests one that fails on a chosen text. */
  private final Supplier<? extends Extractor> extractors;

  /** Whether the table's header is out (before the first fact of any document). */
  private boolean headed;

  ExtractCommand(Env env) {
    this(env, FactExtractor::new);
  }

  ExtractCommand(Env env, Supplier<? extends Extractor> extractors) {
    this.env = env;
    this.extractors = extractors;
  }

  @Override
  public Integer call() {
    Optional<Language> forced = parseLang(lang);
    boolean table = switch (format) {
      case "jsonl" -> false;
      case "table" -> true;
      default -> throw new UserError(org.factdrill.lang.Phrase.of("cli.extract.bad_format", format), 2);
    };
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new UserError(org.factdrill.lang.Phrase.of("cli.no_such_file", p), 2);
      }
    }
    Extractor extractor = extractors.get();
    LanguageDetector detector = new LanguageDetector();
    DocumentLoader loader = new DocumentLoader(Optional.ofNullable(encoding), forced, lenient);
    int failed = 0;
    Output out = table ? new TableOutput() : new JsonlOutput();
    for (Path given : paths) {
      List<Path> files;
      try {
        files = InputFiles.expand(List.of(given));
      } catch (IOException e) {
        throw new UserError(org.factdrill.lang.Phrase.of("cli.extract.cannot_list", given,
            e.getMessage()), 1, e);
      }
      for (Path file : files) {
        // One file at a time: nothing is kept between files, so memory does not grow with them.
        String source = files.size() == 1 && file.equals(given) ? given.toString() : file.toString();
        DocumentLoader.Loaded loaded;
        try {
          loaded = loader.load(file, source);
        } catch (TextReadException e) {
          Speech speech = Speech.of(env, null, null);
          String why = e.phrase() != null ? speech.say(e.phrase()) : e.getMessage();
          switch (e.reason()) {
            case BINARY -> {
              env.err().println("factdrill: " + speech.say("cli.warning", why));
              continue;
            }
            case ENCRYPTED, NO_TEXT, TOO_LARGE, CORRUPT, UNSUPPORTED -> {
              // One line per bad document; the others are still read.
              env.err().println("factdrill: " + why);
              failed++;
              continue;
            }
            default -> throw UserError.of(e,
                e.reason() == TextReadException.Reason.MISSING ? 2 : 1);
          }
        }
        if (loaded.format() != DocumentFormat.TEXT || !"UTF-8".equals(loaded.encoding())
            || !loaded.notes().isEmpty()) {
          // Replaced or skipped text is a warning; how the file was read is a note.
          boolean lost = loaded.notes().stream().anyMatch(n -> n.contains("replaced with")
              || n.contains("skipped"));
          env.err().println("factdrill: " + (lost ? "warning: " : "") + source + ": read as "
              + loaded.format().label()
              + (loaded.encoding() == null ? "" : " (" + loaded.encoding() + ")")
              + (loaded.notes().isEmpty() ? "" : "; " + String.join("; ", loaded.notes())));
        }
        String text = loaded.doc().text();
        if (lines) {
          int lineNo = 0;
          for (String line : text.split("\n", -1)) {
            lineNo++;
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (l.isBlank()) {
              continue;
            }
            Language lg = forced.orElseGet(() -> detector.detect(l));
            failed += emit(out, extractor, new Document(source, l, lg), lineNo) ? 0 : 1;
          }
        } else {
          failed += emit(out, extractor, loaded.doc(), 0) ? 0 : 1;
        }
        env.out().flush();
      }
    }
    env.out().flush();
    return failed > 0 ? 1 : 0;
  }

  /**
   * Writes the facts of {@code doc}; false, with one line on stderr and nothing written for it,
   * when a fault (a bug in a rule) stopped it: the other documents are still read.
   */
  private boolean emit(Output out, Extractor extractor, Document doc, int line) {
    List<String> lines = new java.util.ArrayList<>();
    try {
      for (Fact f : extractor.extract(doc)) {
        lines.addAll(out.lines(doc, f, line));
      }
    } catch (RuntimeException | StackOverflowError e) {
      DocumentFailures.print(env.err(), Speech.of(env, null, null), List.of(new DocumentFailure(
          line > 0 ? doc.source() + ":" + line : doc.source(), e)), verbose);
      return false;
    }
    if (!lines.isEmpty() && !headed && out.header() != null) {
      env.out().println(out.header());
      headed = true;
    }
    lines.forEach(env.out()::println);
    return true;
  }

  static Optional<Language> parseLang(String s) {
    if (s == null || s.equalsIgnoreCase("auto")) {
      return Optional.empty();
    }
    return Optional.of(Language.fromCode(s).orElseThrow(() ->
        new UserError(org.factdrill.lang.Phrase.of("cli.extract.bad_lang", s), 2)));
  }

  /** How facts are written: the lines of one fact (a document's are printed once all are made). */
  private interface Output {
    List<String> lines(Document doc, Fact f, int line);

    /** The line above the first fact, if any. */
    default String header() {
      return null;
    }
  }

  /** The jsonl contract: one object per fact, keys in a fixed order. */
  private static final class JsonlOutput implements Output {
    @Override
    public List<String> lines(Document doc, Fact f, int line) {
      return FactJson.lines(doc, f, line); // a period, then its two ends
    }
  }

  /** A plain table for people: where, kind, value, text. */
  private static final class TableOutput implements Output {
    private static final String ROW = "%-28s %-11s %-8s %-28s %s";

    @Override
    public String header() {
      return String.format(ROW, "SOURCE", "SPAN", "KIND", "VALUE", "TEXT");
    }

    @Override
    public List<String> lines(Document doc, Fact f, int line) {
      List<String> rows = new java.util.ArrayList<>();
      String where = doc.source() + (line > 0 ? ":" + line : "");
      String value = f.value().json() + (f.approx() ? " ~" : "")
          + (f.unit() != null ? " " + f.unit() : "");
      rows.add(String.format(ROW, where, f.start() + "-" + f.end(), f.kind().json(), value,
          f.text().replace('\n', ' ')));
      for (Fact end : f.ends()) { // a period's two ends, indented under it
        rows.add(String.format(ROW, where, end.start() + "-" + end.end(), end.kind().json(),
            end.value().json(), "  \u2514 " + end.text().replace('\n', ' ')));
      }
      return rows;
    }
  }
}
