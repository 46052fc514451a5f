package org.factdrill.tui;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.factdrill.store.StoreException;

/**
 * Opens the real terminal, runs the {@link App} from Home, and always restores the terminal: on
 * quit, Ctrl-C (trapped, so it is an ordinary key), end of input, an exception, or JVM shutdown.
 * Every graded answer is already committed by the session, so nothing is lost on any of these.
 */
public final class TerminalUi {
  private TerminalUi() {}

  /**
   * The user's terminal being set up (raw mode, Ctrl-C trapped: a few {@code stty} runs, ~50 ms)
   * on a background thread, so that it overlaps opening the database. Closing it before
   * {@link #run} has taken it over restores the terminal, e.g. when the database is refused.
   */
  public static final class Opening implements AutoCloseable {
    private final long started = System.nanoTime();
    // On its own thread: it waits for processes, and the common pool may have one worker.
    private final CompletableFuture<Terminal> terminal = CompletableFuture.supplyAsync(() -> {
      try {
        return System.getProperty("os.name", "").startsWith("Windows")
            ? new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
                .setForceTextTerminal(true)
                .setUnixTerminalCtrlCBehaviour(CtrlCBehaviour.TRAP)
                .createTerminal()
            : quickTerminal();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, r -> {
      Thread t = new Thread(r, "terminal-set-up");
      t.setDaemon(true);
      t.start();
    });
    private boolean taken;

    private Opening() {}

    private Terminal take() throws IOException {
      taken = true;
      try {
        return terminal.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof UncheckedIOException io) {
          throw io.getCause();
        }
        throw e;
      }
    }

    /** Restores the terminal unless the TUI took it (which restores it itself). */
    @Override
    public void close() {
      if (!taken) {
        taken = true;
        try {
          terminal.join().close();
        } catch (IOException | RuntimeException ignored) {
          // It never opened, or is already gone: there is nothing to restore.
        }
      }
    }
  }

  private static Terminal quickTerminal() throws IOException {
    QuickSttyTerminal t = new QuickSttyTerminal(System.in, System.out, StandardCharsets.UTF_8);
    t.prefetchSize();
    return t;
  }

  /** Starts setting up the user's terminal in the background. */
  public static Opening open() {
    return new Opening();
  }

  /** Runs the TUI on a terminal set up now (see {@link #run(Opening, App.Config, Runnable, boolean, PrintWriter)}). */
  public static void run(App.Config config, boolean trace, PrintWriter err)
      throws IOException, StoreException {
    try (Opening opening = open()) {
      run(opening, config, () -> { }, trace, err);
    }
  }

  /**
   * Runs the TUI on {@code opening}'s terminal; {@code afterFirstFrame} runs once the first frame
   * is on screen (the caller starts loading the bank there). With {@code trace}, the JVM uptime at the first
   * frame is written to {@code err} after the terminal is restored ("trace: first frame N ms
   * after JVM start, CPU at first frame N ms"). Only {@link System#nanoTime} is read while
   * starting; the uptime (whose first call loads the JVM's management classes, ~30 ms) is read
   * once at the end and the marks converted.
   */
  public static void run(Opening opening, App.Config config, Runnable afterFirstFrame,
      boolean trace, PrintWriter err) throws IOException, StoreException {
    long entered = opening.started;
    Terminal terminal = opening.take();
    Screen screen = new TerminalScreen(terminal);
    AtomicReference<App> running = new AtomicReference<>();
    // The screen is stopped once: by the main thread, or by the shutdown hook on SIGTERM or a
    // closed terminal, whichever comes first (a second stop throws from Lanterna).
    AtomicBoolean stopped = new AtomicBoolean();
    Thread restore = new Thread(() -> {
      try {
        App app = running.get();
        if (app != null) {
          app.shutdown(); // saves an answered question whose grade was not chosen yet
        }
      } catch (StoreException | RuntimeException ignored) {
        // Shutting down: the terminal must still be restored below.
      }
      try {
        if (stopped.compareAndSet(false, true)) {
          screen.stopScreen();
        }
      } catch (IOException | RuntimeException ignored) {
        // Best effort on JVM shutdown (SIGTERM, closed terminal): nothing more we can do.
      }
    });
    Runtime.getRuntime().addShutdownHook(restore);
    long[] firstFrame = {Long.MIN_VALUE};
    long[] terminalReady = {Long.MIN_VALUE};
    // CPU time (user + system, all threads) when the first frame is out: unlike the wall clock,
    // hardly changed by other processes competing for the cores.
    long[] firstFrameCpu = {-1};
    try {
      screen.startScreen();
      screen.setCursorPosition(null);
      terminalReady[0] = System.nanoTime();
      App app = new App(screen, config);
      running.set(app);
      if (trace) {
        app.onFirstFrame(() -> {
          firstFrame[0] = System.nanoTime();
          firstFrameCpu[0] = ProcessHandle.current().info().totalCpuDuration()
              .map(java.time.Duration::toMillis).orElse(-1L);
        });
      }
      app.onFirstFrame(afterFirstFrame);
      app.run();
    } finally {
      try {
        if (stopped.compareAndSet(false, true)) {
          screen.stopScreen();
        }
      } catch (IllegalStateException restoredByHook) {
        // On SIGTERM Lanterna's own shutdown hook may have left private mode first (its check
        // and exit are not atomic with ours): the terminal is already restored.
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(restore);
        } catch (IllegalStateException shuttingDown) {
          // Already shutting down: the hook runs anyway and stopping twice is harmless.
        }
      }
      if (trace) {
        long uptimeNow = ManagementFactory.getRuntimeMXBean().getUptime();
        long nanoNow = System.nanoTime();
        String main = System.getProperty("factdrill.trace.main");
        err.println("trace: main " + (main == null ? -1 : ms(Long.parseLong(main), uptimeNow,
            nanoNow)) + " ms, TUI entered " + ms(entered, uptimeNow, nanoNow) + " ms, terminal ready "
            + ms(terminalReady[0], uptimeNow, nanoNow) + " ms, first frame "
            + ms(firstFrame[0], uptimeNow, nanoNow) + " ms after JVM start, CPU at first frame "
            + firstFrameCpu[0] + " ms");
        err.flush();
      }
    }
  }

  /** The JVM uptime at the {@code nanoTime} mark {@code mark}, or -1 if it was never reached. */
  private static long ms(long mark, long uptimeNow, long nanoNow) {
    return mark == Long.MIN_VALUE ? -1 : uptimeNow - (nanoNow - mark) / 1_000_000;
  }
}
