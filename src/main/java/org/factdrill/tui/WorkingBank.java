package org.factdrill.tui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;

/**
 * The bank the TUI works on: taken from its {@link BankSource} once loaded, and changed only
 * through the composition root's {@link BankSaver} (the in-memory copy is replaced once the save
 * succeeded, so a failed save leaves the screen showing what is on disk).
 */
public final class WorkingBank {
  private final BankSource loading;
  private final BankSaver saver;
  private Bank bank;

  WorkingBank(BankSource loading, BankSaver saver) {
    this.loading = loading;
    this.saver = saver;
  }

  /**
   * The bank, waiting for it if it is still loading. A bank that failed to load ends the TUI
   * with the loader's error (the terminal is restored by the caller).
   */
  public Bank get() {
    if (bank == null) {
      bank = loading.get();
    }
    return bank;
  }

  /** Whether loading has ended but the bank has not been taken yet (the view should refresh). */
  boolean arrived() {
    return bank == null && loading.isDone();
  }

  /** Whether the bank has been loaded (Home shows database-only figures until then). */
  public boolean ready() {
    return bank != null || loading.isReady();
  }

  /** The title of source text {@code file} once the bank is loaded; the file name before. */
  public String titleOf(String file) {
    return bank != null ? bank.titleOf(file) : file;
  }

  /** Replaces one question (same id) and saves the bank. */
  public void save(Question updated) throws IOException {
    List<Question> qs = new ArrayList<>(get().questions().size());
    for (Question q : bank.questions()) {
      qs.add(q.id().equals(updated.id()) ? updated : q);
    }
    replace(bank.withQuestions(qs));
  }

  /** Appends a new question (a fresh id) and saves the bank. */
  public void add(Question added) throws IOException {
    List<Question> qs = new ArrayList<>(get().questions());
    qs.add(added);
    replace(bank.withQuestions(qs));
  }

  /** Deletes the question {@code id} from the bank (the user confirmed it), saved atomically. */
  public void remove(String id) throws IOException {
    List<Question> qs = new ArrayList<>(get().questions());
    qs.removeIf(q -> q.id().equals(id));
    // Recorded, so that regenerating the bank does not bring a generated question back.
    List<String> deleted = new ArrayList<>(bank.deleted());
    deleted.add(id);
    replace(new Bank(bank.schemaVersion(), bank.generator(), bank.sources(), qs, deleted));
  }

  /** Replaces the whole bank (an import merged into it) and saves it. */
  public void replace(Bank next) throws IOException {
    saver.save(next);
    bank = next;
  }

  /** Writes {@code b} as a new bank file (import screen); the working bank stays as it is. */
  public void saveAs(Bank b, Path target) throws IOException {
    saver.saveAs(b, target);
  }
}
