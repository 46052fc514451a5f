package org.factdrill.tui;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.time.Clock;
import org.factdrill.store.StoreException;
import org.factdrill.study.StudySession;

/** Opens the real terminal, runs the study screen, and always restores the terminal. */
public final class TerminalUi {
  private TerminalUi() {}

  public static void study(StudySession session, Clock clock) throws IOException, StoreException {
    Terminal terminal = new DefaultTerminalFactory().setForceTextTerminal(true).createTerminal();
    Screen screen = new TerminalScreen(terminal);
    Thread restore = new Thread(() -> {
      try {
        screen.stopScreen();
      } catch (IOException | RuntimeException ignored) {
        // Best effort on JVM shutdown (SIGTERM, closed terminal): nothing more we can do.
      }
    });
    Runtime.getRuntime().addShutdownHook(restore);
    screen.startScreen();
    screen.setCursorPosition(null);
    try {
      new StudyTui(screen, session, clock).run();
    } finally {
      screen.stopScreen();
      Runtime.getRuntime().removeShutdownHook(restore);
    }
  }
}
