package org.factdrill.tui;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.extract.FactExtractor;
import org.factdrill.generate.BankGenerator;
import org.factdrill.generate.BankMerger;
import org.factdrill.generate.GenerateOptions;
import org.factdrill.generate.Report;
import org.factdrill.generate.Result;
import org.factdrill.generate.SourceText;
import org.factdrill.text.DocumentLoader;
import org.factdrill.text.InputFiles;
import org.factdrill.text.TextReadException;

/**
 * The import screen's work, run off the UI thread: reads each file (a bad one becomes one line,
 * the others go on), generates questions and merges them into a snapshot of the studied bank the
 * way {@code generate} does, keeping every other source's questions as they are.
 */
final class Importer {
  /** The reader's reason without the "PATH: " the row already shows, as a phrase. */
  private static org.factdrill.lang.Phrase withoutPath(TextReadException e) {
    org.factdrill.lang.Phrase p = e.phrase();
    if (p == null) {
      return org.factdrill.lang.Phrase.of("text.cannot_read", String.valueOf(e.getMessage()));
    }
    if (p.key().equals("text.at") && p.args().size() == 2
        && p.args().get(1) instanceof org.factdrill.lang.Phrase inner) {
      return inner;
    }
    return p;
  }

  /** One file: what was read and generated, or why it was not. */
  record FileRow(String name, String title, String lang, String format, int facts, int questions,
      Map<String, Integer> skipped, org.factdrill.lang.Phrase error) {
    String describe(Messages m) {
      if (error != null) {
        return name + ": " + m.say(error);
      }
      return name + " · " + questions + " " + m.get("import_questions") + " · " + facts + " "
          + m.get("import_facts") + " · " + lang + " · " + format + " · \"" + title + "\"";
    }

    String skippedLine() {
      StringBuilder b = new StringBuilder();
      skipped.forEach((reason, n) -> b.append(b.length() == 0 ? "" : "; ").append(n)
          .append(" × ").append(reason));
      return b.toString();
    }
  }

  /**
   * What an import produced: per-file rows, the generated bank (only the imported sources), the
   * studied bank with them merged in, questions added, and merge losses (which block saving).
   */
  record Outcome(Path input, List<FileRow> files, Bank generated, Bank merged, int added,
      List<String> lost, String failure) {}

  /** Files done out of files found, and the one being read (shared with the UI thread). */
  static final class Progress {
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger(-1);
    private final AtomicReference<String> current = new AtomicReference<>("");
    private volatile int seen = -2;

    String line(String reading) {
      int t = total.get();
      return t < 0 ? reading + "…" : reading + " " + Math.min(done.get() + 1, t) + "/" + t + ": "
          + current.get();
    }

    /** Whether anything moved since the last call (the loop redraws then). */
    boolean changed() {
      int now = done.get() * 31 + total.get();
      boolean c = now != seen;
      seen = now;
      return c;
    }
  }

  /** Reads one file (the loader's own read, or a slow stand-in in tests). */
  @FunctionalInterface
  interface Reader {
    Reader LOADER = DocumentLoader::load;

    DocumentLoader.Loaded read(DocumentLoader loader, Path file, String name)
        throws TextReadException;
  }

  /** Encodings the screen offers for text files (names as --encoding takes them); "" detects. */
  static final List<String> ENCODINGS = List.of("", "UTF-8", "windows-1258", "VISCII", "TCVN3",
      "VNI", "windows-1255", "ISO-8859-8", "windows-1252");
  /** The name of the thread an import runs on. */
  static final String THREAD = "factdrill-import";

  private final Bank existing;
  private final Optional<String> encoding;
  private final Reader reader;
  private final Progress progress = new Progress();
  private final AtomicBoolean cancelled = new AtomicBoolean();

  Importer(Bank existing) {
    this(existing, Optional.empty(), Reader.LOADER);
  }

  /** An importer reading text files in {@code encoding} (empty: detect) through {@code reader}. */
  Importer(Bank existing, Optional<String> encoding, Reader reader) {
    this.existing = existing;
    this.encoding = encoding;
    this.reader = reader;
  }

  /** Stops the work after the file being read: no further file, no generation (any thread). */
  void cancel() {
    cancelled.set(true);
  }

  /** Thrown inside the work when it was cancelled. */
  private static final class Cancelled extends RuntimeException {
    Cancelled() {
      super("cancelled", null, false, false);
    }
  }

  private void checkCancelled() {
    if (cancelled.get() || Thread.currentThread().isInterrupted()) {
      throw new Cancelled();
    }
  }

  Progress progress() {
    return progress;
  }

  /** Never throws: every failure becomes a line of the outcome. */
  Outcome run(Path input) {
    try {
      return runChecked(input);
    } catch (Cancelled e) {
      return failed(input, "cancelled");
    } catch (NoSuchFileException e) {
      return failed(input, name(input) + ": no such file or folder (check the path)");
    } catch (IOException e) {
      return failed(input, input + ": cannot read (" + e.getMessage() + ")");
    } catch (RuntimeException e) {
      return failed(input, input + ": import failed (" + e + ")");
    }
  }

  private static String name(Path p) {
    Path n = p.getFileName();
    return n == null ? p.toString() : n.toString();
  }

  private static Outcome failed(Path input, String why) {
    return new Outcome(input, List.of(), null, null, 0, List.of(), why);
  }

