package org.factdrill.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.factdrill.bank.Bank;
import org.factdrill.tui.Theme.Role;

/**
 * Import: a path (file or folder) typed in a {@link LineEditor}; documents are read and questions
 * generated off the UI thread (a progress line meanwhile), then one line per file is shown and
 * the questions are merged into the studied bank (through the composition root's
 * {@link BankSaver}, never shrinking it) or written to a new bank beside it.
 */
final class ImportView implements View {
  private enum State { EDIT, RUNNING, DONE }

  private final App app;
  private final LineEditor path = new LineEditor("");
  private State state = State.EDIT;
  private boolean toNewBank;
  private Importer.Progress progress;
  private CompletableFuture<Importer.Outcome> running;
  private Importer importer;
  private Thread worker;
  private static final List<String> ENCODINGS = Importer.ENCODINGS;
  private int encoding;
  private Importer.Reader reader = Importer.Reader.LOADER;
  private Importer.Outcome outcome;
  private String summary;
  private Role summaryRole = Role.NORMAL;
  private int scroll;

  ImportView(App app) {
    this.app = app;
  }

  @Override
  public String title() {
    return app.msg("import");
  }

  @Override
  public boolean typing() {
    return state == State.EDIT;
  }

  @Override
  public String hints() {
    return switch (state) {
      case EDIT -> app.msg("hints.import_edit");
      case RUNNING -> app.msg("hints.import_running");
      case DONE -> app.msg("hints.import_done");
    };
  }

  @Override
  public boolean key(KeyStroke k) throws IOException {
    if (state == State.EDIT) {
      if (k.getKeyType() == KeyType.Tab) {
        toNewBank = !toNewBank;
        return true;
      }
      if (k.getKeyType() == KeyType.Enter) {
        start();
        return true;
      }
      if (k.getKeyType() == KeyType.ArrowDown || k.getKeyType() == KeyType.ArrowUp) {
        int n = ENCODINGS.size();
        encoding = (encoding + (k.getKeyType() == KeyType.ArrowDown ? 1 : n - 1)) % n;
        return true;
      }
      return path.key(k);
    }
    if (state == State.RUNNING && k.getKeyType() == KeyType.Escape) {
      cancel();
      state = State.EDIT;
      app.flash(app.msg("import_cancelled"), Role.WARN);
      return true;
    }
    if (state == State.DONE) {
      if (App.isChar(k, 'n')) {
        state = State.EDIT;
        outcome = null;
        summary = null;
        scroll = 0;
        return true;
      }
      if (k.getKeyType() == KeyType.ArrowDown) {
        scroll++;
        return true;
      }
      if (k.getKeyType() == KeyType.ArrowUp) {
        scroll = Math.max(0, scroll - 1);
        return true;
      }
    }
    return false;
  }

  private void start() {
    String typed = path.text().strip();
    if (typed.isEmpty()) {
      app.flash(app.msg("import_no_path"), Role.WARN);
      return;
    }
    Path p = Path.of(typed.startsWith("~/") ? System.getProperty("user.home") + typed.substring(1)
        : typed);
    Bank current = app.bank();
    Importer work = new Importer(current, encoding == 0 ? Optional.empty()
        : Optional.of(ENCODINGS.get(encoding)), reader);
    importer = work;
    progress = work.progress();
    state = State.RUNNING;
    // Reading PDFs and extracting facts takes seconds: the UI thread keeps drawing meanwhile,
    // on a thread of our own so that Esc can stop it.
    CompletableFuture<Importer.Outcome> f = new CompletableFuture<>();
    running = f;
    worker = new Thread(() -> f.complete(work.run(p)), Importer.THREAD);
    worker.setDaemon(true);
    worker.start();
  }

  /** Stops a running import: no further file is read, nothing is generated or saved. */
  private void cancel() {
    if (importer != null) {
      importer.cancel();
    }
    if (worker != null) {
      worker.interrupt();
    }
    running = null;
  }

  @Override
  public void leave() {
    if (state == State.RUNNING) {
      cancel();
    }
  }

  /** Reads files through {@code r} instead of the document loader (tests: a slow reader). */
  void reader(Importer.Reader r) {
    this.reader = r;
  }

  /** The thread of the last import started (tests). */
  Thread worker() {
    return worker;
  }

  @Override
  public boolean tick() throws IOException {
    if (state != State.RUNNING || running == null) {
      return false;
    }
    if (!running.isDone()) {
      return progress.changed();
    }
    finish(running.join());
    return true;
  }

