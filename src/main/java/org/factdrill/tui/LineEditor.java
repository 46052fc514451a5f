package org.factdrill.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-line text field edited per grapheme cluster: typing inserts at the cursor, Backspace and
 * Delete remove a whole cluster, Left/Right/Home/End move, Ctrl-U clears.
 */
final class LineEditor {
  private final List<String> clusters = new ArrayList<>();
  private int cursor;

  LineEditor(String initial) {
    set(initial);
  }

  void set(String s) {
    clusters.clear();
    clusters.addAll(TextWidth.clusters(TextWidth.nfc(s == null ? "" : s)));
    cursor = clusters.size();
  }

  String text() {
    return TextWidth.nfc(String.join("", clusters));
  }

  boolean isEmpty() {
    return clusters.isEmpty();
  }

  /** The text with a cursor mark at the cursor (for display). */
  String withCursor(String mark) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < clusters.size(); i++) {
      if (i == cursor) {
        b.append(mark);
      }
      b.append(clusters.get(i));
    }
    if (cursor == clusters.size()) {
      b.append(mark);
    }
    return b.toString();
  }

  /** Applies an editing key; false when the key is not an editing key. */
  boolean key(KeyStroke k) {
    switch (k.getKeyType()) {
      case Character -> {
        if (k.isCtrlDown() && Character.toLowerCase(k.getCharacter()) == 'u') {
          clusters.clear();
          cursor = 0;
          return true;
        }
        if (k.isCtrlDown() || k.isAltDown() || Character.isISOControl(k.getCharacter())) {
          return false;
        }
        String typed = String.valueOf(k.getCharacter());
        // A combining mark typed after a letter joins that letter's cluster (NFC when possible).
        if (cursor > 0 && TextWidth.clusters(clusters.get(cursor - 1) + typed).size() == 1) {
          clusters.set(cursor - 1, TextWidth.nfc(clusters.get(cursor - 1) + typed));
        } else {
          clusters.add(cursor++, typed);
        }
        return true;
      }
      case Backspace -> {
        if (cursor > 0) {
          clusters.remove(--cursor);
        }
        return true;
      }
      case Delete -> {
        if (cursor < clusters.size()) {
          clusters.remove(cursor);
        }
        return true;
      }
      case ArrowLeft -> {
        cursor = Math.max(0, cursor - 1);
        return true;
      }
      case ArrowRight -> {
        cursor = Math.min(clusters.size(), cursor + 1);
        return true;
      }
      case Home -> {
        cursor = 0;
        return true;
      }
      case End -> {
        cursor = clusters.size();
        return true;
      }
      default -> {
        return false;
      }
    }
  }
}
