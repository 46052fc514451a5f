package org.factdrill.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import org.factdrill.store.StoreException;

/** Gives benchmarks (another package) the App's step-by-step driving that tests use. */
public final class TuiProbe implements AutoCloseable {
  private final TerminalScreen screen;
  private final App app;

  private TuiProbe(TerminalScreen screen, App app) {
    this.screen = screen;
    this.app = app;
  }

  public static TuiProbe open(DefaultVirtualTerminal vt, App.Config config)
      throws IOException, StoreException {
    TerminalScreen s = new TerminalScreen(vt);
    s.startScreen();
    return new TuiProbe(s, new App(s, config));
  }

  public void start() throws IOException, StoreException {
    app.start();
  }

  public void press(KeyStroke k) throws IOException, StoreException {
    app.press(k);
  }

  public void redraw() throws IOException {
    app.redraw();
  }

  /** Opens the bank browser if it is not open. */
  public void toBank() throws IOException, StoreException {
    if (!app.topTitle().startsWith(app.msg("bank"))) {
      app.press(new KeyStroke('b', false, false));
    }
  }

  /** Opens the bank browser's search field. */
  public void toBankSearch() throws IOException, StoreException {
    toBank();
    if (!app.topTyping()) {
      app.press(new KeyStroke('/', false, false));
    }
  }

  /** Opens the study screen from Home if it is not open. */
  public void toStudy() throws IOException, StoreException {
    if (!app.topTitle().equals(app.msg("study"))) {
      toHome();
      app.press(new KeyStroke(com.googlecode.lanterna.input.KeyType.Enter));
    }
  }

  public void toHome() throws IOException, StoreException {
    while (!app.topTitle().equals(app.msg("home"))) {
      if (app.topTyping()) {
        app.press(new KeyStroke(com.googlecode.lanterna.input.KeyType.Escape));
      }
      app.press(new KeyStroke(com.googlecode.lanterna.input.KeyType.Escape));
    }
  }

  public long frames() {
    return app.frames();
  }

  @Override
  public void close() throws IOException {
    screen.stopScreen();
  }
}