  private Outcome runChecked(Path input) throws IOException {
    List<Path> files = InputFiles.expand(List.of(input));
    progress.total.set(files.size());
    DocumentLoader loader = new DocumentLoader(encoding, Optional.empty(), false);
    List<SourceText> sources = new ArrayList<>();
    List<DocumentLoader.Loaded> loaded = new ArrayList<>();
    Map<String, org.factdrill.lang.Phrase> errors = new TreeMap<>();
    Set<String> names = new HashSet<>();
    for (Path f : files) {
      checkCancelled();
      String name = f.getFileName().toString();
      progress.current.set(name);
      try {
        if (!names.add(name)) {
          errors.put(name, org.factdrill.lang.Phrase.of("tui.import_second_file", name));
          progress.done.incrementAndGet();
          continue;
        }
        DocumentLoader.Loaded l = reader.read(loader, f, name);
        loaded.add(l);
        sources.add(new SourceText(l.doc(), l.sha256(), l.notes()));
      } catch (TextReadException e) {
        // Worded in the interface language; the row already names the file.
        errors.put(name, withoutPath(e));
      } catch (IllegalArgumentException e) {
        errors.put(name, org.factdrill.lang.Phrase.of("text.cannot_read",
            String.valueOf(e.getMessage())));
      } catch (Cancelled e) {
        throw e;
      } catch (RuntimeException | OutOfMemoryError e) {
        // A reader bug on one file must not end the import of the others.
        errors.put(name, org.factdrill.lang.Phrase.of("text.cannot_read",
            e.getClass().getSimpleName()));
      }
      progress.done.incrementAndGet();
    }
    checkCancelled();
    String version = existing.generator() == null ? "tui" : existing.generator().version();
    Result r = sources.isEmpty() ? null
        : new BankGenerator(new FactExtractor(), version).run(sources, GenerateOptions.defaults());
    if (r != null) {
      // A rule's fault on one file leaves that file out, as a reader's does; the others import.
      r.failures().forEach(f -> errors.put(f.source(), org.factdrill.lang.Phrase.of(
          "text.cannot_read", f.error().getClass().getSimpleName())));
    }
    List<FileRow> rows = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (errors.containsKey(name)) {
        rows.add(new FileRow(name, null, null, null, 0, 0, Map.of(), errors.get(name)));
        continue;
      }
      DocumentLoader.Loaded l = loaded.stream().filter(x -> x.doc().source().equals(name))
          .findFirst().orElse(null);
      if (l == null) {
        continue;
      }
      rows.add(row(name, l, r));
    }
    if (r == null) {
      return new Outcome(input, rows, null, null, 0, List.of(), null);
    }
    return merge(input, rows, r);
  }

  private static FileRow row(String name, DocumentLoader.Loaded l, Result r) {
    Set<String> cards = new HashSet<>();
    int questions = 0;
    for (Question q : r.bank().questions()) {
      if (!q.facts().isEmpty() && q.facts().get(0).source().equals(name)) {
        questions++;
        cards.add(q.card() != null ? q.card() : q.id());
      }
    }
    Map<String, Integer> skipped = new TreeMap<>();
    Set<String> skippedFacts = new HashSet<>();
    for (Report.Skipped s : r.report().skipped()) {
      if (s.source().equals(name)) {
        skipped.merge(s.reason().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), 1, Integer::sum);
        skippedFacts.add(s.start() + ":" + s.end());
      }
    }
    String format = l.format().label() + (l.encoding() == null ? "" : " (" + l.encoding() + ")");
    return new FileRow(name, l.doc().layout().title(), l.doc().lang().code(), format,
        cards.size() + skippedFacts.size(), questions, skipped, null);
  }

  /** The studied bank with the imported sources regenerated and merged, the rest untouched. */
  private Outcome merge(Path input, List<FileRow> rows, Result r) {
    Set<String> imported = new HashSet<>();
    r.bank().sources().forEach(s -> imported.add(s.file()));
    List<Question> mine = new ArrayList<>();
    List<Question> others = new ArrayList<>();
    for (Question q : existing.questions()) {
      boolean ours = !q.facts().isEmpty() && imported.contains(q.facts().get(0).source());
      (ours ? mine : others).add(q);
    }
    Bank before = new Bank(existing.schemaVersion(), existing.generator(),
        existing.sources().stream().filter(s -> imported.contains(s.file())).toList(), mine,
        existing.deleted());
    Report report = r.report();
    // A re-imported text whose sentences are cut differently keeps its cards' progress.
    Bank carried = new org.factdrill.generate.CardContinuity().carry(before, r.bank(), report);
    Bank part = new BankMerger().merge(before, carried, report);
    List<Question> all = new ArrayList<>(others);
    all.addAll(part.questions());
    List<Bank.SourceInfo> srcs = new ArrayList<>(existing.sources().stream()
        .filter(s -> !imported.contains(s.file())).toList());
    srcs.addAll(r.bank().sources());
    Bank merged = new Bank(existing.schemaVersion(), existing.generator(), srcs, all,
        existing.deleted());
    Set<String> had = new HashSet<>();
    mine.forEach(q -> had.add(q.id()));
    int added = (int) part.questions().stream().filter(q -> !had.contains(q.id())).count();
    return new Outcome(input, rows, r.bank(), merged, added, report.dropped(), null);
  }
}
