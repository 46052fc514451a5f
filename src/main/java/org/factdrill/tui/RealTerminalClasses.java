package org.factdrill.tui;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.ScreenInfoCharacterPattern;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What a start on the user's terminal loads and the rehearsal on a virtual terminal does not (the
 * real terminal's classes, its key decoder, the JDK's classes for the stty process): loaded, not
 * run, during the rehearsal, so the start-up archive holds them parsed and verified and a start
 * does not read them from the jar.
 */
final class RealTerminalClasses {
  private RealTerminalClasses() {}

  /** The classes, as class literals (loading without initializing); their number. */
  static int load() {
    List<Class<?>> classes = List.of(TerminalUi.class, TerminalUi.Opening.class,
        QuickSttyTerminal.class, UnixTerminal.class, UnixLikeTTYTerminal.class,
        ProcessBuilder.class, ProcessBuilder.Redirect.class, Process.class, ProcessHandle.class,
        ProcessHandle.Info.class, java.io.Console.class);
    // A decoder over a cursor-position report (the size query's answer), an arrow key and a
    // digit: the pattern classes a real terminal's input goes through, in memory only.
    InputDecoder decoder = new InputDecoder(new StringReader("\u001b[30;100R\u001b[A1"));
    decoder.addProfile(new DefaultKeyDecodingProfile());
    decoder.addProfile(() -> List.of(new ScreenInfoCharacterPattern())); // as ANSITerminal does
    try {
      // Three keys, then end of input (which the decoder answers with EOF keys from then on).
      for (int i = 0; i < 4; i++) {
        KeyStroke k = decoder.getNextCharacter(false);
        if (k == null || k.getKeyType() == KeyType.EOF) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return classes.size();
  }
}
