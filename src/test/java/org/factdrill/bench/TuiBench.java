package org.factdrill.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankJson;
import org.factdrill.store.Store;
import org.factdrill.tui.App;
import org.factdrill.tui.TuiProbe;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * TUI speed on a 10,000-question bank with 100,000 reviews (data from {@link BigFixture}):
 * {@code coldFirstFrame} is load bank + open database + compute Home + draw the first frame in a
 * fresh JVM (single shot per fork, so it includes class loading); {@code keyRedraw*} is one key
 * press handled and the screen redrawn, warmed up.
 * Run: scripts/bench TuiBench
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TuiBench {
  private static final Path DATA = Path.of("target/bench-data");
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  private Store store;
  private TuiProbe probe;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    BigFixture.build(DATA, NOW);
  }

  @Setup(Level.Iteration)
  public void open() throws Exception {
    store = Store.open(DATA.resolve("big.db"));
    Bank bank = new BankJson().load(DATA.resolve("big.json"));
    probe = TuiProbe.open(new DefaultVirtualTerminal(new TerminalSize(80, 24)),
        org.factdrill.tui.TestConfig.of(bank, DATA.resolve("big.json"), store, store.profile("bench", NOW),
            Clock.fixed(NOW, ZoneOffset.UTC), Map.of()));
    probe.start();
  }

  @TearDown(Level.Iteration)
  public void close() throws Exception {
    probe.close();
    store.close();
  }

  /** As the CLI starts: the bank loads on another thread while Home draws from the database. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(5)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public long coldFirstFrame() throws Exception {
    long t0 = System.nanoTime();
    CompletableFuture<Bank> loading = CompletableFuture.supplyAsync(() -> {
      try {
        return new BankJson().load(DATA.resolve("big.json"));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    try (Store s = Store.open(DATA.resolve("big.db"))) {
      TuiProbe p = TuiProbe.open(new DefaultVirtualTerminal(new TerminalSize(80, 24)),
          org.factdrill.tui.TestConfig.of(loading, DATA.resolve("big.json"), s, s.profile("bench", NOW),
              Clock.fixed(NOW, ZoneOffset.UTC), Map.of()));
      p.start();
      long first = System.nanoTime() - t0;
      loading.join();
      p.close();
      return first;
    }
  }

  /** Everything loaded before the first frame (the bank included), in a fresh JVM. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(5)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public long coldFirstFrameWithBank() throws Exception {
    long t0 = System.nanoTime();
    try (Store s = Store.open(DATA.resolve("big.db"))) {
      Bank bank = new BankJson().load(DATA.resolve("big.json"));
      TuiProbe p = TuiProbe.open(new DefaultVirtualTerminal(new TerminalSize(80, 24)),
          org.factdrill.tui.TestConfig.of(bank, DATA.resolve("big.json"), s, s.profile("bench", NOW),
              Clock.fixed(NOW, ZoneOffset.UTC), Map.of()));
      p.start();
      p.close();
    }
    return System.nanoTime() - t0;
  }

  /** Bank browser: moving the selection over 10,000 questions. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(1)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 2)
  public long keyRedrawBankBrowser() throws Exception {
    probe.toBank();
    probe.press(new KeyStroke(KeyType.ArrowDown));
    return probe.frames();
  }

  /** Bank browser search: one character typed and erased (two filters of 10,000 + redraws). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(1)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 2)
  public long keyRedrawBankSearchTwoKeys() throws Exception {
    probe.toBankSearch();
    probe.press(new KeyStroke('9', false, false));
    probe.press(new KeyStroke(KeyType.Backspace));
    return probe.frames();
  }

  /** Study: one character typed into a cloze answer, then erased (two redraws). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(1)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 2)
  public long keyRedrawStudyTwoKeys() throws Exception {
    probe.toStudy();
    probe.press(new KeyStroke('7', false, false));
    probe.press(new KeyStroke(KeyType.Backspace));
    return probe.frames();
  }

  /** Home: recomputing nothing, redrawing the dashboard (charts, per-source bars). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(1)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 2)
  public long keyRedrawHome() throws Exception {
    probe.toHome();
    probe.redraw();
    return probe.frames();
  }
}
