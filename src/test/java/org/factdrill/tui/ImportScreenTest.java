package org.factdrill.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import screen on a virtual terminal: per-file lines, bad files, merge into the bank. */
class ImportScreenTest {
  @TempDir Path dir;

  private static final String TEXT = "The Harbour Bridge\n\n"
      + "Work on the harbour bridge began in 1923 after a long public debate. The bridge opened "
      + "to traffic in 1932, and about 1,400 workers had built it. In 1967 the city added a "
      + "second railway line across the harbour.\n";

  private Path folder() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("bridge.txt"), TEXT);
    Files.copy(Path.of("src/test/resources/documents/mozilla-en.html"),
        in.resolve("mozilla-en.html"));
    Files.write(in.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 1, 2});
    Files.writeString(in.resolve("empty.pdf"), "%PDF-1.4\nnot really a pdf\n");
    return in;
  }

  private static ImportView run(Tui t, String path) throws Exception {
    t.type("i");
    assertEquals("Import", t.app.topTitle());
    t.type(path).press(KeyType.Enter);
    ImportView v = (ImportView) t.app.top();
    v.await();
    assertTrue(t.app.tick(), "the finished import asks for a redraw");
    t.app.redraw();
    return v;
  }

  @Test
  void importsAFolderShowsEachFileAndMergesIntoTheStudiedBank() throws Exception {
    Path in = folder();
    Bank start = Tui.bank(Tui.english(), Tui.hebrew());
    try (Tui t = new Tui(dir, start).start()) {
      assertTrue(t.line("Enter study").contains("i Import"), t.text());
      t.type("i");
      assertTrue(t.text().contains("File or folder to import"), t.text());
      assertTrue(t.line("Add to").contains("bank.json"), t.text());
      t.press(KeyType.Escape);
      ImportView v = run(t, in.toString());
      String screen = t.text();
      assertTrue(t.line("bridge.txt").contains(" · en · text (UTF-8) · \"The Harbour"), screen);
      assertTrue(t.line("bridge.txt").matches("  bridge.txt · [1-9][0-9]* questions · [1-9][0-9]* facts.*"), screen);
      assertTrue(t.line("mozilla-en.html").contains(" · en · "), screen);
      assertTrue(t.line("broken.docx:").matches("  broken.docx: [a-z].*"), screen);
      assertTrue(t.line("empty.pdf:").matches("  empty.pdf: [a-z].*"), screen);
      assertTrue(t.text().contains("Questions added:"), screen);
      int bridge = v.questionsPerFile().get("bridge.txt");
      assertTrue(bridge > 0);
      Bank saved = new BankJson().load(t.bankPath);
      assertTrue(saved.questions().size() > start.questions().size());
      assertTrue(saved.questions().containsAll(start.questions()), "nothing of the bank is lost");
      assertEquals(saved, t.app.bank());
      // Importing the same folder again adds nothing and loses nothing.
      t.type("n");
      assertTrue(t.app.topTyping(), "n goes back to the path, kept");
      t.press(KeyType.Enter);
      v.await();
      t.app.tick();
      t.app.redraw();
      assertTrue(t.text().contains("Questions added: 0"), t.text());
      assertEquals(saved.questions().size(), new BankJson().load(t.bankPath).questions().size());
    }
  }

  @Test
  void aMissingPathIsOneLineAndTheBankIsUntouched() throws Exception {
    Bank start = Tui.bank(Tui.english());
    try (Tui t = new Tui(dir, start).start()) {
      run(t, dir.resolve("nowhere").toString());
      assertTrue(t.line("check the path").contains("nowhere: no such file or folder"), t.text());
      assertEquals(start, new BankJson().load(t.bankPath));
    }
  }

  @Test
  void tabWritesANewBankBesideTheStudiedOne() throws Exception {
    Path in = folder();
    Bank start = Tui.bank(Tui.english());
    try (Tui t = new Tui(dir, start).start()) {
      t.type("i").press(KeyType.Tab);
      assertTrue(t.line("Add to").contains("a new bank"), t.text());
      t.type(in.resolve("bridge.txt").toString()).press(KeyType.Enter);
      ((ImportView) t.app.top()).await();
      t.app.tick();
      t.app.redraw();
      Path made = dir.resolve("bridge.json");
      assertTrue(Files.exists(made), t.text());
      assertTrue(new BankJson().load(made).questions().size() > 0);
      assertEquals(start, new BankJson().load(t.bankPath));
    }
  }

  @Test
  void escDuringAnImportCancelsTheBackgroundWork() throws Exception {
    Path in = Files.createDirectories(dir.resolve("slow"));
    for (String n : new String[] {"a.txt", "b.txt", "c.txt"}) {
      Files.writeString(in.resolve(n), TEXT);
    }
    Bank start = Tui.bank(Tui.english());
    java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
    try (Tui t = new Tui(dir, start).start()) {
      t.type("i");
      ImportView v = (ImportView) t.app.top();
      // A reader that takes a minute a file unless interrupted.
      v.reader((loader, f, name) -> {
        reads.incrementAndGet();
        reading.countDown();
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          throw new IllegalStateException("interrupted");
        }
        return loader.load(f, name);
      });
      t.type(in.toString()).press(KeyType.Enter);
      assertTrue(reading.await(10, java.util.concurrent.TimeUnit.SECONDS));
      t.app.redraw();
      assertTrue(t.text().contains("Esc cancel"), t.text());
      t.press(KeyType.Escape);
      assertEquals("Import", t.app.topTitle(), "Esc cancels and stays on the screen");
      assertTrue(t.app.topTyping(), "back to the path");
      v.worker().join(5_000);
      assertTrue(!v.worker().isAlive(), "the background work stopped");
      assertEquals(1, reads.get(), "no file read after Esc");
      t.app.tick();
      t.app.redraw();
      assertTrue(t.text().contains("Import cancelled"), t.text());
      assertEquals(start, new BankJson().load(t.bankPath));
      assertEquals(start, t.app.bank());
    }
  }

  @Test
  void theEncodingChosenOnTheScreenReadsALegacyFile() throws Exception {
    String vi = "Năm 1010, vua Lý Thái Tổ dời đô về Thăng Long. Năm 1802, nhà Nguyễn chọn "
        + "Phú Xuân làm kinh đô.\n";
    // TCVN3 bytes of the text, made from the table the reader uses.
    Path f = dir.resolve("kinhdo.txt");
    Files.write(f, org.factdrill.text.VietLegacy.named("tcvn3").orElseThrow().encode(vi));
    Bank start = Tui.bank(Tui.english());
    try (Tui t = new Tui(dir, start).start()) {
      t.type("i");
      assertTrue(t.line("Encoding of text files").strip().endsWith("detect"), t.text());
      for (int i = 0; i < 4; i++) {
        t.press(KeyType.ArrowDown);
      }
      t.app.redraw();
      assertTrue(t.line("Encoding of text files").strip().endsWith("TCVN3"), t.text());
      t.type(f.toString()).press(KeyType.Enter);
      ((ImportView) t.app.top()).await();
      t.app.tick();
      t.app.redraw();
      assertTrue(t.line("kinhdo.txt ·").contains(" · vi · text (TCVN3) · "), t.text());
      assertTrue(t.app.bank().questions().stream().anyMatch(q -> q.prompt().contains("Thăng Long")),
          t.app.bank().questions().stream().map(q -> q.prompt()).toList().toString());
    }
  }
}
