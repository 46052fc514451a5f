package org.factdrill.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import org.factdrill.store.StoreException;

/**
 * Plays a short session on a virtual terminal: Home, a few answers in each question form, undo,
 * the summary, the bank browser and help. The launcher runs it once per build with the JVM
 * recording the classes used into a class-data-sharing archive, which the real TUI then starts
 * from; so it must touch what a real start touches, and it never sees the user's terminal.
 */
public final class Rehearsal {
  private Rehearsal() {}

  /** Plays the session against {@code config} (meant to be a throwaway database) and returns the frames drawn. */
  public static long play(App.Config config) throws IOException, StoreException {
    RealTerminalClasses.load();
    TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(100, 30)));
    screen.startScreen();
    try {
      App app = new App(screen, config);
      app.start();
      config.bank().get();
      app.redraw();
      app.press(key(KeyType.Enter));
      for (int i = 0; i < 6; i++) {
        // Whatever the form: a digit picks an option or types into a blank, t answers true/false,
        // Enter submits, 3 grades Good.
        app.press(ch('1'));
        app.press(ch('t'));
        app.press(key(KeyType.Enter));
        app.press(ch('3'));
      }
      app.press(ch('u'));
      app.press(key(KeyType.Escape));
      app.press(key(KeyType.Escape));
      app.press(ch('b'));
      app.press(ch('/'));
      app.press(ch('a'));
      app.press(key(KeyType.Enter));
      app.press(key(KeyType.Escape));
      app.press(ch('?'));
      app.press(key(KeyType.Escape));
      app.press(ch('o'));
      app.press(key(KeyType.Escape));
      app.shutdown();
      return app.frames();
    } finally {
      screen.stopScreen();
    }
  }

  private static KeyStroke key(KeyType type) {
    return new KeyStroke(type);
  }

  private static KeyStroke ch(char c) {
    return new KeyStroke(c, false, false);
  }
}
