package org.factdrill.tui;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The rehearsal loads the classes a start on a real terminal needs (for the start-up archive)
 * without a terminal: its key decoder reads a few keys from memory and stops at their end.
 */
class RealTerminalClassesTest {
  @Test
  void loadingTheRealTerminalsClassesStopsAtTheEndOfItsKeys() {
    int n = assertTimeoutPreemptively(Duration.ofSeconds(20), RealTerminalClasses::load);
    assertTrue(n > 0);
  }
}
