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
   * Runs the TUI. With {@code trace}, the JVM uptime at the first frame is written to
   * {@code err} after the terminal is restored ("trace: first frame N ms after JVM start").
   */
  public static void run(App.Config config, boolean trace, PrintWriter err)
      throws IOException, StoreException {
    long entered = trace ? ManagementFactory.getRuntimeMXBean().getUptime() : -1;
    Terminal terminal = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
        .setForceTextTerminal(true)
        .setUnixTerminalCtrlCBehaviour(CtrlCBehaviour.TRAP)
        .createTerminal();
    Screen screen = new TerminalScreen(terminal);
    AtomicReference<App> running = new AtomicReference<>();
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
        screen.stopScreen();
      } catch (IOException | RuntimeException ignored) {
        // Best effort on JVM shutdown (SIGTERM, closed terminal): nothing more we can do.
      }
    });
    Runtime.getRuntime().addShutdownHook(restore);
    long[] firstFrame = {-1};
    long[] terminalReady = {-1};
    try {
      screen.startScreen();
      screen.setCursorPosition(null);
      terminalReady[0] = trace ? ManagementFactory.getRuntimeMXBean().getUptime() : -1;
      App app = new App(screen, config);
      running.set(app);
      if (trace) {
        app.onFirstFrame(() -> firstFrame[0] = ManagementFactory.getRuntimeMXBean().getUptime());
      }
      app.run();
    } finally {
      try {
        screen.stopScreen();
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(restore);
        } catch (IllegalStateException shuttingDown) {
          // Already shutting down: the hook runs anyway and stopping twice is harmless.
        }
      }
      if (trace) {
        err.println("trace: TUI entered " + entered + " ms, terminal ready " + terminalReady[0]
            + " ms, first frame " + firstFrame[0] + " ms after JVM start");
        err.flush();
      }
    }
  }
}