  /** Waits for a running import (tests). */
  void await() {
    if (running != null) {
      running.join();
    }
  }

  /** Applies the outcome on the UI thread: the bank changes only here. */
  private void finish(Importer.Outcome o) {
    outcome = o;
    state = State.DONE;
    if (o.failure() != null) {
      summary = o.failure();
      summaryRole = Role.BAD;
      return;
    }
    if (o.generated() == null || o.generated().questions().isEmpty()) {
      summary = app.msg("import_nothing");
      summaryRole = Role.WARN;
      return;
    }
    try {
      if (toNewBank) {
        Path target = newBankPath(o);
        // Written by the composition root, atomically like every bank.
        app.workingBank().saveAs(o.generated(), target);
        summary = app.msg("import_wrote") + " " + o.generated().questions().size() + " → "
            + target;
      } else if (!o.lost().isEmpty()) {
        summary = app.msg("import_refused") + ": " + o.lost().get(0)
            + (o.lost().size() > 1 ? " (+" + (o.lost().size() - 1) + ")" : "");
        summaryRole = Role.BAD;
        return;
      } else {
        app.workingBank().replace(o.merged());
        summary = app.msg("import_added") + " " + o.added() + " → " + app.bankPath();
      }
      summaryRole = Role.GOOD;
    } catch (IOException e) {
      summary = app.msg("import_not_saved") + ": " + e.getMessage();
      summaryRole = Role.BAD;
    }
  }

  private Path newBankPath(Importer.Outcome o) {
    Path dir = app.bankPath().toAbsolutePath().getParent();
    String base = o.files().isEmpty() ? "import" : stem(o.input());
    Path p = dir.resolve(base + ".json");
    for (int i = 2; Files.exists(p); i++) {
      p = dir.resolve(base + "-" + i + ".json");
    }
    return p;
  }

  private static String stem(Path p) {
    Path name = p.toAbsolutePath().normalize().getFileName();
    String s = name == null ? "import" : name.toString();
    int dot = s.lastIndexOf('.');
    s = dot > 0 ? s.substring(0, dot) : s;
    s = s.replaceAll("[^\\p{L}\\p{N}_-]+", "-");
    return s.isEmpty() ? "import" : s;
  }

  @Override
  public void draw(Canvas c) {
    int w = c.cols() - 4;
    int row = 2;
    c.text(2, row++, app.msg("import_path"), Role.TITLE);
    c.text(2, row++, TextWidth.fit(state == State.EDIT ? path.withCursor("▏") : path.text(), w),
        Role.HIGHLIGHT);
    row++;
    String target = toNewBank ? app.msg("import_to_new") : app.msg("import_to_bank") + " "
        + app.bankPath().getFileName();
    c.text(2, row++, TextWidth.fit(app.msg("import_target") + ": " + target, w), Role.NORMAL);
    c.text(2, row++, TextWidth.fit(app.msg("import_encoding") + ": " + (encoding == 0
        ? app.msg("import_encoding_auto") : ENCODINGS.get(encoding)), w), Role.NORMAL);
    row++;
    if (state == State.EDIT) {
      c.words(2, row, w, app.msg("import_explain"), Role.DIM);
      return;
    }
    if (state == State.RUNNING) {
      c.text(2, row, TextWidth.fit(progress.line(app.msg("import_reading")), w), Role.WARN);
      return;
    }
    List<String> lines = new ArrayList<>();
    List<Role> roles = new ArrayList<>();
    for (Importer.FileRow f : outcome.files()) {
      lines.add(f.describe(app.messages()));
      roles.add(f.error() == null ? Role.NORMAL : Role.BAD);
      if (f.error() == null && !f.skipped().isEmpty()) {
        lines.add("    " + app.msg("import_skipped") + ": " + f.skippedLine());
        roles.add(Role.DIM);
      }
    }
    int bottom = c.rows() - 3;
    int first = Math.min(scroll, Math.max(0, lines.size() - (bottom - row)));
    for (int i = first; i < lines.size() && row < bottom; i++) {
      c.text(2, row++, TextWidth.fit(lines.get(i), w), roles.get(i));
    }
    c.text(2, c.rows() - 2, TextWidth.fit(summary == null ? "" : summary, w), summaryRole);
  }

  /** Per-source counts of the outcome (tests). */
  Map<String, Integer> questionsPerFile() {
    Map<String, Integer> m = new TreeMap<>();
    if (outcome != null) {
      outcome.files().forEach(f -> m.put(f.name(), f.questions()));
    }
    return m;
  }
}
