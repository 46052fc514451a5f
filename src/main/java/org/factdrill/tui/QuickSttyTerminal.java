package org.factdrill.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's {@link UnixTerminal} with its terminal set-up done by one shell instead of five
 * {@code stty} processes (save the settings, no canonical mode, min 1, no echo, no signal keys):
 * each process start is ~15–20 ms, on the TUI's start-up path. Unlike Lanterna's own set-up,
 * all signal keys are off ({@code -isig}), not only the interrupt key: Ctrl-Z (undo while typing)
 * would otherwise suspend the whole program and leave the terminal in line mode, and Ctrl-\
 * would dump the JVM's thread stacks over the screen. They arrive as ordinary keys instead. The
 * saved settings are restored on close.
 */
final class QuickSttyTerminal extends UnixTerminal {
  // Assigned while the superclass constructor sets the terminal up, so it has no initializer:
  // one would run after that and erase it.
  private String saved;

  QuickSttyTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
    super(in, out, charset, CtrlCBehaviour.TRAP);
  }

  private TerminalSize prefetched;

  /**
   * Asks the terminal for its size now (a round trip to the terminal emulator, on the thread
   * setting it up), so that the screen's start uses the answer instead of asking again.
   */
  void prefetchSize() throws IOException {
    TerminalSize size = getTerminalSize();
    synchronized (this) {
      prefetched = size;
    }
  }

  @Override
  protected synchronized TerminalSize findTerminalSize() throws IOException {
    TerminalSize size = prefetched;
    if (size != null) {
      prefetched = null; // once: later calls (resizes) ask the terminal again
      return size;
    }
    return super.findTerminalSize();
  }

  @Override
  protected void saveTerminalSettings() throws IOException {
    saved = exec("/bin/sh", "-c", "stty -g && stty -icanon min 1 -echo -isig").trim();
  }

  @Override
  protected void restoreTerminalSettings() throws IOException {
    if (saved != null && !saved.isEmpty()) {
      runSTTYCommand(saved);
    }
  }

  // Already applied together with saving; Lanterna calls these right after.
  @Override
  protected void canonicalMode(boolean enabled) throws IOException {
    if (enabled) {
      super.canonicalMode(true);
    }
  }

  @Override
  protected void keyEchoEnabled(boolean enabled) throws IOException {
    if (enabled) {
      super.keyEchoEnabled(true);
    }
  }

  @Override
  protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
    if (enabled) {
      super.keyStrokeSignalsEnabled(true);
    }
  }
}
