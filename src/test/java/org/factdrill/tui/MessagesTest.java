package org.factdrill.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void isolateWrapsOnlyTextWithRightToLeftLetters() {
    assertEquals("3 remaining", Messages.isolate("3 remaining"));
    assertEquals("3 còn lại", Messages.isolate("3 còn lại"));
    assertEquals("\u20683 נותרו\u2069", Messages.isolate("3 נותרו"));
  }
}
